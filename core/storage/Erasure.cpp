#include "Erasure.h"

#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/RecordRegistry.h"
#include "storage/SqlValues.h"
#include "storage/SyncStore.h"

#include <QSet>

namespace Traedesten::Storage {

using namespace Domain;

namespace {

/// One kind's records that go, selected by SQL with the citizen bound as ?1.
struct Part
{
    EntityType type;
    const char *where;
};

// Children before their parents, so no ON DELETE RESTRICT (a purchase's stepping stone) stops a deletion and
// every record is deleted, and logged, by itself.
const Part Parts[] = {
    { EntityType::Attachment,
        "entry_id IN (SELECT e.id FROM ledger_entry e JOIN budget b ON b.id = e.budget_id WHERE b.citizen_id = ?1)" },
    { EntityType::LedgerEntry, "budget_id IN (SELECT id FROM budget WHERE citizen_id = ?1)" },
    { EntityType::Budget, "citizen_id = ?1" },
    { EntityType::Measurement, "citizen_id = ?1" },
    { EntityType::Note, "citizen_id = ?1" },
    // Family goals linked only to the citizen's own goals, and every family goal of a household that goes.
    { EntityType::FamilyGoal,
        "(id IN (SELECT l.family_goal_id FROM family_goal_link l JOIN goal g ON g.id = l.goal_id "
        "WHERE g.citizen_id = ?1) AND NOT EXISTS (SELECT 1 FROM family_goal_link l JOIN goal g ON g.id = l.goal_id "
        "WHERE l.family_goal_id = family_goal.id AND g.citizen_id <> ?1)) "
        "OR plan_id IN (SELECT id FROM family_plan WHERE household_id IN (SELECT id FROM erased_household))" },
    { EntityType::SteppingStone, "goal_id IN (SELECT id FROM goal WHERE citizen_id = ?1)" },
    { EntityType::Goal, "citizen_id = ?1" },
    // Interventions for the citizen alone, and every intervention of a household that goes.
    { EntityType::Intervention,
        "(id IN (SELECT im.intervention_id FROM intervention_member im JOIN household_member m ON m.id = "
        "im.member_id WHERE m.citizen_id = ?1) AND NOT EXISTS (SELECT 1 FROM intervention_member im JOIN "
        "household_member m ON m.id = im.member_id WHERE im.intervention_id = intervention.id "
        "AND m.citizen_id IS NOT ?1)) "
        "OR plan_id IN (SELECT id FROM family_plan WHERE household_id IN (SELECT id FROM erased_household))" },
    { EntityType::Consent,
        "member_id IN (SELECT id FROM household_member WHERE citizen_id = ?1) "
        "OR household_id IN (SELECT id FROM erased_household)" },
    { EntityType::Benefit, "member_id IN (SELECT id FROM household_member WHERE citizen_id = ?1)" },
    { EntityType::FamilyPlan, "household_id IN (SELECT id FROM erased_household)" },
    { EntityType::HouseholdMember, "citizen_id = ?1" },
    { EntityType::Citizen, "id = ?1" },
    { EntityType::Household, "id IN (SELECT id FROM erased_household)" },
};

// The citizen's households (by their record or as a member) in which no one else is left: they go too.
constexpr const char *ErasedHousehold = R"sql(
    erased_household AS (
        SELECT h.id FROM household h
        WHERE (h.id IN (SELECT household_id FROM citizen WHERE id = ?1)
               OR h.id IN (SELECT household_id FROM household_member WHERE citizen_id = ?1))
          AND NOT EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = h.id AND m.citizen_id IS NOT ?1)
          AND NOT EXISTS (SELECT 1 FROM citizen c WHERE c.household_id = h.id AND c.id <> ?1))
)sql";

struct Doomed
{
    const KindInfo *kind;
    QStringList ids;
    QStringList households; ///< per id: the household whose family plan it belongs to, if any
};

/// The records that go, in deletion order; refuses an unknown or active citizen.
QList<Doomed> doomed(Database &db, const QString &citizenId, Citizen *citizen)
{
    const auto found = Kinds::citizen().find(db, citizenId);
    if (!found)
        throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::UnknownReference));
    if (found->status != CitizenStatus::Closed)
        throw SqliteError(Error { ErrorCode::CaseNotClosed, QStringLiteral("the case is not closed") });
    if (citizen)
        *citizen = *found;
    QList<Doomed> result;
    for (const Part &part : Parts) {
        const KindInfo *kind = RecordRegistry::byType(part.type);
        Q_ASSERT(kind);
        QByteArray householdOf = "NULL";
        if (part.type == EntityType::FamilyGoal || part.type == EntityType::Intervention)
            householdOf = "(SELECT p.household_id FROM family_plan p WHERE p.id = " + kind->table + ".plan_id)";
        else if (part.type == EntityType::FamilyPlan || part.type == EntityType::Consent
            || part.type == EntityType::HouseholdMember)
            householdOf = kind->table + ".household_id";
        const QByteArray sql = QByteArray("WITH ") + ErasedHousehold + " SELECT id, " + householdOf + " FROM "
            + kind->table + " WHERE " + part.where + " ORDER BY id";
        Statement s = db.prepare(sql.constData());
        s.bind(1, citizenId);
        Doomed d { kind, {}, {} };
        while (s.next()) {
            d.ids.append(s.text(0));
            d.households.append(s.text(1));
        }
        if (!d.ids.isEmpty())
            result.append(d);
    }
    return result;
}

/// Positions 0..n-1 again among the children of the parents in @p parents, after some were deleted.
void renumber(
    Database &db, const char *table, const char *partition, const QSet<QString> &parents, const char *parentColumn)
{
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET position = (SELECT r.n FROM (SELECT id, "
        + "row_number() OVER (PARTITION BY " + partition + " ORDER BY position, created_at, id) - 1 AS n FROM " + table
        + " WHERE " + parentColumn + " = ?1) r WHERE r.id = " + table + ".id) WHERE " + parentColumn + " = ?1";
    Statement s = db.prepare(sql.constData());
    for (const QString &parent : parents) {
        s.bind(1, parent).run();
        s.reset();
    }
}

} // namespace

Result<ErasureSummary> Erasure::preview(CaseFile &file, const QString &citizenId)
{
    return file.read([&](Database &db) {
        Citizen citizen;
        const QList<Doomed> all = doomed(db, citizenId, &citizen);
        ErasureSummary summary { citizenId, citizen.name, citizen.endDate, {} };
        for (const Doomed &d : all) {
            if (d.kind->type != EntityType::Citizen)
                summary.counts.insert(d.kind->type, static_cast<int>(d.ids.size()));
        }
        return summary;
    });
}

Status Erasure::erase(CaseFile &file, const QString &citizenId)
{
    return file.write([&](Database &db) {
        const QList<Doomed> all = doomed(db, citizenId, nullptr);
        QSet<QString> memberHouseholds, goalPlans, interventionPlans;
        QStringList removed;
        for (const Doomed &d : all) {
            for (qsizetype i = 0; i < d.ids.size(); ++i) {
                const QString &id = d.ids.at(i);
                if (d.kind->type == EntityType::HouseholdMember)
                    memberHouseholds.insert(RecordRegistry::record(db, *d.kind, id)
                                                .values.value(QStringLiteral("household_id"))
                                                .toString());
                else if (d.kind->type == EntityType::FamilyGoal || d.kind->type == EntityType::Intervention)
                    (d.kind->type == EntityType::FamilyGoal ? goalPlans : interventionPlans)
                        .insert(
                            RecordRegistry::record(db, *d.kind, id).values.value(QStringLiteral("plan_id")).toString());
                // Each deletion is logged as such (ids only), so what changed since a point stays known.
                file.removeRecord(*d.kind, id, citizenId, d.households.at(i));
                removed << d.kind->auditName + QLatin1Char(':') + id;
            }
        }
        // What stays keeps its order without gaps.
        renumber(db, "household_member", "household_id", memberHouseholds, "household_id");
        renumber(db, "family_goal", "plan_id", goalPlans, "plan_id");
        renumber(db, "intervention", "plan_id, department_id", interventionPlans, "plan_id");
        SyncStore::forgetCitizen(db, citizenId, removed);
        file.appendEvent(AuditAction::CitizenErased, QStringLiteral("citizen"), citizenId, citizenId);
    });
}

QDate Erasure::retentionCutoff(int years, const QDate &today)
{
    return today.addYears(-std::max(1, years));
}

Result<int> Erasure::retentionYears(CaseFile &file)
{
    auto value = file.setting(FileSetting::RetentionYears);
    if (!value)
        return value.error();
    bool ok = false;
    const int years = value->toInt(&ok);
    return ok && years >= 1 ? years : fileSettingDefault(FileSetting::RetentionYears).toInt();
}

Result<QList<RetentionCase>> Erasure::pastRetention(CaseFile &file, const QDate &today)
{
    auto years = retentionYears(file);
    if (!years)
        return years.error();
    const QDate cutoff = retentionCutoff(*years, today);
    return file.read([&](Database &db) {
        Statement s = db.prepare(R"sql(
            SELECT id, name, COALESCE(end_date, substr(updated_at, 1, 10)) AS closed, support_person
            FROM citizen WHERE status = 'closed' AND COALESCE(end_date, substr(updated_at, 1, 10)) < ?1
            ORDER BY closed, name COLLATE NOCASE
        )sql");
        SqlValues::bindDate(s, 1, cutoff);
        QList<RetentionCase> cases;
        while (s.next())
            cases.append(RetentionCase { s.text(0), s.text(1), SqlValues::dateAt(s, 2), s.text(3) });
        return cases;
    });
}

} // namespace Traedesten::Storage
