// Dialogs grow to show a refusal in full, never squeeze their fields, fit a 1366×768 screen, and shrink back.
#include "CaseEditor.h"
#include "CitizenFileTest.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "dialogs/BudgetDialog.h"
#include "dialogs/EntryDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "dialogs/VoidDialog.h"
#include "pages/BudgetPage.h"
#include "pages/MeasurementsPage.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/DateField.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

/// Every shown wrapped text has the height it needs at its width; every field at least its minimum height;
/// the dialog fits a 1366×768 screen and the screen it is on.
void expectFits(const QDialog *dialog, const QString &what)
{
    QApplication::processEvents();
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        EXPECT_GE(label->height(), label->heightForWidth(label->width()))
            << qPrintable(what) << ": cut text “" << qPrintable(label->text()) << "”";
    }
    for (const QWidget *w : dialog->findChildren<QWidget *>()) {
        const bool field = qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
            || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const DateField *>(w);
        if (!field || !w->isVisible() || qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
            continue; // (a spin box's own line edit is its business)
        EXPECT_GE(w->height(), w->minimumSizeHint().height())
            << qPrintable(what) << ": squeezed " << qPrintable(w->objectName()) << ' ' << w->height() << " px";
    }
    const QRect frame = dialog->frameGeometry();
    EXPECT_LE(frame.width(), 1366) << qPrintable(what);
    EXPECT_LE(frame.height(), 768) << qPrintable(what);
    EXPECT_LE(frame.height(), dialog->screen()->availableGeometry().height()) << qPrintable(what);
}

class DialogGrowthTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override
    {
        createFile("vokse-dialog-29");
        m_stone = addStone(QStringLiteral("Kørekort"));
        m_window.resize(1100, 700);
        m_window.show();
    }

    template<typename T> T *waitForDialog(QWidget *page)
    {
        T *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (dialog = page->findChild<T *>()) && dialog->isVisible(); }, 3000));
        return dialog;
    }

    BudgetPage *budgetPage()
    {
        auto *page = new BudgetPage(m_editor, &m_window);
        page->resize(1100, 700);
        page->setCitizen(m_citizen.id);
        page->show();
        page->findChild<QPushButton *>(QStringLiteral("setUpBudget"))->click();
        auto *dialog = waitForDialog<BudgetDialog>(page);
        if (!dialog)
            return nullptr;
        QPointer<BudgetDialog> open(dialog);
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000));
        return page->budget().has_value() ? page : nullptr;
    }

    /// Opens a purchase, types @p amount and presses Save; the dialog while it stays open (a refusal).
    QPointer<EntryDialog> purchase(BudgetPage *page, const QString &amount, const QString &description)
    {
        page->newEntry(EntryKind::Purchase);
        QPointer<EntryDialog> dialog = waitForDialog<EntryDialog>(page);
        if (!dialog)
            return nullptr;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amount")), amount);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")), description);
        auto *stones = dialog->findChild<QComboBox *>(QStringLiteral("stoneId"));
        stones->setCurrentIndex(stones->findData(m_stone.id));
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        QApplication::processEvents(); // a saved dialog deletes itself
        return dialog;
    }

    void overspendIsShownInFull(const char *language, const QString &amount, const QString &left)
    {
        m_languages.apply(QString::fromLatin1(language));
        BudgetPage *page = budgetPage();
        ASSERT_NE(page, nullptr);
        page->newEntry(EntryKind::Purchase);
        auto *fresh = waitForDialog<EntryDialog>(page);
        ASSERT_NE(fresh, nullptr);
        QApplication::processEvents();
        const int before = fresh->height();
        fresh->reject();
        QApplication::processEvents();

        QPointer<EntryDialog> dialog = purchase(page, amount, QStringLiteral("Tandlæge"));
        ASSERT_TRUE(dialog && dialog->isVisible()) << "refused";
        const QString refusal = dialog->errorText(QStringLiteral("amount"));
        EXPECT_TRUE(refusal.contains(left)) << qPrintable(refusal);
        QLabel *label = dialog->errorLabel(QStringLiteral("amount"));
        expectFits(dialog, QStringLiteral("overspend ") + QLatin1String(language));
        EXPECT_GE(label->height(), label->heightForWidth(label->width()));
        const auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        EXPECT_GE(field->height(), field->sizeHint().height()) << "the amount keeps its line";
        EXPECT_GT(dialog->height(), before) << "the dialog grew";

        dialog->clearErrors();
        QApplication::processEvents();
        EXPECT_FALSE(label->isVisible());
        EXPECT_LE(dialog->height(), before + 2) << "and shrinks back when the refusal goes";
        dialog->reject();
        QApplication::processEvents();
    }

    SteppingStone m_stone;
};

} // namespace

TEST_F(DialogGrowthTest, TheOverspendRefusalIsShownInFullInEnglish)
{
    overspendIsShownInFull("en", QStringLiteral("60,000.00"), QStringLiteral("only DKK 50,000.00 is left of the cap"));
}

TEST_F(DialogGrowthTest, TheOverspendRefusalIsShownInFullInDanish)
{
    overspendIsShownInFull("da", QStringLiteral("60.000,00"), QStringLiteral("50.000,00 kr."));
}

TEST_F(DialogGrowthTest, TheVoidDialogShowsItsTextAndTheRefusalInFull)
{
    BudgetPage *page = budgetPage();
    ASSERT_NE(page, nullptr);
    QPointer<EntryDialog> bought = purchase(page, QStringLiteral("800"), QString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !bought || !bought->isVisible(); }, 2000)) << "stored";
    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
        page->voidEntry();
        auto *dialog = waitForDialog<VoidDialog>(page);
        ASSERT_NE(dialog, nullptr);
        auto *header = dialog->findChild<QLabel *>(QStringLiteral("entrySummary"));
        ASSERT_NE(header, nullptr);
        const QString today = DateField::example().contains(u'-') ? QDate::currentDate().toString(u"dd-MM-yyyy")
                                                                  : QDate::currentDate().toString(u"dd/MM/yyyy");
        EXPECT_TRUE(header->text().startsWith(today + QStringLiteral(": "))) << qPrintable(header->text());
        EXPECT_FALSE(header->text().contains(QStringLiteral(", :"))) << "no empty description";
        expectFits(dialog, QStringLiteral("void ") + QLatin1String(language));
        const int before = dialog->height();

        dialog->buttons()->button(QDialogButtonBox::Save)->click(); // no reason
        QApplication::processEvents();
        ASSERT_TRUE(dialog->isVisible());
        EXPECT_FALSE(dialog->errorText(QStringLiteral("voidReason")).isEmpty());
        expectFits(dialog, QStringLiteral("void refused ") + QLatin1String(language));
        EXPECT_GE(header->height(), header->heightForWidth(header->width())) << "its own text is not clipped";
        dialog->clearErrors();
        QApplication::processEvents();
        EXPECT_LE(dialog->height(), before + 2);
        dialog->reject();
        QApplication::processEvents();
    }
}

TEST_F(DialogGrowthTest, TheVoidHeaderNamesDescriptionAndPayeeWhenThereAreAny)
{
    BudgetPage *page = budgetPage();
    ASSERT_NE(page, nullptr);
    page->newEntry(EntryKind::Purchase);
    QPointer<EntryDialog> entry = waitForDialog<EntryDialog>(page);
    ASSERT_NE(entry, nullptr);
    QTest::keyClicks(entry->findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("8,000.50"));
    QTest::keyClicks(entry->findChild<QLineEdit *>(QStringLiteral("description")), QStringLiteral("Driving lessons"));
    QTest::keyClicks(entry->findChild<QLineEdit *>(QStringLiteral("payee")), QStringLiteral("The driving school"));
    auto *stones = entry->findChild<QComboBox *>(QStringLiteral("stoneId"));
    stones->setCurrentIndex(stones->findData(m_stone.id));
    entry->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !entry || !entry->isVisible(); }, 2000));
    page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
    page->voidEntry();
    auto *dialog = waitForDialog<VoidDialog>(page);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("entrySummary"))
                    ->text()
                    .startsWith(QDate::currentDate().toString(u"dd/MM/yyyy")
                        + QStringLiteral(", Driving lessons, The driving school: DKK 8,000.50")))
        << qPrintable(dialog->findChild<QLabel *>(QStringLiteral("entrySummary"))->text());
    dialog->reject();
}

TEST_F(DialogGrowthTest, TheMeasurementDialogShrinksBackAfterWho5)
{
    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        auto *page = new MeasurementsPage(m_editor, &m_window);
        page->setCitizen(m_citizen.id);
        page->newMeasurement(QStringLiteral("who5"));
        QApplication::processEvents();
        QPointer<MeasurementDialog> dialog = page->findChild<MeasurementDialog *>();
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->isVisible(); }, 2000));
        auto *stack = qobject_cast<QStackedWidget *>(dialog->numberEdit()->parentWidget());
        ASSERT_NE(stack, nullptr);
        const int who5Height = dialog->height();
        const int who5Stack = stack->height();
        EXPECT_GT(who5Stack, 200) << "the five statements";
        expectFits(dialog, QStringLiteral("who5 ") + QLatin1String(language));

        // Another indicator with a single number: the value row and the dialog shrink back.
        QComboBox *indicator = dialog->indicator();
        for (int i = 0; i < indicator->count() && !dialog->numberEdit()->isVisible(); ++i) {
            indicator->setCurrentIndex(i);
            QApplication::processEvents();
        }
        ASSERT_TRUE(dialog->numberEdit()->isVisible());
        EXPECT_LE(stack->height(), dialog->numberEdit()->sizeHint().height() + 10)
            << "no tall, empty value row: " << stack->height() << " px";
        EXPECT_LT(dialog->height(), who5Height - 150);
        expectFits(dialog, QStringLiteral("number ") + QLatin1String(language));

        // And back to WHO-5: it grows again.
        for (int i = 0; i < indicator->count() && !dialog->who5Answers().first()->isVisible(); ++i) {
            indicator->setCurrentIndex(i);
            QApplication::processEvents();
        }
        ASSERT_TRUE(dialog->who5Answers().first()->isVisible());
        EXPECT_GT(stack->height(), 200) << "it grows again";
        expectFits(dialog, QStringLiteral("who5 again ") + QLatin1String(language));
        dialog->reject();
        QApplication::processEvents();
        delete page;
    }
}
