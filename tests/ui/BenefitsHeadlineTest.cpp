// The Benefits tab's headline says what this month really costs, pro-rated months say so, and the kind of
// benefit fills in its department until the user picks one.
#include "CaseEditor.h"
#include "DomainText.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "commands/RecordStores.h"
#include "dialogs/BenefitDialog.h"
#include "dialogs/BenefitTypesDialog.h"
#include "pages/BenefitsPage.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/CostChart.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class BenefitsHeadlineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = Storage::CaseFile::create(
            m_dir.caseFile(), TestKit::passphrase("ydelser-overskrift-31"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        const Household household
            = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} });
        Citizen c;
        c.name = QStringLiteral("Lise Holm");
        c.householdId = household.id;
        m_citizen = *m_caseload->citizens().create(c);
        HouseholdMember m;
        m.householdId = household.id;
        m.name = QStringLiteral("Lise Holm");
        m.citizenId = m_citizen.id;
        m_member = m_caseload->households().createMember(m).value().id;
        for (const BenefitType &t : m_caseload->benefits().types().value())
            m_types.insert(t.code, t.id);
        for (const Department &d : m_caseload->plans().departments().value())
            m_departments.insert(d.code, d.id);
        m_editor = new CaseEditor(&m_stack, &m_window, &m_window);
        m_editor->setCaseload(m_caseload.get());
        m_window.resize(1200, 800);
    }

    void TearDown() override
    {
        m_stack.clear();
        m_editor->setCaseload(nullptr);
        m_languages.apply(QStringLiteral("en"));
    }

    void addBenefit(qint64 monthlyMinor, QDate start)
    {
        Benefit b;
        b.memberId = m_member;
        b.typeId = m_types.value(QStringLiteral("cash_benefit"));
        b.departmentId = m_departments.value(QStringLiteral("job_centre"));
        b.monthlyCostMinor = monthlyMinor;
        b.startDate = start;
        ASSERT_TRUE(m_editor
                        ->run(std::make_unique<BenefitCommand>(
                            *m_caseload, std::nullopt, b, QStringLiteral("test"), m_editor->errorHandler()))
                        .ok());
    }

    static QString kroner(qint64 minor) { return Money::fromMinor(minor, Currency::DKK).format(QLocale()); }

    LanguageManager m_languages;
    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Citizen m_citizen;
    QString m_member;
    QHash<QString, QString> m_types;
    QHash<QString, QString> m_departments;
    QWidget m_window;
    QUndoStack m_stack;
    CaseEditor *m_editor = nullptr;
};

} // namespace

TEST_F(BenefitsHeadlineTest, ABenefitStartingOnTheMonthsLastDayIsOneDaysCostAndSaysSo)
{
    m_languages.apply(QStringLiteral("en"));
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const int days = month.daysInMonth();
    // 12.500 kr. a month from the month's last day: one day's share, rounded half up to the øre.
    addBenefit(12'500'00, month.addDays(days - 1));
    auto *page = new BenefitsPage(m_editor, &m_window);
    page->setCitizen(m_citizen.id);
    const qint64 oneDay = (12'500'00 * 2 + days) / (2 * days);
    ASSERT_EQ(page->series().size(), 1);
    EXPECT_EQ(page->series().last().totalMinor, oneDay);
    const QString monthName = QLocale().toString(month, QStringLiteral("MMMM yyyy"));
    const QString expected = QStringLiteral("Public cost this month (%1): %2 — 1 of %3 days for 1 benefit; a full "
                                            "month: DKK 12,500.00.")
                                 .arg(monthName, kroner(oneDay))
                                 .arg(days);
    EXPECT_EQ(page->summary(), expected);
    EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("costSummary"))->text(), expected) << "as shown";
    EXPECT_FALSE(page->summary().contains(QStringLiteral("a month:"))) << "one day is not labelled a month";
    // The chart's tooltip for the month says the same.
    const QString tip = page->chart()->monthToolTip(0);
    EXPECT_TRUE(
        tip.contains(QStringLiteral("Pro-rated: 1 of %1 days for 1 benefit; a full month: DKK 12,500.00").arg(days)))
        << qPrintable(tip);

    m_languages.apply(QStringLiteral("da"));
    QApplication::processEvents();
    const QString da = page->summary();
    EXPECT_TRUE(da.startsWith(QStringLiteral("Offentlig udgift denne måned (%1): %2")
                                  .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")), kroner(oneDay))))
        << qPrintable(da);
    EXPECT_TRUE(da.contains(QStringLiteral("1 af %1 dage for 1 ydelse; en hel måned: 12.500,00 kr.").arg(days)))
        << qPrintable(da);
    EXPECT_FALSE(da.contains(QStringLiteral("kr.."))) << qPrintable(da);
}

TEST_F(BenefitsHeadlineTest, AWholeMonthAndAProRatedFirstMonthAreToldApart)
{
    m_languages.apply(QStringLiteral("en"));
    const QDate today = QDate::currentDate();
    const QDate month(today.year(), today.month(), 1);
    const QDate first = month.addMonths(-2);
    // From the 11th two months ago: that month is pro-rated, this month is whole.
    addBenefit(3'000'00, first.addDays(10));
    auto *page = new BenefitsPage(m_editor, &m_window);
    page->setCitizen(m_citizen.id);
    ASSERT_EQ(page->series().size(), 3);
    const int firstDays = first.daysInMonth() - 10;
    const QString text = page->summary();
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("Public cost this month (%1): DKK 3,000.00 — a whole month of 1 benefit.")
                            .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")))))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("the first month (pro-rated: %1 of %2 days for 1 benefit)")
                                  .arg(firstDays)
                                  .arg(first.daysInMonth())))
        << qPrintable(text);
    EXPECT_FALSE(page->chart()->monthToolTip(2).contains(QStringLiteral("Pro-rated"))) << "this month is whole";
    EXPECT_TRUE(page->chart()->monthToolTip(0).contains(QStringLiteral("Pro-rated")));
}

TEST_F(BenefitsHeadlineTest, TheKindOfBenefitFillsInItsDepartmentUntilTheUserPicksOne)
{
    m_languages.apply(QStringLiteral("en"));
    const QList<BenefitType> types = m_caseload->benefits().types().value();
    const QList<Department> departments = m_caseload->plans().departments().value();
    const QList<HouseholdMember> members = m_caseload->households().members(m_citizen.householdId).value();
    Benefit fresh;
    fresh.memberId = m_member;
    fresh.startDate = QDate::currentDate();
    BenefitDialog dialog(
        fresh, members, types, departments, [](const Benefit &) { return Status(); }, &m_window);
    QComboBox *type = dialog.type();
    QComboBox *department = dialog.department();
    const auto choose = [&](const char *code) {
        type->setCurrentIndex(type->findData(m_types.value(QString::fromLatin1(code))));
    };
    const auto shown = [&] {
        return department->currentData().toString();
    };

    EXPECT_EQ(department->currentIndex(), -1) << "no kind, no department yet";
    choose("cash_benefit");
    EXPECT_EQ(shown(), m_departments.value(QStringLiteral("job_centre")));
    choose("housing_benefit");
    EXPECT_EQ(shown(), m_departments.value(QStringLiteral("housing_social"))) << "follows the kind";
    choose("other");
    EXPECT_EQ(shown(), m_departments.value(QStringLiteral("housing_social"))) << "a kind without one leaves it";

    // The user picks one by hand (the keyboard, as a user would): the kind no longer overwrites it.
    department->setFocus();
    QTest::keyClick(department, Qt::Key_Up);
    const QString picked = shown();
    ASSERT_NE(picked, m_departments.value(QStringLiteral("housing_social")));
    choose("family_treatment");
    EXPECT_EQ(shown(), picked) << "not overwritten once chosen by hand";

    // Editing a benefit whose department is not its kind's usual one keeps it when the kind changes.
    Benefit stored = fresh;
    stored.id = QStringLiteral("b1");
    stored.typeId = m_types.value(QStringLiteral("cash_benefit"));
    stored.departmentId = m_departments.value(QStringLiteral("family"));
    BenefitDialog edit(
        stored, members, types, departments, [](const Benefit &) { return Status(); }, &m_window);
    EXPECT_EQ(edit.department()->currentData().toString(), m_departments.value(QStringLiteral("family")));
    edit.type()->setCurrentIndex(edit.type()->findData(m_types.value(QStringLiteral("housing_benefit"))));
    EXPECT_EQ(edit.department()->currentData().toString(), m_departments.value(QStringLiteral("family")));
}

TEST_F(BenefitsHeadlineTest, TheFilesOwnKindGetsItsDepartmentInTheKindsDialogAndUndoTakesItBack)
{
    m_languages.apply(QStringLiteral("en"));
    BenefitType own;
    own.name = QStringLiteral("Bostøtte fra fonden");
    own = m_caseload->benefits().createType(own).value();
    BenefitTypesDialog dialog(m_editor, &m_window);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("benefitTypeList"));
    ASSERT_NE(list, nullptr);
    int row = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == own.name)
            row = i;
    ASSERT_GE(row, 0);
    list->setCurrentRow(row);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("benefitTypeDepartment"))->isEnabled());
    const QString housing = m_departments.value(QStringLiteral("housing_social"));
    ASSERT_FALSE(housing.isEmpty());
    dialog.setDepartment(housing);
    const auto stored = [&] {
        for (const BenefitType &t : m_caseload->benefits().types().value())
            if (t.id == own.id)
                return t.departmentId;
        return QStringLiteral("?");
    };
    EXPECT_EQ(stored(), housing);
    // The list says which department it is.
    EXPECT_TRUE(list->item(row)->text().startsWith(own.name + QStringLiteral(" — ")))
        << qPrintable(list->item(row)->text());
    // A new benefit of that kind gets that department.
    Benefit b;
    b.memberId = m_member;
    BenefitDialog benefitDialog(
        b, m_caseload->households().members(m_citizen.householdId).value(), m_caseload->benefits().types().value(),
        m_caseload->plans().departments().value(), [](const Benefit &) { return Status {}; }, &m_window);
    auto *kind = benefitDialog.findChild<QComboBox *>(QStringLiteral("typeId"));
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(own.id));
    EXPECT_EQ(benefitDialog.findChild<QComboBox *>(QStringLiteral("departmentId"))->currentData().toString(), housing);
    m_stack.undo();
    EXPECT_EQ(stored(), QString());
}
