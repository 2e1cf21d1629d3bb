// The citizen's pages with real widgets over a real encrypted demo caseload.
#include "CaseEditor.h"
#include "DatabaseDump.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/NoteDialog.h"
#include "domain/Cpr.h"
#include "models/GoalTreeModel.h"
#include "models/MemberModel.h"
#include "models/NoteModel.h"
#include "pages/CitizenView.h"
#include "pages/GoalsPage.h"
#include "pages/HouseholdPage.h"
#include "pages/JournalPage.h"
#include "pages/OverviewPage.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class CitizenPagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase("sider-sider-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(Storage::DemoCaseload::generate(*m_file, { 30, 7, QDate(2026, 11, 1) }).ok());
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        m_window.resize(1000, 700);
        m_editor = new CaseEditor(&m_stack, &m_window, &m_window);
        m_view = new CitizenView(m_editor, &m_window);
        m_view->resize(1000, 700);
        m_editor->setCaseload(m_caseload.get());
        m_window.show();
        // Shortcuts need an active window with the focus inside the page.
        QApplication::setActiveWindow(&m_window);
    }

    void TearDown() override
    {
        m_stack.clear();
        m_editor->setCaseload(nullptr);
    }

    /// A citizen with a CPR number, a household, goals with at least @p stones stones, and notes.
    Citizen pick(int stones = 3, bool household = true)
    {
        for (const Citizen &c : m_caseload->citizens().all().value()) {
            if (c.cpr.isEmpty() || c.householdId.isEmpty() != !household)
                continue;
            const auto goals = m_caseload->goals().goalsOf(c.id).value();
            if (!goals.isEmpty() && goals.first().stones.size() >= stones)
                return c;
        }
        ADD_FAILURE() << "the demo caseload has no such citizen";
        return {};
    }

    QStringList stoneOrder(const QString &goalId)
    {
        QStringList ids;
        const Storage::GoalWithStones goal = m_caseload->goals().goal(goalId).value();
        for (const SteppingStone &s : goal.stones)
            ids << s.id;
        return ids;
    }

    template<typename T> T *waitForDialog()
    {
        T *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (dialog = m_view->findChild<T *>()) && dialog->isVisible(); }, 3000));
        return dialog;
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    QWidget m_window;
    QUndoStack m_stack;
    CaseEditor *m_editor = nullptr;
    CitizenView *m_view = nullptr;
};

/// Clicks the destructive button of the next message box (the confirmation).
void confirmNextQuestion()
{
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            }
        }
    });
}

} // namespace

TEST_F(CitizenPagesTest, EveryPageModelPassesTheModelTesterThroughCitizensAndEdits)
{
    GoalsPage *goals = m_view->goals();
    QAbstractItemModelTester t1(goals->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(m_view->household()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(m_view->journal()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    int goalsSeen = 0;
    int membersSeen = 0;
    int notesSeen = 0;
    for (const Citizen &c : m_caseload->citizens().all().value()) {
        m_view->setCitizen(c.id);
        const auto expected = m_caseload->goals().goalsOf(c.id).value();
        ASSERT_EQ(goals->model()->rowCount(), expected.size());
        for (int g = 0; g < expected.size(); ++g) {
            const QModelIndex goal = goals->model()->index(g, 0);
            EXPECT_TRUE(goal.data().toString().contains(expected.at(g).goal.ownWords));
            ASSERT_EQ(goals->model()->rowCount(goal), expected.at(g).stones.size());
            for (int s = 0; s < expected.at(g).stones.size(); ++s)
                EXPECT_EQ(goals->model()->index(s, 0, goal).data().toString(), expected.at(g).stones.at(s).title);
        }
        goalsSeen += int(expected.size());
        membersSeen += m_view->household()->model()->rowCount();
        EXPECT_EQ(m_view->journal()->model()->rowCount(), m_caseload->notes().notesOf(c.id)->size());
        notesSeen += m_view->journal()->model()->rowCount();
    }
    EXPECT_GT(goalsSeen, 30);
    EXPECT_GT(membersSeen, 6);
    EXPECT_GT(notesSeen, 10);

    // Edits reload the models (under the testers).
    const Citizen c = pick();
    m_view->setCitizen(c.id);
    const auto stones = m_caseload->goals().goalsOf(c.id)->first().stones;
    const auto open = std::find_if(stones.begin(), stones.end(),
        [](const SteppingStone &s) { return s.status == StoneStatus::Planned || s.status == StoneStatus::InProgress; });
    ASSERT_NE(open, stones.end());
    const int row = int(open - stones.begin());
    goals->tree()->setCurrentIndex(goals->model()->index(row, 0, goals->model()->index(0, 0)));
    m_view->tabs()->setCurrentWidget(goals); // shortcuts work on the page in view
    goals->tree()->setFocus();
    QTest::keyClick(goals->tree(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(m_caseload->goals().goalsOf(c.id)->first().stones.at(row).status, StoneStatus::Done)
        << "Ctrl+D marks the stepping stone done";
    EXPECT_EQ(goals->model()->index(row, GoalTreeModel::StatusColumn, goals->model()->index(0, 0)).data().toString(),
        QStringLiteral("Done"));
    m_stack.undo();
    EXPECT_EQ(m_caseload->goals().goalsOf(c.id)->first().stones.at(row).status, open->status);

    // Locking empties every page.
    m_editor->setCaseload(nullptr);
    EXPECT_EQ(goals->model()->rowCount(), 0);
    EXPECT_EQ(m_view->household()->model()->rowCount(), 0);
    EXPECT_EQ(m_view->journal()->model()->rowCount(), 0);
}

TEST_F(CitizenPagesTest, SteppingStonesReorderByKeyboardAndByDragAndUndoPutsThemBack)
{
    const Citizen c = pick(3);
    m_view->setCitizen(c.id);
    m_view->tabs()->setCurrentWidget(m_view->goals());
    GoalsPage *page = m_view->goals();
    GoalTreeModel *model = page->model();
    const QString goalId = model->index(0, 0).data(GoalTreeModel::IdRole).toString();
    const QStringList original = stoneOrder(goalId);

    // Alt+Down on the first stone moves it below the second, and it stays current.
    page->tree()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Down, Qt::AltModifier);
    QStringList expected = original;
    expected.move(0, 1);
    EXPECT_EQ(stoneOrder(goalId), expected);
    EXPECT_EQ(page->tree()->currentIndex().data(GoalTreeModel::IdRole).toString(), original.at(0));
    QTest::keyClick(page->tree(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(stoneOrder(goalId), original);
    m_stack.undo();
    EXPECT_EQ(stoneOrder(goalId), expected);
    m_stack.undo();
    EXPECT_EQ(stoneOrder(goalId), original);

    // A drag of the last stone to the top, as the view delivers the drop.
    const QModelIndex goal = model->index(0, 0);
    const QModelIndex last = model->index(model->rowCount(goal) - 1, 0, goal);
    std::unique_ptr<QMimeData> data(model->mimeData({ last }));
    EXPECT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, goal));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {})) << "not out of its goal";
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, goal);
    QApplication::processEvents(); // the reorder is queued until the drop is over
    QStringList dragged = original;
    dragged.move(original.size() - 1, 0);
    EXPECT_EQ(stoneOrder(goalId), dragged);
    m_stack.undo();
    EXPECT_EQ(stoneOrder(goalId), original);
}

TEST_F(CitizenPagesTest, GoalsAreAddedInTheCitizensOwnWordsAndDeletedOnlyAfterConfirmation)
{
    const Citizen c = pick();
    m_view->setCitizen(c.id);
    GoalsPage *page = m_view->goals();
    const int before = page->model()->rowCount();
    const QString start = dump();
    page->newGoal();
    auto *dialog = waitForDialog<GoalDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText(QStringLiteral("ownWords")).isEmpty()) << "empty words are refused by the field";
    EXPECT_EQ(dump(), start);
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("ownWords")), QStringLiteral("Jeg vil ud at rejse"));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&, open = QPointer<QDialog>(dialog)] { return !open || !open->isVisible(); }, 2000));
    ASSERT_EQ(page->model()->rowCount(), before + 1);
    EXPECT_EQ(page->tree()->currentIndex().data().toString(), QStringLiteral("“Jeg vil ud at rejse”"))
        << "the new goal is current";

    // Delete asks first; confirmed, the goal goes; undo brings it back.
    const QString withGoal = dump();
    confirmNextQuestion();
    page->removeCurrent();
    EXPECT_EQ(page->model()->rowCount(), before);
    m_stack.undo();
    EXPECT_EQ(dump(), withGoal);
    // Declined, nothing happens.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    page->removeCurrent();
    EXPECT_EQ(dump(), withGoal);
}

TEST_F(CitizenPagesTest, CprIsMaskedUntilRevealedAndMaskedAgainForTheNextCitizenAndOnLock)
{
    const Citizen c = pick();
    m_view->setCitizen(c.id);
    OverviewPage *overview = m_view->overview();
    const QString full = Cpr::parse(c.cpr).text();
    EXPECT_FALSE(overview->shownCpr().contains(full.right(4)));
    EXPECT_EQ(overview->shownCpr(), Cpr::parse(c.cpr).masked());
    overview->revealButton()->click();
    EXPECT_EQ(overview->shownCpr(), full);
    const QList<QLabel *> labels = m_view->findChildren<QLabel *>();
    const bool nameShown = std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == c.name; });
    EXPECT_TRUE(nameShown);

    const Citizen other = pick(1, false);
    m_view->setCitizen(other.id);
    m_view->setCitizen(c.id);
    EXPECT_EQ(overview->shownCpr(), Cpr::parse(c.cpr).masked());

    overview->revealButton()->click();
    m_editor->setCaseload(nullptr);
    EXPECT_TRUE(overview->shownCpr().isEmpty());
    for (QLabel *l : m_view->findChildren<QLabel *>())
        EXPECT_FALSE(l->text().contains(c.name)) << "locked: no citizen data on screen";
    m_editor->setCaseload(m_caseload.get());
    EXPECT_EQ(overview->shownCpr(), Cpr::parse(c.cpr).masked()) << "unlocking does not reveal it again";
}

TEST_F(CitizenPagesTest, JournalNoteIsWrittenThroughTheDialogAndShownNewestFirst)
{
    const Citizen c = pick();
    m_view->setCitizen(c.id);
    JournalPage *page = m_view->journal();
    const int before = page->model()->rowCount();
    page->findChild<QPushButton *>(QStringLiteral("addNote"))->click();
    auto *dialog = waitForDialog<NoteDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_FALSE(dialog->errorText(QStringLiteral("text")).isEmpty());
    QTest::keyClicks(
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")), QStringLiteral("Vi øvede teoriprøven."));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&, open = QPointer<QDialog>(dialog)] { return !open || !open->isVisible(); }, 2000));
    ASSERT_EQ(page->model()->rowCount(), before + 1);
    EXPECT_EQ(page->model()->index(0, NoteModel::TextColumn).data().toString(), QStringLiteral("Vi øvede teoriprøven."))
        << "today's note is the newest";
    EXPECT_TRUE(page->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("Vi øvede teoriprøven.")));
    m_stack.undo();
    EXPECT_EQ(page->model()->rowCount(), before);
}

TEST_F(CitizenPagesTest, ANewHouseholdPlacesTheCitizenInItAsOneUndoStep)
{
    const Citizen c = pick(1, false);
    m_view->setCitizen(c.id);
    HouseholdPage *page = m_view->household();
    EXPECT_EQ(page->model()->rowCount(), 0);
    const QString before = dump();
    page->findChild<QPushButton *>(QStringLiteral("newHousehold"))->click();
    auto *dialog = waitForDialog<HouseholdDialog>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Familien Prøve"));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&, open = QPointer<QDialog>(dialog)] { return !open || !open->isVisible(); }, 2000));
    EXPECT_FALSE(m_caseload->citizens().get(c.id)->householdId.isEmpty());
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->model()->index(0, MemberModel::NameColumn).data().toString(), c.name);
    EXPECT_EQ(m_stack.count(), 1);
    const QString after = dump();
    m_stack.undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(page->model()->rowCount(), 0);
    m_stack.redo();
    EXPECT_EQ(dump(), after);
}

// Removing a member says what goes with them, and takes it all as one undo step.
TEST_F(CitizenPagesTest, RemovingAMemberNamesWhatGoesWithThemAndUndoBringsItBack)
{
    const Citizen c = pick(1, false);
    const QString household
        = m_caseload->households()
              .createForCitizen(Household { {}, QStringLiteral("Familien Prøve"), {}, {}, {} }, c.id)
              ->household.id;
    const HouseholdMember child = *m_caseload->households().createMember(HouseholdMember {
        {}, household, QStringLiteral("Oscar"), 2019, MemberRole::Child, QStringLiteral("søn"), false, {}, 1, {}, {} });
    const QString plan = m_caseload->plans().createPlan(household)->id;
    Intervention i;
    i.planId = plan;
    i.title = QStringLiteral("Kontaktperson");
    i.memberIds = { child.id };
    i.departmentId = QStringLiteral("family");
    ASSERT_TRUE(m_caseload->plans().createIntervention(i).ok());
    ASSERT_TRUE(m_caseload->plans()
                    .createConsent(Consent {
                        {}, household, child.id, QStringLiteral("school"), {}, QDate(2026, 2, 1), {}, {}, {}, {} })
                    .ok());
    ASSERT_TRUE(m_caseload->benefits()
                    .createBenefit(Benefit { {}, child.id, QStringLiteral("contact_person"), QStringLiteral("family"),
                        100000, QDate(2026, 1, 1), {}, {}, {}, {} })
                    .ok());
    m_stack.clear();
    m_view->setCitizen(c.id);
    HouseholdPage *page = m_view->household();
    ASSERT_EQ(page->model()->rowCount(), 2);
    auto *table = page->findChild<QTableView *>(QStringLiteral("memberTable"));
    table->setCurrentIndex(page->model()->index(1, MemberModel::NameColumn));
    ASSERT_EQ(page->model()->index(1, MemberModel::NameColumn).data().toString(), QStringLiteral("Oscar"));
    const QString before = dump();

    // Answers the question (keeping its text) with the destructive button.
    const auto removeAnswering = [&] {
        QString question;
        QTimer::singleShot(0, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            }
        });
        page->findChild<QPushButton *>(QStringLiteral("removeMember"))->click();
        return question;
    };
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    const QString english = removeAnswering();
    EXPECT_EQ(english,
        QStringLiteral("Remove Oscar from the household?\n\nAlso removed: 1 consent they gave, 1 benefit, "
                       "1 intervention for them alone."));
    EXPECT_EQ(page->model()->rowCount(), 1);
    EXPECT_TRUE(m_caseload->plans().interventions(plan)->isEmpty());
    EXPECT_TRUE(m_caseload->benefits().benefits(household)->isEmpty());
    EXPECT_EQ(m_stack.count(), 1);
    const QString after = dump();
    m_stack.undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(page->model()->rowCount(), 2);

    languages.apply(QStringLiteral("da"));
    table->setCurrentIndex(page->model()->index(1, MemberModel::NameColumn));
    const QString danish = removeAnswering();
    languages.apply(QStringLiteral("en"));
    EXPECT_TRUE(danish.contains(QStringLiteral("Også fjernet: 1 samtykke, vedkommende har givet, 1 ydelse, 1 indsats "
                                               "kun for vedkommende.")))
        << qPrintable(danish);
    EXPECT_EQ(dump(), after) << "the same removal again";
}

TEST_F(CitizenPagesTest, UndoTellsWhoseRecordsItChangedSoTheWindowCanGoThere)
{
    const Citizen first = pick();
    m_view->setCitizen(first.id);
    JournalPage *journal = m_view->journal();
    journal->findChild<QPushButton *>(QStringLiteral("addNote"))->click();
    auto *dialog = waitForDialog<NoteDialog>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("text")), QStringLiteral("Kort møde."));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_EQ(m_stack.count(), 1);

    const Citizen other = pick(1, false);
    m_view->setCitizen(other.id); // the user has moved on
    QSignalSpy touched(m_editor, &CaseEditor::citizenTouched);
    m_editor->undo();
    ASSERT_EQ(touched.count(), 1);
    EXPECT_EQ(touched.first().first().toString(), first.id);
    m_editor->redo();
    EXPECT_EQ(touched.count(), 2);
}
