// The rules the family plan's screen and print share: missing consents, and who signs.
#include "domain/FamilyPlanRules.h"

#include <gtest/gtest.h>

using namespace Traedesten::Domain;

namespace {

Intervention intervention(const char *id, const char *department, std::initializer_list<const char *> members)
{
    Intervention i;
    i.id = QString::fromLatin1(id);
    i.departmentId = QString::fromLatin1(department);
    for (const char *m : members)
        i.memberIds << QString::fromLatin1(m);
    return i;
}

Consent consent(const char *member, const char *department, QDate given, QDate expires = {}, QDate withdrawn = {})
{
    Consent c;
    c.memberId = QString::fromLatin1(member);
    c.departmentId = QString::fromLatin1(department);
    c.givenOn = given;
    c.expiresOn = expires;
    c.withdrawnOn = withdrawn;
    return c;
}

HouseholdMember member(MemberRole role, int birthYear, bool responsible = false, const char *citizen = "")
{
    HouseholdMember m;
    m.role = role;
    m.birthYear = birthYear;
    m.parentalResponsibility = responsible;
    m.citizenId = QString::fromLatin1(citizen);
    return m;
}

} // namespace

TEST(FamilyPlanRules, AConsentIsMissingForEachMemberWithoutOneValidOnTheDayToTheDepartment)
{
    const QDate day(2026, 11, 30);
    const QList<Intervention> interventions { intervention("job", "job_centre", { "mother" }),
        intervention("school", "school", { "agnes", "oscar", "alma" }), intervention("none", "family", {}) };
    const QList<Consent> consents {
        consent("mother", "job_centre", QDate(2026, 1, 1)),
        consent("agnes", "school", QDate(2026, 1, 1), QDate(2026, 12, 31)), // still valid
        consent("oscar", "school", QDate(2026, 1, 1), {}, QDate(2026, 11, 30)), // withdrawn that day
        consent("alma", "school", QDate(2026, 1, 1), QDate(2026, 11, 29)), // expired the day before
        consent("alma", "family", QDate(2026, 1, 1)), // another department does not count
    };
    const auto missing = missingConsents(interventions, consents, day);
    EXPECT_EQ(missing.size(), 1);
    EXPECT_EQ(
        missing.value(QStringLiteral("school")), (QStringList { QStringLiteral("oscar"), QStringLiteral("alma") }));
    EXPECT_FALSE(missing.contains(QStringLiteral("job")));
    EXPECT_TRUE(missingConsents(interventions, consents, QDate(2026, 11, 29)).isEmpty())
        << "the day before, Oscar's consent was not yet withdrawn and Alma's had not yet expired";
}

TEST(FamilyPlanRules, ParentsCitizensAndYoungPeopleFromFifteenSignButYoungChildrenDoNot)
{
    const QDate day(2026, 11, 30);
    EXPECT_TRUE(signsFamilyPlan(member(MemberRole::Adult, 1980, true), {}, day));
    EXPECT_TRUE(signsFamilyPlan(member(MemberRole::Adult, 1980, false, "citizen"), {}, day)) << "their own plan";
    EXPECT_FALSE(signsFamilyPlan(member(MemberRole::Adult, 1980, false), {}, day)) << "no parental responsibility";
    EXPECT_FALSE(signsFamilyPlan(member(MemberRole::Child, 2015), {}, day)) << "11 years old";
    EXPECT_FALSE(signsFamilyPlan(member(MemberRole::Child, 2012), {}, day)) << "14 in 2026";
    EXPECT_TRUE(signsFamilyPlan(member(MemberRole::Child, 2011), {}, day)) << "15 in the plan's year";
    EXPECT_TRUE(signsFamilyPlan(member(MemberRole::Child, 2009), {}, day));
    EXPECT_FALSE(signsFamilyPlan(member(MemberRole::Child, 0), {}, day)) << "no age known: not assumed 15";
    // With a birth date, the day counts: 15 on 30 November 2026, not on the 29th.
    const HouseholdMember agnes = member(MemberRole::Child, 2011);
    EXPECT_TRUE(signsFamilyPlan(agnes, QDate(2011, 11, 30), day));
    EXPECT_FALSE(signsFamilyPlan(agnes, QDate(2011, 12, 1), day));
    EXPECT_FALSE(signsFamilyPlan(agnes, QDate(2011, 11, 30), QDate(2026, 11, 29)));
}
