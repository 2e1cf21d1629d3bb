// The shared family plan: versions, interventions in priority order, consents.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

class FamilyPlanRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("familie-plan-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Prøve"), {}, {}, {} });
        const auto member = [&](const char *name, MemberRole role) {
            HouseholdMember m;
            m.householdId = m_household.id;
            m.name = QString::fromUtf8(name);
            m.role = role;
            return m_caseload->households().createMember(m).value().id;
        };
        m_mother = member("Hanne", MemberRole::Adult);
        m_son = member("Oscar", MemberRole::Child);
        const auto departments = plans().departments().value();
        ASSERT_EQ(departments.size(), builtInDepartmentCodes().size());
        m_jobCentre = departments.at(0).id;
        m_family = departments.at(1).id;
        m_plan = *plans().createPlan(m_household.id);
    }

    FamilyPlanRepository &plans() { return m_caseload->plans(); }
    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    Intervention intervention(const QString &title, const QString &department, QStringList members)
    {
        Intervention i;
        i.planId = m_plan.id;
        i.departmentId = department;
        i.memberIds = std::move(members);
        i.title = title;
        i.responsiblePerson = QStringLiteral("Kim Koordinator");
        i.startDate = QDate(2026, 1, 1);
        return i;
    }

    Error expectRefused(const std::function<Status()> &write, const QString &field, Issue issue)
    {
        const QString before = dump();
        Status s = write();
        EXPECT_FALSE(s.ok()) << qPrintable(field);
        if (s.ok())
            return {};
        EXPECT_EQ(s.error().field, field);
        EXPECT_EQ(s.error().issue, issue) << qPrintable(field);
        EXPECT_EQ(dump(), before);
        return s.error();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    Household m_household;
    QString m_mother;
    QString m_son;
    QString m_jobCentre;
    QString m_family;
    FamilyPlan m_plan;
};

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

} // namespace

TEST_F(FamilyPlanRepositoryTest, InterventionsRoundTripInDepartmentAndPriorityOrder)
{
    EXPECT_EQ(m_plan.version, 1);
    EXPECT_EQ(m_plan.status, PlanStatus::Draft);
    auto a = plans().createIntervention(intervention(QStringLiteral("Virksomhedspraktik"), m_jobCentre, { m_mother }));
    auto b
        = plans().createIntervention(intervention(QStringLiteral("Familiebehandling"), m_family, { m_mother, m_son }));
    auto c = plans().createIntervention(intervention(QStringLiteral("Mentor"), m_jobCentre, { m_mother }));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    auto list = plans().interventions(m_plan.id).value();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0), *a) << "job centre first, in priority order";
    EXPECT_EQ(list.at(1), *c);
    EXPECT_EQ(list.at(2), *b);
    EXPECT_EQ(list.at(2).memberIds, QStringList({ m_mother, m_son }));

    ASSERT_TRUE(plans().reorderInterventions(m_plan.id, m_jobCentre, { c->id, a->id }).ok());
    EXPECT_EQ(plans().interventions(m_plan.id)->at(0).id, c->id);
    expectRefused([&] { return plans().reorderInterventions(m_plan.id, m_jobCentre, { c->id }); },
        QStringLiteral("ids"), Issue::UnknownReference);

    // Removing and putting back restores the positions exactly.
    const QString before = dump();
    const Intervention first = plans().interventions(m_plan.id)->at(0);
    ASSERT_TRUE(plans().removeIntervention(first.id).ok());
    EXPECT_EQ(plans().interventions(m_plan.id)->at(0).position, 0);
    ASSERT_TRUE(plans().putIntervention(first).ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(FamilyPlanRepositoryTest, RefusalsNameTheFieldAndChangeNothing)
{
    expectRefused([&] { return statusOf(plans().createIntervention(intervention({}, m_family, { m_son }))); },
        QStringLiteral("title"), Issue::Required);
    expectRefused([&] { return statusOf(plans().createIntervention(intervention(QStringLiteral("x"), m_family, {}))); },
        QStringLiteral("memberIds"), Issue::Required);
    Intervention backwards = intervention(QStringLiteral("x"), m_family, { m_son });
    backwards.endDate = QDate(2025, 12, 31);
    expectRefused([&] { return statusOf(plans().createIntervention(backwards)); }, QStringLiteral("endDate"),
        Issue::EndBeforeStart);
    expectRefused(
        [&] {
            return statusOf(
                plans().createIntervention(intervention(QStringLiteral("x"), m_family, { QStringLiteral("nobody") })));
        },
        QStringLiteral("memberIds"), Issue::UnknownReference);
    expectRefused(
        [&] { return statusOf(plans().createPlan(m_household.id)); }, QStringLiteral("householdId"), Issue::InUse);
    Consent late { {}, m_household.id, m_son, m_family, {}, QDate(2026, 5, 1), QDate(2026, 4, 1), {}, {}, {} };
    expectRefused(
        [&] { return statusOf(plans().createConsent(late)); }, QStringLiteral("expiresOn"), Issue::EndBeforeStart);
    expectRefused(
        [&] {
            return statusOf(plans().createGoal(FamilyGoal { {}, m_plan.id, QStringLiteral(" "), {}, 0, {}, {} }));
        },
        QStringLiteral("text"), Issue::Required);
}

TEST_F(FamilyPlanRepositoryTest, ASignedVersionStaysAndChangesGoIntoANewVersion)
{
    ASSERT_TRUE(plans()
                    .createGoal(FamilyGoal { {}, m_plan.id, QStringLiteral("Børnene trives i skolen"), {}, 0, {}, {} })
                    .ok());
    auto a = plans().createIntervention(intervention(QStringLiteral("Skolestøtte"), m_family, { m_son }));
    ASSERT_TRUE(a.ok());
    auto signedPlan = plans().signPlan(m_plan.id, QDate(2026, 3, 1));
    ASSERT_TRUE(signedPlan.ok());
    EXPECT_EQ(signedPlan->status, PlanStatus::Signed);
    Intervention changed = *a;
    changed.title = QStringLiteral("Ændret");
    const Error refused
        = expectRefused([&] { return plans().putIntervention(changed); }, QStringLiteral("planId"), Issue::Signed);
    EXPECT_EQ(refused.args, QVariantList({ 1 }));

    auto next = plans().startNewVersion(m_plan.id);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->version, 2);
    EXPECT_EQ(next->status, PlanStatus::Draft);
    const auto copied = plans().interventions(next->id).value();
    ASSERT_EQ(copied.size(), 1);
    EXPECT_EQ(copied.first().title, QStringLiteral("Skolestøtte"));
    EXPECT_NE(copied.first().id, a->id);
    EXPECT_EQ(plans().goals(next->id)->size(), 1);
    Intervention edited = copied.first();
    edited.title = QStringLiteral("Skolestøtte og lektiecafé");
    ASSERT_TRUE(plans().updateIntervention(edited).ok());
    EXPECT_EQ(plans().interventions(m_plan.id)->first().title, QStringLiteral("Skolestøtte")) << "version 1 kept";
    // Signed on a day that has come, and not before the version it replaces was signed.
    expectRefused([&] { return statusOf(plans().signPlan(next->id, QDate::currentDate().addDays(1))); },
        QStringLiteral("signedOn"), Issue::InvalidDate);
    expectRefused([&] { return statusOf(plans().signPlan(next->id, QDate(2026, 2, 28))); }, QStringLiteral("signedOn"),
        Issue::InvalidDate);
    const auto versions = plans().plans(m_household.id).value();
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions.first().version, 2);
    expectRefused([&] { return statusOf(plans().startNewVersion(m_plan.id)); }, QStringLiteral("planId"), Issue::InUse);
    expectRefused([&] { return plans().removePlan(m_plan.id); }, QStringLiteral("id"), Issue::InUse);
    ASSERT_TRUE(plans().removePlan(next->id).ok()) << "the newest version can be taken back (undo)";
}

TEST_F(FamilyPlanRepositoryTest, InterventionsWithoutValidConsentAreFlaggedNotRefused)
{
    auto work = plans().createIntervention(intervention(QStringLiteral("Praktik"), m_jobCentre, { m_mother }));
    auto family
        = plans().createIntervention(intervention(QStringLiteral("Familiebehandling"), m_family, { m_mother, m_son }));
    ASSERT_TRUE(work.ok() && family.ok()) << "no consent yet, still stored";
    const QDate day(2026, 6, 1);
    auto missing = plans().missingConsents(m_plan.id, day).value();
    EXPECT_EQ(missing.value(work->id), QStringList({ m_mother }));
    EXPECT_EQ(missing.value(family->id), QStringList({ m_mother, m_son }));

    ASSERT_TRUE(plans()
                    .createConsent(Consent { {}, m_household.id, m_mother, m_family,
                        QStringLiteral("Deling af oplysninger"), QDate(2026, 1, 1), {}, {}, {}, {} })
                    .ok());
    auto expired = plans().createConsent(
        Consent { {}, m_household.id, m_son, m_family, {}, QDate(2025, 1, 1), QDate(2026, 1, 1), {}, {}, {} });
    ASSERT_TRUE(expired.ok());
    auto withdrawn = plans().createConsent(
        Consent { {}, m_household.id, m_mother, m_jobCentre, {}, QDate(2026, 1, 1), {}, QDate(2026, 5, 1), {}, {} });
    ASSERT_TRUE(withdrawn.ok());
    missing = plans().missingConsents(m_plan.id, day).value();
    EXPECT_EQ(missing.value(family->id), QStringList({ m_son })) << "the son's consent expired";
    EXPECT_EQ(missing.value(work->id), QStringList({ m_mother })) << "withdrawn before the day";
    EXPECT_FALSE(plans().missingConsents(m_plan.id, QDate(2026, 4, 1))->contains(work->id))
        << "valid before withdrawal";
}

TEST_F(FamilyPlanRepositoryTest, FollowUpsDueAreListedFromTheNewestVersionOnly)
{
    Intervention soon = intervention(QStringLiteral("Opfølgning på praktik"), m_jobCentre, { m_mother });
    soon.nextFollowUp = QDate(2026, 6, 10);
    Intervention later = intervention(QStringLiteral("Senere"), m_family, { m_son });
    later.nextFollowUp = QDate(2026, 8, 1);
    ASSERT_TRUE(plans().createIntervention(soon).ok());
    ASSERT_TRUE(plans().createIntervention(later).ok());
    auto due = plans().dueFollowUps(QDate(2026, 6, 1), QDate(2026, 6, 14)).value();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().title, QStringLiteral("Opfølgning på praktik"));
    EXPECT_EQ(due.first().householdId, m_household.id);
    ASSERT_TRUE(plans().signPlan(m_plan.id, QDate(2026, 5, 1)).ok());
    ASSERT_TRUE(plans().startNewVersion(m_plan.id).ok());
    EXPECT_EQ(plans().dueFollowUps(QDate(2026, 6, 1), QDate(2026, 6, 14))->size(), 1) << "not twice";
}

TEST_F(FamilyPlanRepositoryTest, TheFileHasItsOwnDepartmentsAndOnesInUseAreArchivedNotDeleted)
{
    auto own = plans().createDepartment(Department { {}, {}, QStringLiteral("Ungeenheden"), 0, false, {}, {} });
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(plans().departments()->last(), *own);
    expectRefused(
        [&] {
            return statusOf(plans().createDepartment(Department { {}, {}, QStringLiteral(" "), 0, false, {}, {} }));
        },
        QStringLiteral("name"), Issue::Required);
    ASSERT_TRUE(plans().createIntervention(intervention(QStringLiteral("Ungementor"), own->id, { m_son })).ok());
    expectRefused([&] { return plans().removeDepartment(own->id); }, QStringLiteral("id"), Issue::InUse);
    Department archived = *own;
    archived.archived = true;
    ASSERT_TRUE(plans().updateDepartment(archived).ok());
    EXPECT_TRUE(plans().departments()->last().archived);
    auto unused = plans().createDepartment(Department { {}, {}, QStringLiteral("Midlertidig"), 0, false, {}, {} });
    ASSERT_TRUE(unused.ok());
    EXPECT_TRUE(plans().removeDepartment(unused->id).ok()) << "one nothing refers to can go (undo of its creation)";
}
