// The family plan's record kinds: every field of a department, plan version, family goal, intervention and
// consent is stored and read back as it was, and a citizen's records are those that concern the citizen.
#include "storage/PlanKinds.h"

#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/RecordRegistry.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

QDateTime stamp(int day, int ms)
{
    return QDateTime(QDate(2026, 3, day), QTime(9, 15, 30, ms), Qt::UTC);
}

class PlanKindsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("plan-arter-hver-24"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);

        Citizen c;
        c.name = QStringLiteral("Maja Holm");
        m_maja = m_caseload->citizens().create(c).value();
        Goal g;
        g.citizenId = m_maja.id;
        g.ownWords = QStringLiteral("Et job");
        m_majaGoal = m_caseload->goals().createGoal(g).value().id;
        c.name = QStringLiteral("Ali Demir");
        g.citizenId = m_caseload->citizens().create(c).value().id;
        g.ownWords = QStringLiteral("Egen bolig");
        m_othersGoal = m_caseload->goals().createGoal(g).value().id;
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} });
        HouseholdMember m;
        m.householdId = m_household.id;
        m.name = QStringLiteral("Maja");
        m.citizenId = m_maja.id;
        m_majaMember = m_caseload->households().createMember(m).value().id;
        m.name = QStringLiteral("Emil");
        m.citizenId.clear();
        m.role = MemberRole::Child;
        m_emilMember = m_caseload->households().createMember(m).value().id;
    }

    FamilyPlanRepository &plans() { return m_caseload->plans(); }

    QString text(const char *sql, const QString &id)
    {
        Statement s = m_file->database()->prepare(sql);
        s.bind(1, id);
        return s.next() ? (s.isNull(0) ? QStringLiteral("NULL") : s.text(0)) : QStringLiteral("(no row)");
    }

    Department department()
    {
        return Department { QStringLiteral("dep-own"), QStringLiteral("own_code"), QStringLiteral("Misbrugscenter"), 7,
            true, stamp(1, 101), stamp(2, 202) };
    }

    FamilyPlan signedPlan()
    {
        return FamilyPlan { QStringLiteral("plan-1"), m_household.id, 1, PlanStatus::Signed, QDate(2026, 3, 4),
            QDate(2026, 9, 1), stamp(3, 303), stamp(4, 404) };
    }

    FamilyPlan draft()
    {
        return FamilyPlan { QStringLiteral("plan-2"), m_household.id, 2, PlanStatus::Draft, {}, QDate(2027, 1, 5),
            stamp(5, 505), stamp(6, 606) };
    }

    FamilyGoal familyGoal()
    {
        return FamilyGoal { QStringLiteral("fg-1"), QStringLiteral("plan-2"), QStringLiteral("Ro om morgenen"),
            { m_majaGoal, m_othersGoal }, 3, stamp(7, 707), stamp(8, 808) };
    }

    Intervention intervention()
    {
        Intervention i;
        i.id = QStringLiteral("iv-1");
        i.planId = QStringLiteral("plan-2");
        i.memberIds = { m_emilMember, m_majaMember };
        i.departmentId = QStringLiteral("dep-own");
        i.title = QStringLiteral("Samtaleforløb");
        i.purpose = QStringLiteral("Mindre konflikt");
        i.responsiblePerson = QStringLiteral("Kim Koordinator");
        i.responsibleRole = QStringLiteral("Familiebehandler");
        i.startDate = QDate(2026, 4, 1);
        i.endDate = QDate(2026, 10, 31);
        i.status = InterventionStatus::Active;
        i.position = 2;
        i.nextFollowUp = QDate(2026, 6, 15);
        i.createdAt = stamp(9, 909);
        i.updatedAt = stamp(10, 10);
        return i;
    }

    Consent consent()
    {
        return Consent { QStringLiteral("co-1"), m_household.id, m_majaMember, QStringLiteral("dep-own"),
            QStringLiteral("Deling af handleplan"), QDate(2026, 2, 1), QDate(2027, 2, 1), QDate(2026, 8, 1),
            stamp(11, 111), stamp(12, 121) };
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    Citizen m_maja;
    QString m_majaGoal;
    QString m_othersGoal;
    Household m_household;
    QString m_majaMember;
    QString m_emilMember;
};

} // namespace

TEST_F(PlanKindsTest, EveryFieldOfEveryKindIsReadBackAsItWasPut)
{
    ASSERT_TRUE(plans().putDepartment(department()).ok());
    ASSERT_TRUE(plans().putPlan(signedPlan()).ok());
    ASSERT_TRUE(plans().putPlan(draft()).ok());
    ASSERT_TRUE(plans().putGoal(familyGoal()).ok());
    ASSERT_TRUE(plans().putIntervention(intervention()).ok());
    ASSERT_TRUE(plans().putConsent(consent()).ok());

    const auto departments = plans().departments();
    ASSERT_TRUE(departments.ok());
    ASSERT_EQ(departments->size(), builtInDepartmentCodes().size() + 1);
    EXPECT_EQ(departments->last(), department()) << "position 7: after the built-in ones";
    EXPECT_EQ(plans().plans(m_household.id).value(), (QList<FamilyPlan> { draft(), signedPlan() }));
    EXPECT_EQ(plans().goals(QStringLiteral("plan-2")).value(), QList<FamilyGoal> { familyGoal() });
    EXPECT_EQ(plans().interventions(QStringLiteral("plan-2")).value(), QList<Intervention> { intervention() });
    EXPECT_EQ(plans().consents(m_household.id).value(), QList<Consent> { consent() });
    // Each kind's find() reads the same record as its list.
    const auto found = m_file->read([&](Database &db) {
        return Kinds::department().find(db, QStringLiteral("dep-own")) == department()
            && Kinds::familyPlan().find(db, QStringLiteral("plan-1")) == signedPlan()
            && Kinds::familyGoal().find(db, QStringLiteral("fg-1")) == familyGoal()
            && Kinds::intervention().find(db, QStringLiteral("iv-1")) == intervention()
            && Kinds::consent().find(db, QStringLiteral("co-1")) == consent();
    });
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(*found);

    // The stored values: id lists in join tables in their order, dates ISO, no date NULL, flags 0/1.
    EXPECT_EQ(text("SELECT group_concat(member_id, ',' ORDER BY position) FROM intervention_member "
                   "WHERE intervention_id = ?1",
                  QStringLiteral("iv-1")),
        m_emilMember + QLatin1Char(',') + m_majaMember);
    EXPECT_EQ(text("SELECT group_concat(goal_id || ':' || position, ',' ORDER BY position) FROM family_goal_link "
                   "WHERE family_goal_id = ?1",
                  QStringLiteral("fg-1")),
        m_majaGoal + QStringLiteral(":0,") + m_othersGoal + QStringLiteral(":1"));
    EXPECT_EQ(text("SELECT signed_on FROM family_plan WHERE id = ?1", QStringLiteral("plan-1")),
        QStringLiteral("2026-03-04"));
    EXPECT_EQ(
        text("SELECT signed_on FROM family_plan WHERE id = ?1", QStringLiteral("plan-2")), QStringLiteral("NULL"));
    EXPECT_EQ(text("SELECT status FROM intervention WHERE id = ?1", QStringLiteral("iv-1")), QStringLiteral("active"));
    EXPECT_EQ(text("SELECT archived FROM department WHERE id = ?1", QStringLiteral("dep-own")), QStringLiteral("1"));
    EXPECT_EQ(text("SELECT created_at FROM consent WHERE id = ?1", QStringLiteral("co-1")),
        QStringLiteral("2026-03-11T09:15:30.111Z"));

    // A family goal with no links reads back with none (not one empty id).
    FamilyGoal unlinked = familyGoal();
    unlinked.id = QStringLiteral("fg-2");
    unlinked.linkedGoalIds.clear();
    ASSERT_TRUE(plans().putGoal(unlinked).ok());
    EXPECT_EQ(text("SELECT count(*) FROM family_goal_link WHERE family_goal_id = ?1", QStringLiteral("fg-2")),
        QStringLiteral("0"));
    EXPECT_TRUE(plans().goals(QStringLiteral("plan-2"))->last().linkedGoalIds.isEmpty());
}

TEST_F(PlanKindsTest, ACitizensPlanRecordsAreThoseThatConcernTheCitizen)
{
    ASSERT_TRUE(plans().putDepartment(department()).ok());
    ASSERT_TRUE(plans().putPlan(draft()).ok());
    ASSERT_TRUE(plans().putGoal(familyGoal()).ok()); // linked to Maja's goal
    FamilyGoal othersGoal = familyGoal();
    othersGoal.id = QStringLiteral("fg-others");
    othersGoal.linkedGoalIds = { m_othersGoal };
    ASSERT_TRUE(plans().putGoal(othersGoal).ok());
    ASSERT_TRUE(plans().putIntervention(intervention()).ok()); // for Emil and Maja
    Intervention emilsOnly = intervention();
    emilsOnly.id = QStringLiteral("iv-emil");
    emilsOnly.memberIds = { m_emilMember };
    ASSERT_TRUE(plans().putIntervention(emilsOnly).ok());
    ASSERT_TRUE(plans().putConsent(consent()).ok()); // Maja's
    Consent emilsConsent = consent();
    emilsConsent.id = QStringLiteral("co-emil");
    emilsConsent.memberId = m_emilMember;
    ASSERT_TRUE(plans().putConsent(emilsConsent).ok());

    const auto rows = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, m_maja.id); });
    ASSERT_TRUE(rows.ok());
    QStringList planRows;
    for (const RecordRow &r : *rows) {
        if (r.kind->type == EntityType::Department || r.kind->type == EntityType::FamilyPlan
            || r.kind->type == EntityType::FamilyGoal || r.kind->type == EntityType::Intervention
            || r.kind->type == EntityType::Consent)
            planRows << r.kind->auditName + QLatin1Char(':') + r.id;
    }
    // The plan version and the departments are shared (no one citizen's); Emil's records are not Maja's.
    EXPECT_EQ(planRows,
        (QStringList {
            QStringLiteral("family_goal:fg-1"), QStringLiteral("intervention:iv-1"), QStringLiteral("consent:co-1") }));
    const auto emils = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, {}); });
    ASSERT_TRUE(emils.ok());
    for (const RecordRow &r : *emils)
        EXPECT_NE(r.kind->type, EntityType::Intervention) << "a member who is no citizen matches no citizen";
}

// Schema 6: the lists are references the database keeps. An unknown or repeated id is refused next to its
// field and nothing is stored; a removed member or goal leaves the lists that named it.
TEST_F(PlanKindsTest, TheListsOfMembersAndGoalsAreReferencesTheDatabaseKeeps)
{
    ASSERT_TRUE(plans().putDepartment(department()).ok());
    ASSERT_TRUE(plans().putPlan(draft()).ok());

    FamilyGoal unknown = familyGoal();
    unknown.linkedGoalIds = { m_majaGoal, QStringLiteral("no-such-goal") };
    const Status refusedGoal = plans().putGoal(unknown);
    ASSERT_FALSE(refusedGoal.ok());
    EXPECT_EQ(refusedGoal.error().field, QStringLiteral("linkedGoalIds"));
    EXPECT_EQ(refusedGoal.error().issue, Issue::UnknownReference);
    FamilyGoal twice = familyGoal();
    twice.linkedGoalIds = { m_majaGoal, m_majaGoal };
    EXPECT_EQ(plans().putGoal(twice).error().field, QStringLiteral("linkedGoalIds"));
    Intervention repeated = intervention();
    repeated.memberIds = { m_emilMember, m_emilMember };
    EXPECT_EQ(plans().putIntervention(repeated).error().field, QStringLiteral("memberIds"));
    EXPECT_EQ(
        text("SELECT count(*) FROM family_goal WHERE plan_id = ?1", QStringLiteral("plan-2")), QStringLiteral("0"));
    EXPECT_EQ(
        text("SELECT count(*) FROM intervention WHERE plan_id = ?1", QStringLiteral("plan-2")), QStringLiteral("0"));

    ASSERT_TRUE(plans().putGoal(familyGoal()).ok());
    ASSERT_TRUE(plans().putIntervention(intervention()).ok());
    // Changing a list replaces it, in the new order.
    Intervention reordered = intervention();
    reordered.memberIds = { m_majaMember };
    ASSERT_TRUE(plans().putIntervention(reordered).ok());
    EXPECT_EQ(plans().interventions(QStringLiteral("plan-2"))->value(0).memberIds, QStringList { m_majaMember });
    ASSERT_TRUE(plans().putIntervention(intervention()).ok());

    // The other citizen's goal goes: the family goal keeps Maja's link only.
    ASSERT_TRUE(m_caseload->goals().removeGoal(m_othersGoal).ok());
    EXPECT_EQ(plans().goals(QStringLiteral("plan-2"))->value(0).linkedGoalIds, QStringList { m_majaGoal });

    // Written past the repository, the schema itself refuses a dangling member and a consent whose
    // household is not its member's.
    const Status dangling = m_file->write([&](Database &db) {
        db.execute("INSERT INTO intervention_member (intervention_id, member_id, position) VALUES ('iv-1', 'x', 9)");
    });
    EXPECT_FALSE(dangling.ok());
    const Household other
        = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Demir"), {}, {}, {} });
    Consent mismatched = consent();
    mismatched.householdId = other.id;
    const Status wrongHousehold = m_file->write([&](Database &db) { Kinds::consent().upsert(db, mismatched); });
    EXPECT_FALSE(wrongHousehold.ok());
    EXPECT_EQ(text("SELECT count(*) FROM consent WHERE id = ?1", QStringLiteral("co-1")), QStringLiteral("0"));
}
