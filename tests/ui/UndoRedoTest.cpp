// Every kind of edit on the caseload pages, as the undoable command the UI
// pushes: undo must give back exactly the database before, and redo exactly
// the database after (same ids, timestamps and positions).
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "commands/AttachmentCommand.h"
#include "commands/NewHouseholdCommand.h"
#include "commands/NewVersionCommand.h"
#include "commands/RecordStores.h"
#include "commands/RemoveMemberCommand.h"
#include "commands/ReorderCommand.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class UndoRedoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase("undo-undo-undo-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        // A small caseload to edit: a citizen in a household, a goal with three stones, a note.
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Prøve"), {}, {}, {} });
        Citizen c;
        c.name = QStringLiteral("Maja Testesen");
        c.startDate = QDate(2026, 1, 1);
        c.householdId = m_household.id;
        m_citizen = *m_caseload->citizens().create(c);
        m_member = *m_caseload->households().createMember(HouseholdMember { {}, m_household.id, QStringLiteral("Maja"),
            1990, MemberRole::Adult, QStringLiteral("mor"), true, m_citizen.id, 0, {}, {} });
        Goal g;
        g.citizenId = m_citizen.id;
        g.ownWords = QStringLiteral("Jeg vil have et job");
        g.category = GoalCategory::Employment;
        const Goal goal = *m_caseload->goals().createGoal(g);
        for (const char *title : { "Kørekort", "CV", "Tandlæge" })
            m_caseload->goals()
                .createStone(SteppingStone { {}, goal.id, QString::fromUtf8(title), 0, {}, {}, {}, {} })
                .value();
        Goal second = g;
        second.ownWords = QStringLiteral("Jeg vil se min søn");
        m_caseload->goals().createGoal(second).value();
        m_goal = *m_caseload->goals().goal(goal.id);
        m_note = *m_caseload->notes().create(Note { {}, m_citizen.id, QDate(2026, 3, 1), QStringLiteral("Café"), {},
            QStringLiteral("Første møde"), {}, {}, {} });
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    /// Runs @p command as the UI does, then checks undo/redo restore the states exactly.
    void check(std::unique_ptr<StoreCommand> command, const char *what)
    {
        SCOPED_TRACE(what);
        const QString before = dump();
        const qint64 auditsBefore = TestKit::auditCount(*m_file->database());
        ASSERT_TRUE(command->execute().ok());
        m_stack.push(command.release());
        const QString after = dump();
        EXPECT_NE(after, before) << "the edit changed nothing";
        EXPECT_GT(TestKit::auditCount(*m_file->database()), auditsBefore) << "no audit event";
        m_stack.undo();
        EXPECT_EQ(dump(), before) << "undo";
        m_stack.redo();
        EXPECT_EQ(dump(), after) << "redo";
        m_stack.undo();
        m_stack.redo();
        EXPECT_EQ(dump(), after) << "second round";
        EXPECT_TRUE(m_errors.isEmpty()) << qPrintable(m_errors.join(u'\n'));
    }

    template<typename Command, typename Before, typename After>
    std::unique_ptr<StoreCommand> make(Before before, After after)
    {
        return std::make_unique<Command>(*m_caseload, before, after, QStringLiteral("test"), m_onError);
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Household m_household;
    Citizen m_citizen;
    HouseholdMember m_member;
    Storage::GoalWithStones m_goal;
    Note m_note;
    QUndoStack m_stack;
    QStringList m_errors;
    StoreCommand::ErrorHandler m_onError = [this](const Error &e) {
        m_errors << e.detail;
    };
};

} // namespace

TEST_F(UndoRedoTest, CitizenAddAndEdit)
{
    Citizen fresh;
    fresh.name = QStringLiteral("Bo Prøvesen");
    check(make<CitizenCommand>(std::nullopt, fresh), "add citizen");
    Citizen edited = m_citizen;
    edited.name = QStringLiteral("Maja Nytnavn");
    edited.targetGroups = TargetGroup::YoungPeople;
    edited.householdId.clear();
    check(make<CitizenCommand>(m_citizen, edited), "edit citizen");
}

TEST_F(UndoRedoTest, HouseholdAndMembers)
{
    check(make<HouseholdCommand>(std::nullopt, Household { {}, QStringLiteral("Familien Ny"), {}, {}, {} }),
        "add household");
    Household renamed = m_household;
    renamed.familyCoordinator = QStringLiteral("Kim Koordinator");
    check(make<HouseholdCommand>(m_household, renamed), "edit household");
    HouseholdMember child { {}, m_household.id, QStringLiteral("Oscar"), 2019, MemberRole::Child, QStringLiteral("søn"),
        false, {}, 1, {}, {} };
    check(make<MemberCommand>(std::nullopt, child), "add member");
    HouseholdMember older = m_member;
    older.birthYear = 1988;
    check(make<MemberCommand>(m_member, older), "edit member");
    const HouseholdMember current = m_caseload->households().members(m_household.id)->at(0);
    ASSERT_EQ(current.birthYear, 1988);
    check(make<MemberCommand>(current, std::nullopt), "remove member");
}

// The Household page's removal: the member with their consent, benefit and interventions, as one step.
TEST_F(UndoRedoTest, RemovingAMemberWithWhatPointsAtThem)
{
    const HouseholdMember child = *m_caseload->households().createMember(HouseholdMember { {}, m_household.id,
        QStringLiteral("Oscar"), 2019, MemberRole::Child, QStringLiteral("søn"), false, {}, 1, {}, {} });
    const QString plan = m_caseload->plans().createPlan(m_household.id)->id;
    for (const QStringList &members : { QStringList { child.id }, QStringList { m_member.id, child.id } }) {
        Intervention i;
        i.planId = plan;
        i.title = QStringLiteral("Indsats");
        i.memberIds = members;
        i.departmentId = QStringLiteral("family");
        ASSERT_TRUE(m_caseload->plans().createIntervention(i).ok());
    }
    ASSERT_TRUE(m_caseload->plans()
                    .createConsent(Consent {
                        {}, m_household.id, child.id, QStringLiteral("school"), {}, QDate(2026, 2, 1), {}, {}, {}, {} })
                    .ok());
    ASSERT_TRUE(m_caseload->benefits()
                    .createBenefit(Benefit { {}, child.id, QStringLiteral("contact_person"), QStringLiteral("family"),
                        100000, QDate(2026, 1, 1), {}, {}, {}, {} })
                    .ok());
    check(std::make_unique<RemoveMemberCommand>(*m_caseload, child.id, QStringLiteral("test"), m_onError),
        "remove member with consent, benefit and interventions");
    EXPECT_EQ(m_caseload->plans().interventions(plan)->size(), 1);
}

// The commands that are use cases of their own, and the third reorder: each is one step, exact both ways.
TEST_F(UndoRedoTest, NewHouseholdNewPlanVersionReceiptsAndInterventionOrder)
{
    Citizen bo;
    bo.name = QStringLiteral("Bo Prøvesen");
    bo = *m_caseload->citizens().create(bo);
    check(std::make_unique<NewHouseholdCommand>(*m_caseload,
              Household { {}, QStringLiteral("Familien Prøvesen"), {}, {}, {} }, bo.id, QStringLiteral("test"),
              m_onError),
        "new household for a citizen");

    const QString plan = m_caseload->plans().createPlan(m_household.id)->id;
    QStringList order;
    for (const char *title : { "Familiebehandling", "Kontaktperson", "Forældrekursus" }) {
        Intervention i;
        i.planId = plan;
        i.title = QString::fromUtf8(title);
        i.memberIds = { m_member.id };
        i.departmentId = QStringLiteral("family");
        order << m_caseload->plans().createIntervention(i)->id;
    }
    QStringList reversed = order;
    std::reverse(reversed.begin(), reversed.end());
    check(std::make_unique<ReorderCommand>(*m_caseload, ReorderCommand::Kind::Interventions, plan, order, reversed,
              QStringLiteral("test"), m_onError, QStringLiteral("family")),
        "reorder interventions");
    ASSERT_TRUE(m_caseload->plans().signPlan(plan, QDate::currentDate()).ok());
    check(std::make_unique<NewVersionCommand>(*m_caseload, plan, QStringLiteral("test"), m_onError),
        "new family-plan version with its interventions");

    Budget budget;
    budget.citizenId = m_citizen.id;
    budget.capMinor = 50'000'00;
    budget.periodStart = m_citizen.startDate;
    const Budget kept = *m_caseload->budgets().createBudget(budget);
    LedgerEntry entry;
    entry.budgetId = kept.id;
    entry.date = m_citizen.startDate.addDays(3);
    entry.amountMinor = 1'234'50;
    entry.stoneId = m_goal.stones.at(0).id;
    const LedgerEntry purchase = *m_caseload->budgets().createEntry(entry);
    auto add = AttachmentCommand::add(*m_caseload, purchase.id, QStringLiteral("kvittering.pdf"),
        QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 kvittering", 19), QStringLiteral("test"), m_onError);
    AttachmentCommand *added = add.get();
    check(std::move(add), "add receipt");
    check(AttachmentCommand::remove(*m_caseload, added->attachment(), QStringLiteral("test"), m_onError),
        "remove receipt");
}

TEST_F(UndoRedoTest, GoalsAndSteppingStones)
{
    Goal goal;
    goal.citizenId = m_citizen.id;
    goal.ownWords = QStringLiteral("Jeg vil have en bolig");
    check(make<GoalCommand>(std::nullopt, Storage::GoalWithStones { goal, {} }), "add goal");
    Storage::GoalWithStones edited = m_goal;
    edited.goal.ownWords = QStringLiteral("Jeg vil have et fast job");
    check(make<GoalCommand>(m_goal, edited), "edit goal");
    const Storage::GoalWithStones current = *m_caseload->goals().goal(m_goal.goal.id);
    ASSERT_EQ(current.stones.size(), 3);
    check(make<GoalCommand>(current, std::nullopt), "remove goal with its stones");
    m_stack.undo(); // the goal back, for the stepping stones below
    ASSERT_EQ(m_caseload->goals().goal(m_goal.goal.id)->stones.size(), 3);

    check(make<StoneCommand>(
              std::nullopt, SteppingStone { {}, m_goal.goal.id, QStringLiteral("Pas"), 0, {}, {}, {}, {} }),
        "add stone");
    SteppingStone done = m_goal.stones.at(0);
    done.status = StoneStatus::Done;
    check(make<StoneCommand>(m_goal.stones.at(0), done), "complete stone");
    SteppingStone dropped = m_goal.stones.at(1);
    dropped.status = StoneStatus::Dropped;
    dropped.dueDate = QDate(2027, 2, 1);
    check(make<StoneCommand>(m_goal.stones.at(1), dropped), "drop stone");
    check(make<StoneCommand>(m_caseload->goals().goal(m_goal.goal.id)->stones.at(1), std::nullopt),
        "remove middle stone");
}

TEST_F(UndoRedoTest, Reorders)
{
    QStringList stones;
    for (const SteppingStone &s : m_goal.stones)
        stones << s.id;
    const QStringList moved { stones[2], stones[0], stones[1] };
    check(std::make_unique<ReorderCommand>(*m_caseload, ReorderCommand::Kind::SteppingStones, m_goal.goal.id, stones,
              moved, QStringLiteral("test"), m_onError),
        "reorder stones");
    QStringList goals;
    for (const auto &g : m_caseload->goals().goalsOf(m_citizen.id).value())
        goals << g.goal.id;
    check(std::make_unique<ReorderCommand>(*m_caseload, ReorderCommand::Kind::Goals, m_citizen.id, goals,
              QStringList { goals[1], goals[0] }, QStringLiteral("test"), m_onError),
        "reorder goals");
}

TEST_F(UndoRedoTest, JournalNotes)
{
    check(make<NoteCommand>(std::nullopt,
              Note { {}, m_citizen.id, QDate(2026, 4, 1), {}, {}, QStringLiteral("Andet møde"), {}, {}, {} }),
        "add note");
    Note edited = m_note;
    edited.agreements = QStringLiteral("Ringer fredag");
    check(make<NoteCommand>(m_note, edited), "edit note");
    check(make<NoteCommand>(*m_caseload->notes().get(m_note.id), std::nullopt), "remove note");
}

TEST_F(UndoRedoTest, ARefusedEditNeverReachesTheStackAndChangesNothing)
{
    const QString before = dump();
    Citizen bad = m_citizen;
    bad.cpr = QStringLiteral("999999-9999");
    CitizenCommand edit(*m_caseload, m_citizen, bad, QStringLiteral("test"), m_onError);
    Status s = edit.execute();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QStringLiteral("cpr"));
    SteppingStone untitled { {}, m_goal.goal.id, QString(), 0, {}, {}, {}, {} };
    StoneCommand add(*m_caseload, std::nullopt, untitled, QStringLiteral("test"), m_onError);
    EXPECT_EQ(add.execute().error().field, QStringLiteral("title"));
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(m_stack.count(), 0);
}

TEST_F(UndoRedoTest, AFailedUndoIsReportedAndTheCommandDropped)
{
    SteppingStone done = m_goal.stones.at(0);
    done.status = StoneStatus::Done;
    auto command = make<StoneCommand>(m_goal.stones.at(0), done);
    ASSERT_TRUE(command->execute().ok());
    m_stack.push(command.release());
    m_file->lock();
    m_stack.undo();
    ASSERT_EQ(m_errors.size(), 1) << "the user is told";
    EXPECT_EQ(m_stack.count(), 0) << "an obsolete command leaves the stack";
}
