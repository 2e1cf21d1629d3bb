// Keyboard-only use: within one window every Alt+letter must lead to one place,
// in Danish as in English.
#include "CaseEditor.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "dialogs/AssessmentDialog.h"
#include "dialogs/BenefitDialog.h"
#include "dialogs/BudgetDialog.h"
#include "dialogs/CategoriesDialog.h"
#include "dialogs/CitizenDialog.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/DepartmentsDialog.h"
#include "dialogs/EntryDialog.h"
#include "dialogs/FamilyGoalDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/IndicatorDialog.h"
#include "dialogs/InterventionDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "dialogs/MemberDialog.h"
#include "dialogs/NewCaseFileDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/SignDialog.h"
#include "dialogs/StoneDialog.h"
#include "dialogs/VoidDialog.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/ReportsWindow.h"
#include "pages/WelcomeWindow.h"
#include "security/KeyDerivation.h"
#include "widgets/UnlockWidget.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten::Ui;

namespace {

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Texts that share an Alt+letter among the widgets shown inside @p root,
/// together with @p alsoActive (the menu bar's and tab bar's, which are live at the same time).
QStringList clashes(QWidget *root, const QStringList &alsoActive = {})
{
    QMap<QChar, QStringList> byKey;
    for (const QString &text : alsoActive) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            byKey[key] << text;
    }
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            text = group->title();
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            byKey[key] << text;
    }
    QStringList result;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            result << it.value().join(QStringLiteral(" / "));
    }
    return result;
}

QStringList actionClashes(const QList<QAction *> &actions)
{
    QMap<QChar, QStringList> byKey;
    for (QAction *a : actions) {
        const QChar key = mnemonicOf(a->text());
        if (!a->isSeparator() && !key.isNull())
            byKey[key] << a->text();
    }
    QStringList result;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            result << it.value().join(QStringLiteral(" / "));
    }
    return result;
}

class Mnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override { m_languages.apply(QString::fromLatin1(GetParam())); }
    void TearDown() override { m_languages.apply(QStringLiteral("en")); }
    LanguageManager m_languages;
};

} // namespace

TEST_P(Mnemonics, AreUniqueInEveryWindowAndMenu)
{
    WelcomeWindow welcome;
    EXPECT_EQ(clashes(&welcome), QStringList()) << "Welcome";

    NewCaseFileDialog create(
        QStringLiteral("/tmp/x.traedesten"), [] { return Traedesten::Security::KeyDerivation::minimumParameters(); });
    EXPECT_EQ(clashes(&create), QStringList()) << "New case file";

    SettingsDialog settings(SettingsDialog::Values { {}, 5, true, true, {}, {}, 5, {}, {} });
    auto *tabs = settings.findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        EXPECT_EQ(clashes(&settings), QStringList()) << "Settings tab " << i;
    }

    for (auto mode : { UnlockWidget::Mode::Open, UnlockWidget::Mode::LockScreen }) {
        UnlockWidget unlock(mode);
        unlock.setBreakLockVisible(true);
        EXPECT_EQ(clashes(&unlock), QStringList()) << "Unlock";
    }

    CitizenDialog citizen(Traedesten::Domain::Citizen {}, {}, {},
        [](const Traedesten::Domain::Citizen &) { return Traedesten::Status(); });
    EXPECT_EQ(clashes(&citizen), QStringList()) << "Citizen";

    MainWindow main;
    EXPECT_EQ(actionClashes(main.menuBar()->actions()), QStringList()) << "menu bar";
    const auto menus = main.menuBar()->findChildren<QMenu *>();
    for (QMenu *menu : menus)
        EXPECT_EQ(actionClashes(menu->actions()), QStringList()) << qPrintable(menu->title());
    EXPECT_EQ(clashes(&main), QStringList()) << "main window";

    // Beside the caseload: the citizen's pages, each tab with the menu bar and the tab bar.
    QStringList live;
    for (QAction *a : main.menuBar()->actions())
        live << a->text();
    CitizenView *view = main.citizenView();
    view->setVisible(true);
    // The pages are shown only beside a caseload with citizens, i.e. with the list, not its empty state.
    main.caseloadPage()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly)->setCurrentIndex(1);
    view->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly)->setCurrentIndex(1); // as with a citizen
    QTabWidget *citizenTabs = view->tabs();
    for (int i = 0; i < citizenTabs->count(); ++i)
        live << citizenTabs->tabText(i);
    for (int i = 0; i < citizenTabs->count(); ++i) {
        citizenTabs->setCurrentIndex(i);
        // Every part of a page: the empty state and the list are never both shown, so check each.
        const auto stacks = citizenTabs->widget(i)->findChildren<QStackedWidget *>();
        const int pages = stacks.isEmpty() ? 1 : stacks.first()->count();
        for (int p = 0; p < pages; ++p) {
            if (!stacks.isEmpty())
                stacks.first()->setCurrentIndex(p);
            EXPECT_EQ(clashes(&main, live), QStringList()) << "citizen tab " << i << " part " << p;
        }
    }

    using namespace Traedesten;
    GoalDialog goal(Domain::Goal {}, [](const Domain::Goal &) { return Status(); });
    EXPECT_EQ(clashes(&goal), QStringList()) << "Goal";
    StoneDialog stone(
        Domain::SteppingStone {}, QStringLiteral("x"), [](const Domain::SteppingStone &) { return Status(); });
    EXPECT_EQ(clashes(&stone), QStringList()) << "Stepping stone";
    NoteDialog note(Domain::Note {}, [](const Domain::Note &) { return Status(); });
    EXPECT_EQ(clashes(&note), QStringList()) << "Note";
    MemberDialog member(Domain::HouseholdMember {}, {}, [](const Domain::HouseholdMember &) { return Status(); });
    EXPECT_EQ(clashes(&member), QStringList()) << "Member";
    HouseholdDialog household(Domain::Household {}, [](const Domain::Household &) { return Status(); });
    EXPECT_EQ(clashes(&household), QStringList()) << "Household";
    Domain::Budget budget;
    budget.capMinor = 5'000'000;
    budget.periodStart = QDate(2026, 1, 1);
    BudgetDialog budgetDialog(budget, [](const Domain::Budget &) { return Status(); });
    EXPECT_EQ(clashes(&budgetDialog), QStringList()) << "Budget";
    EntryDialog entry(Domain::LedgerEntry {}, budget, 0, {}, {}, [](const Domain::LedgerEntry &) { return Status(); });
    EXPECT_EQ(clashes(&entry), QStringList()) << "Ledger entry";
    VoidDialog voiding(QStringLiteral("x"), [](const QString &) { return Status(); });
    EXPECT_EQ(clashes(&voiding), QStringList()) << "Void";
    InterventionDialog intervention(
        Domain::Intervention {}, {}, {}, [](const Domain::Intervention &) { return Status(); });
    EXPECT_EQ(clashes(&intervention), QStringList()) << "Intervention";
    ConsentDialog consent(Domain::Consent {}, {}, {}, [](const Domain::Consent &) { return Status(); });
    EXPECT_EQ(clashes(&consent), QStringList()) << "Consent";
    FamilyGoalDialog familyGoal(Domain::FamilyGoal {}, {}, [](const Domain::FamilyGoal &) { return Status(); });
    EXPECT_EQ(clashes(&familyGoal), QStringList()) << "Family goal";
    SignDialog sign(1, [](const QDate &) { return Status(); });
    EXPECT_EQ(clashes(&sign), QStringList()) << "Sign";
    QUndoStack stack;
    CaseEditor editor(&stack, nullptr);
    DepartmentsDialog departments(&editor);
    EXPECT_EQ(clashes(&departments), QStringList()) << "Departments";
    Domain::Indicator who5;
    who5.id = who5.code = QStringLiteral("who5");
    who5.type = Domain::IndicatorType::Scale;
    who5.maximum = 100;
    MeasurementDialog measurement(
        Domain::Measurement {}, { who5 }, [](const Domain::Measurement &) { return Status(); });
    EXPECT_EQ(clashes(&measurement), QStringList()) << "Measurement (WHO-5)";
    AssessmentDialog assessment(Domain::Goal {}, [](const Domain::Goal &) { return Status(); });
    EXPECT_EQ(clashes(&assessment), QStringList()) << "End assessment";
    IndicatorDialog indicator(Domain::Indicator {}, [](const Domain::Indicator &) { return Status(); });
    EXPECT_EQ(clashes(&indicator), QStringList()) << "Indicator";
    BenefitDialog benefit(Domain::Benefit {}, {}, {}, {}, [](const Domain::Benefit &) { return Status(); });
    EXPECT_EQ(clashes(&benefit), QStringList()) << "Benefit";
    ReportsWindow reports(&editor);
    EXPECT_EQ(clashes(&reports), QStringList()) << "Reports";
    CategoriesDialog categories(&editor);
    EXPECT_EQ(clashes(&categories), QStringList()) << "Spending categories";
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Mnemonics, ::testing::Values("en", "da"));
