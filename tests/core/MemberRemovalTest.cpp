// Removing a household member is one use case: the member goes with what points at them (consents,
// benefits, their place in every intervention, the interventions for them alone), in one transaction, each
// removal logged; putting them back restores the file exactly.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/RecordRegistry.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

class MemberRemovalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("medlem-fjernes-helt-9"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);

        Citizen c;
        c.name = QStringLiteral("Maja Holm");
        const Citizen maja = m_caseload->citizens().create(c).value();
        m_household = m_caseload->households()
                          .createForCitizen(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} }, maja.id)
                          ->household.id;
        m_maja = m_caseload->households().members(m_household)->value(0).id;
        HouseholdMember m;
        m.householdId = m_household;
        m.name = QStringLiteral("Emil");
        m.role = MemberRole::Child;
        m_emil = m_caseload->households().createMember(m).value().id;

        // Version 1, signed, and the draft version 2 copied from it: Emil is named in both.
        const QString first = plans().createPlan(m_household)->id;
        intervention(first, "Familiebehandling", { m_maja, m_emil }, "family");
        intervention(first, "Støtte i skolen", { m_emil }, "school");
        intervention(first, "Kontaktperson", { m_emil }, "family");
        intervention(first, "Forældrekursus", { m_maja }, "family");
        ASSERT_TRUE(plans().signPlan(first, QDate::currentDate()).ok());
        m_draft = plans().startNewVersion(first)->id;

        Consent consent;
        consent.householdId = m_household;
        consent.memberId = m_emil;
        consent.departmentId = QStringLiteral("school");
        consent.givenOn = QDate(2026, 2, 1);
        ASSERT_TRUE(plans().createConsent(consent).ok());
        consent.memberId = m_maja;
        ASSERT_TRUE(plans().createConsent(consent).ok());
        Benefit benefit;
        benefit.memberId = m_emil;
        benefit.typeId = QStringLiteral("contact_person");
        benefit.departmentId = QStringLiteral("family");
        benefit.monthlyCostMinor = 450000;
        benefit.startDate = QDate(2026, 1, 1);
        ASSERT_TRUE(m_caseload->benefits().createBenefit(benefit).ok());
    }

    FamilyPlanRepository &plans() { return m_caseload->plans(); }
    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }
    qint64 audits() { return TestKit::auditCount(*m_file->database()); }

    void intervention(const QString &planId, const char *title, const QStringList &members, const char *department)
    {
        Intervention i;
        i.planId = planId;
        i.title = QString::fromUtf8(title);
        i.memberIds = members;
        i.departmentId = QString::fromLatin1(department);
        i.status = InterventionStatus::Active;
        ASSERT_TRUE(plans().createIntervention(i).ok());
    }

    /// Each version's interventions: "title (members) @position", in the plan's order.
    QStringList interventions(const QString &planId)
    {
        QStringList out;
        for (const Intervention &i : plans().interventions(planId).value()) {
            QStringList names;
            for (const QString &id : i.memberIds)
                names << (id == m_maja ? QStringLiteral("Maja") : id == m_emil ? QStringLiteral("Emil") : id);
            out << QStringLiteral("%1 (%2) @%3")
                       .arg(i.title, names.join(QLatin1Char(',')), QString::number(i.position));
        }
        return out;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_household;
    QString m_maja;
    QString m_emil;
    QString m_draft;
};

} // namespace

TEST_F(MemberRemovalTest, TheMemberGoesWithWhatPointsAtThemAndComesBackExactly)
{
    ASSERT_EQ(interventions(m_draft),
        (QStringList { QStringLiteral("Familiebehandling (Maja,Emil) @0"), QStringLiteral("Kontaktperson (Emil) @1"),
            QStringLiteral("Forældrekursus (Maja) @2"), QStringLiteral("Støtte i skolen (Emil) @0") }));
    const QString before = dump();
    const qint64 auditsBefore = audits();

    // Asked first: what would go, with nothing written.
    const auto preview = m_caseload->households().dependentsOfMember(m_emil);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->consents.size(), 1);
    EXPECT_EQ(preview->benefits.size(), 1);
    EXPECT_EQ(preview->interventions.size(), 6) << "three in each version";
    EXPECT_EQ(preview->interventionsRemoved(), 4) << "two for Emil alone in each version";
    EXPECT_EQ(dump(), before);

    QSignalSpy changed(&m_caseload->notifier(), &ChangeNotifier::changed);
    QSignalSpy planChanged(&m_caseload->notifier(), &ChangeNotifier::planChanged);
    const auto removed = m_caseload->households().removeMember(m_emil);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(*removed, *preview);
    const QString after = dump();

    // The household, the plan and the money no longer know Emil; the others keep their order, without gaps.
    EXPECT_EQ(m_caseload->households().members(m_household)->size(), 1);
    EXPECT_EQ(interventions(m_draft),
        (QStringList { QStringLiteral("Familiebehandling (Maja) @0"), QStringLiteral("Forældrekursus (Maja) @1") }));
    EXPECT_EQ(plans().consents(m_household)->size(), 1);
    EXPECT_TRUE(m_caseload->benefits().benefits(m_household)->isEmpty());
    // Logged one by one: member, consent, benefit, four interventions removed, two changed.
    EXPECT_EQ(audits(), auditsBefore + 9);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(planChanged.count(), 1) << "one announcement for the household's plan, after the commit";
    const auto since = m_file->read([&](Database &db) { return RecordRegistry::changedSince(db, 0); });
    ASSERT_TRUE(since.ok());
    int deleted = 0;
    for (const ChangedRecord &c : *since)
        deleted += c.deleted ? 1 : 0;
    EXPECT_EQ(deleted, 7);

    // Undo: everything back, exactly; redo: exactly the same removal.
    ASSERT_TRUE(m_caseload->households().restoreMember(*removed).ok());
    EXPECT_EQ(dump(), before);
    const auto again = m_caseload->households().removeMember(m_emil);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *removed);
    EXPECT_EQ(dump(), after);

    // Putting back a member who is there, or removing one who is not, is refused and writes nothing.
    const qint64 auditsNow = audits();
    const auto unknown = m_caseload->households().removeMember(m_emil);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().issue, Issue::UnknownReference);
    ASSERT_TRUE(m_caseload->households().restoreMember(*removed).ok());
    const QString restored = dump();
    EXPECT_FALSE(m_caseload->households().restoreMember(*removed).ok());
    EXPECT_EQ(dump(), restored);
    EXPECT_EQ(audits(), auditsNow + 9);
}

TEST_F(MemberRemovalTest, ANewPlanVersionAndItsRemovalAreLoggedRecordByRecord)
{
    const qint64 auditsBefore = audits();
    ASSERT_TRUE(plans().signPlan(m_draft, QDate::currentDate()).ok());
    const auto third = plans().startNewVersion(m_draft);
    ASSERT_TRUE(third.ok());
    // The version, and a copy of each of its four interventions.
    EXPECT_EQ(audits(), auditsBefore + 1 + 5);
    const QStringList copied = interventions(third->id);
    EXPECT_EQ(copied.size(), 4);
    const auto goals = plans().goals(third->id).value();
    const auto list = plans().interventions(third->id).value();
    ASSERT_TRUE(plans().removePlan(third->id).ok());
    EXPECT_EQ(audits(), auditsBefore + 1 + 5 + 5);
    ASSERT_TRUE(plans().restorePlan(*third, goals, list).ok());
    EXPECT_EQ(interventions(third->id), copied);
}
