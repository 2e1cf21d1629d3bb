// The one date field: typed in either language's forms, left empty, cleared, picked in its calendar,
// and refused by a real dialog over a real case file when its text is not a date.
#include "widgets/DateField.h"

#include "CaseEditor.h"
#include "CitizenFileTest.h"
#include "DatabaseDump.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "dialogs/StoneDialog.h"
#include "models/GoalTreeModel.h"
#include "pages/GoalsPage.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

/// A date field between two line edits in a shown, active window.
class DateFieldTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&m_window);
        m_before = new QLineEdit(&m_window);
        m_field = new DateField(&m_window);
        m_after = new QLineEdit(&m_window);
        layout->addWidget(m_before);
        layout->addWidget(m_field);
        layout->addWidget(m_after);
        m_window.show();
        QApplication::setActiveWindow(&m_window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_window));
    }

    void TearDown() override { m_languages.apply(QStringLiteral("en")); }

    /// Types @p text into the (emptied) field like a person and leaves it with Tab.
    void typeAndLeave(const QString &text)
    {
        m_field->setDate({});
        m_field->lineEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(m_field->lineEdit(), text);
        QTest::keyClick(m_field->lineEdit(), Qt::Key_Tab);
    }

    LanguageManager m_languages;
    QWidget m_window;
    QLineEdit *m_before = nullptr;
    DateField *m_field = nullptr;
    QLineEdit *m_after = nullptr;
};

struct Typed
{
    const char *text;
    QDate date;
};

} // namespace

TEST_F(DateFieldTest, EveryTypedFormIsReadDayFirstAndShownAsStoredInBothLanguages)
{
    const QDate jan15(2027, 1, 15);
    const QList<Typed> typed { { "15-01-2027", jan15 }, { "15.01.2027", jan15 }, { "15/1/2027", jan15 },
        { "15/01/2027", jan15 }, { "15012027", jan15 }, { "150127", jan15 }, { "15-01-27", jan15 },
        { "05/12/2026", QDate(2026, 12, 5) }, { "01/03/2027", QDate(2027, 3, 1) }, { "05-12-2026", QDate(2026, 12, 5) },
        { "1.3.27", QDate(2027, 3, 1) } };
    for (const char *language : { "da", "en" }) {
        m_languages.apply(QString::fromLatin1(language));
        const bool danish = QLocale().language() == QLocale::Danish;
        for (const Typed &t : typed) {
            typeAndLeave(QString::fromUtf8(t.text));
            EXPECT_EQ(m_field->date(), t.date) << language << ' ' << t.text;
            EXPECT_TRUE(m_after->hasFocus()) << language << ' ' << t.text << ": Tab moves on";
            EXPECT_EQ(m_field->text(), t.date.toString(danish ? u"dd-MM-yyyy" : u"dd/MM/yyyy"))
                << language << ' ' << t.text << ": rewritten in the display form when left";
            EXPECT_FALSE(m_field->lineEdit()->property("invalid").toBool());
        }
    }
    EXPECT_EQ(DateField::example(), QStringLiteral("15/01/2027"));
    m_languages.apply(QStringLiteral("da"));
    EXPECT_EQ(DateField::example(), QStringLiteral("15-01-2027"));
}

TEST_F(DateFieldTest, AnEmptyFieldIsNoDateLeftWithTabAndDeleteClears)
{
    m_before->setFocus();
    QTest::keyClick(m_before, Qt::Key_Tab);
    ASSERT_TRUE(m_field->lineEdit()->hasFocus()) << "Tab reaches the field";
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Tab);
    EXPECT_TRUE(m_after->hasFocus()) << "an empty field lets Tab go on";
    EXPECT_TRUE(m_field->isEmpty());
    EXPECT_TRUE(m_field->hasValidDate()) << "empty is allowed";
    EXPECT_FALSE(m_field->date().isValid());

    QSignalSpy changed(m_field, &DateField::dateChanged);
    m_field->setDate(QDate(2026, 12, 5));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).toDate(), QDate(2026, 12, 5));
    QTest::keyClick(m_after, Qt::Key_Backtab);
    ASSERT_TRUE(m_field->lineEdit()->hasFocus());
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Delete);
    EXPECT_TRUE(m_field->isEmpty()) << "the whole date is selected when tabbed into; Delete clears it";
    EXPECT_FALSE(m_field->date().isValid());
    ASSERT_EQ(changed.size(), 1);
    EXPECT_FALSE(changed.takeFirst().at(0).toDate().isValid());

    m_field->setDate(QDate(2026, 12, 5));
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Tab);
    QTest::keyClick(m_after, Qt::Key_Backtab);
    ASSERT_TRUE(m_field->lineEdit()->hasFocus());
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Backspace);
    EXPECT_TRUE(m_field->isEmpty()) << "and so does Backspace";
}

TEST_F(DateFieldTest, AltDownAndF4OpenTheCalendarPickingFillsEscapeChangesNothing)
{
    m_field->setDate(QDate(2026, 12, 5));
    m_field->lineEdit()->setFocus();
    QTest::keyClick(m_field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_field->isPopupVisible(); }, 2000)) << "Alt+Down";
    EXPECT_EQ(m_field->calendar()->selectedDate(), QDate(2026, 12, 5)) << "opens on the shown date";
    EXPECT_EQ(m_field->calendar()->monthShown(), 12);
    QWidget *focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    QTest::keyClick(focus, Qt::Key_Right); // the 6th
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(m_field->isPopupVisible()) << "Esc closes it";
    EXPECT_EQ(m_field->date(), QDate(2026, 12, 5)) << "without a change";
    EXPECT_TRUE(m_field->lineEdit()->hasFocus());

    m_field->setDate({});
    QTest::keyClick(m_field->lineEdit(), Qt::Key_F4);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_field->isPopupVisible(); }, 2000)) << "F4";
    const QDate today = QDate::currentDate();
    EXPECT_EQ(m_field->calendar()->yearShown(), today.year()) << "an empty field opens on today's month";
    EXPECT_EQ(m_field->calendar()->monthShown(), today.month());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_FALSE(m_field->isPopupVisible()) << "picking a day closes it";
    EXPECT_EQ(m_field->date(), today.addDays(1)) << "and fills the field";
    EXPECT_EQ(m_field->text(), today.addDays(1).toString(DateField::displayFormat()));

    m_field->calendarButton()->click();
    EXPECT_TRUE(m_field->isPopupVisible()) << "the button opens it too";
    m_field->hidePopup();
}

TEST_F(DateFieldTest, TextThatIsNotADateStaysAsTypedAndLooksInvalid)
{
    for (const char *garbage : { "hello", "31-02-2027", "1/13/2027" }) {
        typeAndLeave(QString::fromUtf8(garbage));
        EXPECT_EQ(m_field->text(), QString::fromUtf8(garbage)) << "never dropped, never replaced";
        EXPECT_FALSE(m_field->hasValidDate()) << garbage;
        EXPECT_FALSE(m_field->date().isValid()) << garbage;
        EXPECT_TRUE(m_field->lineEdit()->property("invalid").toBool()) << garbage;
        EXPECT_FALSE(m_field->lineEdit()->styleSheet().isEmpty()) << "a visible invalid style";
    }
    // Mended: the style goes as soon as the text is a date.
    m_field->lineEdit()->setFocus();
    m_field->lineEdit()->selectAll();
    QTest::keyClicks(m_field->lineEdit(), QStringLiteral("28-02-2027"));
    EXPECT_FALSE(m_field->lineEdit()->property("invalid").toBool());
    EXPECT_EQ(m_field->date(), QDate(2027, 2, 28));
}

TEST_F(DateFieldTest, TheFieldAndItsButtonHaveAccessibleNames)
{
    EXPECT_FALSE(m_field->calendarButton()->accessibleName().isEmpty());
    EXPECT_FALSE(m_field->calendarButton()->toolTip().isEmpty());
    EXPECT_TRUE(m_field->calendarButton()->toolTip().contains(QStringLiteral("Alt+Down")));
    EXPECT_EQ(m_field->focusProxy(), m_field->lineEdit());
}

namespace {

/// The stepping-stone dialog over a real case file, opened the way the Goals page opens it.
class DateFieldDialogTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override
    {
        createFile("dato-felt-19");
        m_page = new GoalsPage(m_editor, &m_window);
        m_window.resize(1000, 600);
        m_page->resize(1000, 600);
        m_page->setCitizen(m_citizen.id);
        m_window.show();
    }

    StoneDialog *newStone(const QString &title, const QString &due)
    {
        m_page->tree()->setCurrentIndex(m_page->model()->index(0, 0));
        m_page->newStone();
        StoneDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_page->findChild<StoneDialog *>()) && dialog->isVisible(); }, 3000))
            return nullptr;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("title")), title);
        auto *date = dialog->findChild<DateField *>(QStringLiteral("dueDate"));
        date->lineEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(date->lineEdit(), due);
        return dialog;
    }

    QList<SteppingStone> stones() { return m_caseload->goals().goal(m_goal.id)->stones; }
    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    GoalsPage *m_page = nullptr;
};

} // namespace

TEST_F(DateFieldDialogTest, GarbageIsRefusedNextToTheFieldInWordsAndNothingIsSaved)
{
    const QString before = dump();
    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        for (const char *garbage : { "hello", "31-02-2027", "1/13/2027" }) {
            StoneDialog *dialog = newStone(QStringLiteral("Kørekort"), QString::fromUtf8(garbage));
            ASSERT_NE(dialog, nullptr);
            QPointer<StoneDialog> open(dialog);
            dialog->buttons()->button(QDialogButtonBox::Save)->click();
            QApplication::processEvents();
            ASSERT_TRUE(open && open->isVisible()) << garbage << ": refused, the dialog stays open";
            const QString refusal = dialog->errorText(QStringLiteral("dueDate"));
            EXPECT_TRUE(refusal.contains(QStringLiteral("“%1”").arg(QString::fromUtf8(garbage))))
                << qPrintable(refusal);
            EXPECT_TRUE(refusal.contains(DateField::example())) << qPrintable(refusal);
            if (QLatin1String(language) == u"da") {
                EXPECT_TRUE(refusal.contains(QStringLiteral("ikke en dato"))) << qPrintable(refusal);
                EXPECT_TRUE(refusal.contains(QStringLiteral("Alt+Pil ned"))) << qPrintable(refusal);
            } else {
                EXPECT_TRUE(refusal.contains(QStringLiteral("is not a date"))) << qPrintable(refusal);
                EXPECT_TRUE(refusal.contains(QStringLiteral("Alt+Down"))) << qPrintable(refusal);
            }
            QLabel *label = dialog->errorLabel(QStringLiteral("dueDate"));
            EXPECT_TRUE(label->isVisible()) << "shown next to the field";
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << "in full";
            auto *date = dialog->findChild<DateField *>(QStringLiteral("dueDate"));
            EXPECT_EQ(date->text(), QString::fromUtf8(garbage)) << "what was typed stays";
            EXPECT_TRUE(date->lineEdit()->property("invalid").toBool()) << "and looks invalid";
            EXPECT_TRUE(date->lineEdit()->hasFocus()) << "the cursor is put back in the field";
            EXPECT_EQ(dump(), before) << "the core was not asked";
            dialog->reject();
            QApplication::processEvents();
        }
    }
    EXPECT_TRUE(stones().isEmpty());
}

TEST_F(DateFieldDialogTest, ADueDateTypedWithLeadingZerosIsStoredAsTyped)
{
    m_languages.apply(QStringLiteral("en"));
    StoneDialog *dialog = newStone(QStringLiteral("Kørekort"), QStringLiteral("05/12/2026"));
    ASSERT_NE(dialog, nullptr);
    QPointer<StoneDialog> open(dialog);
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000));
    ASSERT_EQ(stones().size(), 1);
    EXPECT_EQ(stones().first().dueDate, QDate(2026, 12, 5)) << "5 December, not 2 December";

    // In Danish, typed with dots and a two-digit year, then left empty again.
    m_languages.apply(QStringLiteral("da"));
    dialog = newStone(QStringLiteral("Tandlæge"), QStringLiteral("1.3.27"));
    ASSERT_NE(dialog, nullptr);
    open = dialog;
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000));
    dialog = newStone(QStringLiteral("Bolig"), QString());
    ASSERT_NE(dialog, nullptr);
    open = dialog;
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000)) << "no date is allowed";
    ASSERT_EQ(stones().size(), 3);
    EXPECT_EQ(stones().at(1).dueDate, QDate(2027, 3, 1));
    EXPECT_FALSE(stones().at(2).dueDate.isValid());
}

TEST_F(DateFieldDialogTest, TheCaptionNamesTheFieldForScreenReaders)
{
    StoneDialog *dialog = newStone(QStringLiteral("Kørekort"), QString());
    ASSERT_NE(dialog, nullptr);
    auto *date = dialog->findChild<DateField *>(QStringLiteral("dueDate"));
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(date->lineEdit());
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->text(QAccessible::Name), QStringLiteral("Due"));
    EXPECT_EQ(date->calendarButton()->accessibleName(), QStringLiteral("Open the calendar"));
    dialog->reject();
}
