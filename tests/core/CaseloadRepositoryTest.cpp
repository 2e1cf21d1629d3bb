#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/Cpr.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/CitizenRepository.h"
#include "storage/GoalRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/NoteRepository.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

class CaseloadRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("fjordlys-brombær-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        // The file tells of committed changes; a Caseload forwards them to its notifier just so.
        m_file->setChangeListener([this](const QList<RecordChange> &changes) { m_notifier.publish(changes); });
        m_citizens = std::make_unique<CitizenRepository>(*m_file);
        m_households = std::make_unique<HouseholdRepository>(*m_file);
        m_goals = std::make_unique<GoalRepository>(*m_file);
        m_notes = std::make_unique<NoteRepository>(*m_file);
    }

    Citizen makeCitizen(const QString &name = QStringLiteral("Maja Testesen"))
    {
        Citizen c;
        c.name = name;
        c.cpr = QStringLiteral("0101901234");
        c.targetGroups = TargetGroup::Homelessness | TargetGroup::SubstanceUse;
        c.startDate = QDate(2026, 1, 5);
        c.supportPerson = QStringLiteral("Sara Støtte");
        return *m_citizens->create(c);
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }
    qint64 audits() { return TestKit::auditCount(*m_file->database()); }

    /// The refusal must name the field and the issue, and change nothing.
    void expectRefused(const std::function<Status()> &write, const QString &field, Issue issue)
    {
        const QString before = dump();
        const qint64 auditsBefore = audits();
        Status s = write();
        ASSERT_FALSE(s.ok()) << qPrintable(field);
        EXPECT_EQ(s.code(), ErrorCode::InvalidInput) << qPrintable(field);
        EXPECT_EQ(s.error().field, field);
        EXPECT_EQ(s.error().issue, issue) << qPrintable(field);
        EXPECT_EQ(dump(), before) << "refused " << qPrintable(field) << " changed the data";
        EXPECT_EQ(audits(), auditsBefore);
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    ChangeNotifier m_notifier;
    std::unique_ptr<CitizenRepository> m_citizens;
    std::unique_ptr<HouseholdRepository> m_households;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<NoteRepository> m_notes;
};

} // namespace

TEST(Cpr, FormatDateAndModulus11AreToldApart)
{
    const Cpr plain = Cpr::parse(QStringLiteral("0707614285"));
    ASSERT_TRUE(plain.isValid());
    EXPECT_EQ(plain.text(), QStringLiteral("070761-4285"));
    EXPECT_TRUE(plain.passesModulus11());
    EXPECT_EQ(plain.birthDate(), QDate(1961, 7, 7));
    EXPECT_EQ(plain.masked(), QStringLiteral("070761-XXXX"));

    const Cpr modern = Cpr::parse(QStringLiteral("010115-4001"));
    ASSERT_TRUE(modern.isValid()) << "a failed modulus-11 check is never a refusal";
    EXPECT_FALSE(modern.passesModulus11());
    EXPECT_EQ(modern.birthDate(), QDate(2015, 1, 1));

    EXPECT_FALSE(Cpr::parse(QStringLiteral("320190-1234")).isValid()) << "no 32nd day";
    EXPECT_FALSE(Cpr::parse(QStringLiteral("3002901234")).isValid()) << "no 30 February";
    EXPECT_FALSE(Cpr::parse(QStringLiteral("010190-12345")).isValid());
    EXPECT_FALSE(Cpr::parse(QStringLiteral("01019O-1234")).isValid());
    EXPECT_FALSE(Cpr::parse(QString()).isValid());
}

TEST_F(CaseloadRepositoryTest, EveryEntityRoundTripsExactly)
{
    auto household = m_households->create(
        Household { {}, QStringLiteral("Familien Testesen"), QStringLiteral("Kim Koordinator"), {}, {} });
    ASSERT_TRUE(household.ok());
    EXPECT_EQ(m_households->get(household->id).value(), *household);

    Citizen c = makeCitizen();
    c.householdId = household->id;
    c.birthDate = QDate(1990, 1, 1);
    c.endDate = QDate(2026, 12, 31);
    c.phone = QStringLiteral("12 34 56 78");
    c.email = QStringLiteral("maja@example.org");
    c.address = QStringLiteral("Testvej 1, 3520 Farum");
    auto updated = m_citizens->update(c);
    ASSERT_TRUE(updated.ok());
    const Citizen stored = m_citizens->get(c.id).value();
    EXPECT_EQ(stored, *updated);
    EXPECT_EQ(stored.cpr, QStringLiteral("010190-1234")) << "CPR stored as DDMMYY-SSSS";
    EXPECT_EQ(stored.targetGroups, TargetGroup::Homelessness | TargetGroup::SubstanceUse);

    HouseholdMember child;
    child.householdId = household->id;
    child.name = QStringLiteral("Alma");
    child.birthYear = 2015;
    child.role = MemberRole::Child;
    child.relation = QStringLiteral("datter");
    auto member = m_households->createMember(child);
    ASSERT_TRUE(member.ok());
    HouseholdMember adult = child;
    adult.id.clear();
    adult.name = QStringLiteral("Maja");
    adult.role = MemberRole::Adult;
    adult.birthYear = 1990;
    adult.parentalResponsibility = true;
    adult.citizenId = c.id;
    ASSERT_TRUE(m_households->createMember(adult).ok());
    const auto members = m_households->members(household->id).value();
    ASSERT_EQ(members.size(), 2);
    EXPECT_EQ(members.at(0), *member);
    EXPECT_TRUE(members.at(1).parentalResponsibility);
    EXPECT_EQ(members.at(1).citizenId, c.id);

    auto goal = m_goals->createGoal(
        Goal { {}, c.id, QStringLiteral("Jeg vil have et arbejde"), GoalCategory::Employment, {}, 0, {}, {}, {}, {} });
    ASSERT_TRUE(goal.ok());
    auto stone = m_goals->createStone(SteppingStone {
        {}, goal->id, QStringLiteral("Kørekort"), 0, QDate(2026, 6, 1), StoneStatus::InProgress, {}, {} });
    ASSERT_TRUE(stone.ok());
    const auto goals = m_goals->goalsOf(c.id).value();
    ASSERT_EQ(goals.size(), 1);
    EXPECT_EQ(goals.first().goal, *goal);
    ASSERT_EQ(goals.first().stones.size(), 1);
    EXPECT_EQ(goals.first().stones.first(), *stone);

    auto note = m_notes->create(
        Note { {}, c.id, QDate(2026, 2, 3), QStringLiteral("Café Møllen"), QStringLiteral("Maja, Sara"),
            QStringLiteral("Talte om kørekort."), QStringLiteral("Sara ringer til køreskolen."), {}, {} });
    ASSERT_TRUE(note.ok());
    EXPECT_EQ(m_notes->get(note->id).value(), *note);
    EXPECT_EQ(m_notes->notesOf(c.id).value(), QList<Note> { *note });
}

TEST_F(CaseloadRepositoryTest, EveryRefusalNamesTheFieldAndLeavesTheDatabaseUnchanged)
{
    const Citizen c = makeCitizen();
    auto goal = m_goals->createGoal(
        Goal { {}, c.id, QStringLiteral("Egen bolig"), GoalCategory::Housing, {}, 0, {}, {}, {}, {} });
    ASSERT_TRUE(goal.ok());
    auto stone = m_goals->createStone(SteppingStone { {}, goal->id, QStringLiteral("Depositum"), 0, {}, {}, {}, {} });
    ASSERT_TRUE(stone.ok());

    Citizen bad = c;
    bad.name = QStringLiteral("   ");
    expectRefused(
        [&] {
            auto r = m_citizens->update(bad);
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("name"), Issue::Required);
    bad = c;
    bad.name = QString(201, QLatin1Char('x'));
    expectRefused([&] { return m_citizens->put(bad); }, QStringLiteral("name"), Issue::TooLong);
    bad = c;
    bad.cpr = QStringLiteral("320190-1234");
    expectRefused([&] { return m_citizens->put(bad); }, QStringLiteral("cpr"), Issue::InvalidCpr);
    bad = c;
    bad.endDate = c.startDate.addDays(-1);
    expectRefused([&] { return m_citizens->put(bad); }, QStringLiteral("endDate"), Issue::EndBeforeStart);
    bad = c;
    bad.householdId = QStringLiteral("no-such-household");
    expectRefused([&] { return m_citizens->put(bad); }, QStringLiteral("householdId"), Issue::UnknownReference);
    bad = c;
    bad.birthDate = QDate::currentDate().addDays(3);
    expectRefused([&] { return m_citizens->put(bad); }, QStringLiteral("birthDate"), Issue::InvalidDate);

    auto household = m_households->create(Household { {}, QStringLiteral("Familien T"), {}, {}, {} });
    ASSERT_TRUE(household.ok());
    HouseholdMember member { {}, household->id, QStringLiteral("Bo"), 1850, MemberRole::Adult, {}, false, {}, 0,
        QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc() };
    member.id = QStringLiteral("m1");
    expectRefused([&] { return m_households->putMember(member); }, QStringLiteral("birthYear"), Issue::OutOfRange);
    member.birthYear = 1980;
    member.citizenId = QStringLiteral("nobody");
    expectRefused(
        [&] { return m_households->putMember(member); }, QStringLiteral("citizenId"), Issue::UnknownReference);

    Goal emptyGoal = *goal;
    emptyGoal.ownWords.clear();
    expectRefused([&] { return m_goals->putGoal(emptyGoal); }, QStringLiteral("ownWords"), Issue::Required);
    SteppingStone untitled = *stone;
    untitled.title = QStringLiteral(" ");
    expectRefused([&] { return m_goals->putStone(untitled); }, QStringLiteral("title"), Issue::Required);
    SteppingStone farFuture = *stone;
    farFuture.dueDate = QDate(2200, 1, 1);
    expectRefused([&] { return m_goals->putStone(farFuture); }, QStringLiteral("dueDate"), Issue::InvalidDate);
    expectRefused([&] { return m_goals->reorderStones(goal->id, { QStringLiteral("stranger") }); },
        QStringLiteral("stoneIds"), Issue::UnknownReference);

    Note note { QStringLiteral("n1"), c.id, {}, {}, {}, QStringLiteral("tekst"), {}, QDateTime::currentDateTimeUtc(),
        QDateTime::currentDateTimeUtc() };
    expectRefused([&] { return m_notes->put(note); }, QStringLiteral("date"), Issue::Required);
    note.date = QDate(2026, 3, 1);
    note.text.clear();
    expectRefused([&] { return m_notes->put(note); }, QStringLiteral("text"), Issue::Required);
    note.text = QStringLiteral("ok");
    note.citizenId = QStringLiteral("nobody");
    expectRefused([&] { return m_notes->put(note); }, QStringLiteral("citizenId"), Issue::UnknownReference);
}

TEST_F(CaseloadRepositoryTest, EveryChangeKindWritesItsAuditEventWithoutContent)
{
    const Citizen c = makeCitizen();
    auto goal = m_goals->createGoal(
        Goal { {}, c.id, QStringLiteral("Hemmeligt mål"), GoalCategory::Health, {}, 0, {}, {}, {}, {} });
    auto s1 = m_goals->createStone(SteppingStone { {}, goal->id, QStringLiteral("Tandlæge"), 0, {}, {}, {}, {} });
    auto s2 = m_goals->createStone(SteppingStone { {}, goal->id, QStringLiteral("Pas"), 0, {}, {}, {}, {} });
    ASSERT_TRUE(s1.ok() && s2.ok());
    ASSERT_TRUE(m_goals->reorderStones(goal->id, { s2->id, s1->id }).ok());
    SteppingStone done = *s1;
    done.status = StoneStatus::Done;
    ASSERT_TRUE(m_goals->updateStone(done).ok());
    ASSERT_TRUE(m_goals->removeStone(s2->id).ok());

    const auto events = m_file->auditEvents(10).value();
    ASSERT_GE(events.size(), 6);
    const auto expect = [&](int index, const char *action, const char *entity, const QString &id) {
        EXPECT_EQ(events.at(index).action, QString::fromLatin1(action)) << index;
        EXPECT_EQ(events.at(index).entityType, QString::fromLatin1(entity)) << index;
        EXPECT_EQ(events.at(index).entityId, id) << index;
        EXPECT_EQ(events.at(index).citizenId, c.id) << index;
    };
    expect(0, "record.deleted", "stepping_stone", s2->id);
    expect(1, "record.updated", "stepping_stone", s1->id);
    expect(2, "records.reordered", "stepping_stone", goal->id);
    expect(3, "record.created", "stepping_stone", s2->id);
    expect(4, "record.created", "stepping_stone", s1->id);
    expect(5, "record.created", "goal", goal->id);

    ASSERT_TRUE(m_citizens->remove(c.id).ok());
    EXPECT_EQ(m_file->auditEvents(1).value().first().action, QStringLiteral("record.deleted"));
    // The log names records, never what they say.
    Statement all
        = m_file->database()->prepare("SELECT group_concat(entity_id || actor || action, ' ') FROM audit_event");
    ASSERT_TRUE(all.next());
    EXPECT_FALSE(all.text(0).contains(QStringLiteral("Hemmeligt")));
    EXPECT_FALSE(all.text(0).contains(QStringLiteral("Tandlæge")));
}

TEST_F(CaseloadRepositoryTest, WritesNotifyAfterCommitAndRefusalsDoNot)
{
    QSignalSpy spy(&m_notifier, &ChangeNotifier::changed);
    const Citizen c = makeCitizen();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<EntityType>(), EntityType::Citizen);
    EXPECT_EQ(spy.at(0).at(1).toString(), c.id);
    Citizen bad = c;
    bad.name.clear();
    EXPECT_FALSE(m_citizens->put(bad).ok());
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(CaseloadRepositoryTest, CaseloadRowSummarisesWithOneQuery)
{
    const Citizen c = makeCitizen();
    auto goal = m_goals->createGoal(
        Goal { {}, c.id, QStringLiteral("Få et job"), GoalCategory::Employment, {}, 0, {}, {}, {}, {} });
    const auto stone = [&](const char *title, QDate due, StoneStatus status) {
        return *m_goals->createStone(SteppingStone { {}, goal->id, QString::fromUtf8(title), 0, due, status, {}, {} });
    };
    stone("Teori", QDate(2026, 3, 1), StoneStatus::Done);
    stone("Kørekort", QDate(2026, 5, 1), StoneStatus::Planned);
    stone("Ansøgning", QDate(2026, 4, 1), StoneStatus::InProgress);
    stone("Opgivet", QDate(2026, 1, 1), StoneStatus::Dropped);
    ASSERT_TRUE(m_notes->create(Note { {}, c.id, QDate(2026, 2, 1), {}, {}, QStringLiteral("a"), {}, {}, {} }).ok());
    ASSERT_TRUE(m_notes->create(Note { {}, c.id, QDate(2026, 3, 9), {}, {}, QStringLiteral("b"), {}, {}, {} }).ok());
    makeCitizen(QStringLiteral("Anders Andetsen"));

    const auto rows = m_citizens->caseload().value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).name, QStringLiteral("Anders Andetsen")) << "sorted by name";
    const CaseloadRow row = m_citizens->caseloadRow(c.id).value();
    EXPECT_EQ(row.nextStoneTitle, QStringLiteral("Ansøgning")) << "earliest due, not done or dropped";
    EXPECT_EQ(row.nextStoneDue, QDate(2026, 4, 1));
    EXPECT_EQ(row.lastMeeting, QDate(2026, 3, 9));
    EXPECT_EQ(row.stonesDone, 1);
    EXPECT_EQ(row.stonesTotal, 3);
    EXPECT_TRUE(row.goalWords.contains(QStringLiteral("Få et job")));
    EXPECT_EQ(rows.at(0).nextStoneTitle, QString());
}

TEST_F(CaseloadRepositoryTest, DeletingAGoalCanBeRestoredExactly)
{
    const Citizen c = makeCitizen();
    auto goal = m_goals->createGoal(
        Goal { {}, c.id, QStringLiteral("Se min datter"), GoalCategory::Family, {}, 0, {}, {}, {}, {} });
    ASSERT_TRUE(
        m_goals->createStone(SteppingStone { {}, goal->id, QStringLiteral("Nyt tøj"), 0, {}, {}, {}, {} }).ok());
    ASSERT_TRUE(m_goals->createStone(SteppingStone { {}, goal->id, QStringLiteral("Frisør"), 0, {}, {}, {}, {} }).ok());
    const QString before = dump();
    auto removed = m_goals->removeGoal(goal->id);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->stones.size(), 2);
    EXPECT_NE(dump(), before);
    EXPECT_TRUE(m_goals->goalsOf(c.id).value().isEmpty()) << "stepping stones went with the goal";
    ASSERT_TRUE(m_goals->restoreGoal(*removed).ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(CaseloadRepositoryTest, RemovingCitizenOrHouseholdCascadesAsDesigned)
{
    Citizen c = makeCitizen();
    auto household = m_households->create(Household { {}, QStringLiteral("Familien"), {}, {}, {} });
    c.householdId = household->id;
    ASSERT_TRUE(m_citizens->update(c).ok());
    ASSERT_TRUE(
        m_goals->createGoal(Goal { {}, c.id, QStringLiteral("Mål"), GoalCategory::Other, {}, 0, {}, {}, {}, {} }).ok());
    ASSERT_TRUE(m_notes->create(Note { {}, c.id, QDate(2026, 1, 2), {}, {}, QStringLiteral("x"), {}, {}, {} }).ok());

    ASSERT_TRUE(m_households->remove(household->id).ok());
    EXPECT_TRUE(m_citizens->get(c.id)->householdId.isEmpty()) << "the citizen stays, without household";
    ASSERT_TRUE(m_citizens->remove(c.id).ok());
    EXPECT_TRUE(m_goals->goalsOf(c.id).value().isEmpty());
    EXPECT_TRUE(m_notes->notesOf(c.id).value().isEmpty());
    EXPECT_EQ(m_citizens->remove(c.id).code(), ErrorCode::InvalidInput);
}

TEST_F(CaseloadRepositoryTest, GoalsReorderAndPositionsStayCompactThroughRemoveAndRestore)
{
    const Citizen c = makeCitizen();
    QStringList ids;
    for (const char *words : { "Et job", "En bolig", "Se min søn" }) {
        auto g = m_goals->createGoal(
            Goal { {}, c.id, QString::fromUtf8(words), GoalCategory::Other, {}, 0, {}, {}, {}, {} });
        ASSERT_TRUE(g.ok());
        ids << g->id;
    }
    const auto order = [&] {
        QStringList got;
        QList<int> positions;
        for (const GoalWithStones &g : m_goals->goalsOf(c.id).value()) {
            got << g.goal.id;
            positions << g.goal.position;
        }
        EXPECT_EQ(positions, QList<int>({ 0, 1, 2 }).mid(0, got.size())) << "positions are 0..n-1";
        return got;
    };
    ASSERT_TRUE(m_goals->reorderGoals(c.id, { ids[2], ids[0], ids[1] }).ok());
    EXPECT_EQ(order(), QStringList({ ids[2], ids[0], ids[1] }));
    expectRefused(
        [&] {
            return m_goals->reorderGoals(c.id, { ids[0], ids[1] });
        },
        QStringLiteral("goalIds"), Issue::UnknownReference);
    expectRefused(
        [&] {
            return m_goals->reorderGoals(c.id, { ids[0], ids[0], ids[1] });
        },
        QStringLiteral("goalIds"), Issue::UnknownReference);

    // Removing the middle goal closes the gap; restoring it reopens it exactly.
    const QString before = dump();
    auto removed = m_goals->removeGoal(ids[0]);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(order(), QStringList({ ids[2], ids[1] }));
    ASSERT_TRUE(m_goals->restoreGoal(*removed).ok());
    EXPECT_EQ(dump(), before);

    // The same for stepping stones.
    QStringList stones;
    for (const char *title : { "Køreskole", "Teoriprøve", "Køreprøve" })
        stones << m_goals->createStone(SteppingStone { {}, ids[1], QString::fromUtf8(title), 0, {}, {}, {}, {} })->id;
    const QString withStones = dump();
    const SteppingStone middle = m_goals->goal(ids[1])->stones.at(1);
    ASSERT_TRUE(m_goals->removeStone(middle.id).ok());
    const auto left = m_goals->goal(ids[1])->stones;
    ASSERT_EQ(left.size(), 2);
    EXPECT_EQ(left.at(1).position, 1);
    ASSERT_TRUE(m_goals->putStone(middle).ok());
    EXPECT_EQ(dump(), withStones);
}

TEST_F(CaseloadRepositoryTest, ANewHouseholdForACitizenIsOneUseCaseTakenBackAndPutBackExactly)
{
    Citizen draft;
    draft.name = QStringLiteral("Lise Holm");
    draft.birthDate = QDate(1990, 4, 2);
    const Citizen lise = m_citizens->create(draft).value();
    const QString before = dump();
    const qint64 eventsBefore = audits();
    QSignalSpy spy(&m_notifier, &ChangeNotifier::changed);

    auto created
        = m_households->createForCitizen(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} }, lise.id);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(audits(), eventsBefore + 3) << "household, citizen, member: one event each";
    EXPECT_EQ(spy.count(), 3) << "announced after the one commit";
    EXPECT_FALSE(created->household.id.isEmpty()) << "the core chooses the id";
    EXPECT_EQ(m_citizens->get(lise.id)->householdId, created->household.id);
    const auto members = m_households->members(created->household.id).value();
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(members.first(), created->member);
    EXPECT_EQ(members.first().citizenId, lise.id);
    EXPECT_EQ(members.first().birthYear, 1990);
    const QString after = dump();

    ASSERT_TRUE(m_households->withdraw(*created).ok());
    EXPECT_EQ(dump(), before) << "taken back: the file as before";
    ASSERT_TRUE(m_households->restore(*created).ok());
    EXPECT_EQ(dump(), after) << "put back: exactly as created";

    // A citizen that does not exist: nothing at all is written.
    const QString now = dump();
    auto refused = m_households->createForCitizen(
        Household { {}, QStringLiteral("Ingen"), {}, {}, {} }, QStringLiteral("nobody"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("citizenId"));
    EXPECT_EQ(dump(), now);
}
