#include "RecordRegistry.h"

#include "storage/BudgetKinds.h"
#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"

#include <QHash>

#include <algorithm>

namespace Traedesten::Storage {

namespace {

RecordRow rowAt(const KindInfo &kind, const Statement &s)
{
    RecordRow row { &kind, s.text(0), {} };
    for (qsizetype i = 0; i < kind.columns.size(); ++i)
        row.values.insert(QString::fromLatin1(kind.columns.at(i)), s.value(static_cast<int>(i)));
    return row;
}

} // namespace

const QList<const KindInfo *> &RecordRegistry::kinds()
{
    static const QList<const KindInfo *> all {
        &Kinds::household(),
        &Kinds::citizen(),
        &Kinds::householdMember(),
        &Kinds::goal(),
        &Kinds::steppingStone(),
        &Kinds::note(),
        &Kinds::spendingCategory(),
        &Kinds::budget(),
        &Kinds::ledgerEntry(),
        &Kinds::attachment(),
        // The family plan: departments before the interventions, consents and benefits that name them.
        &Kinds::department(),
        &Kinds::familyPlan(),
        &Kinds::familyGoal(),
        &Kinds::intervention(),
        &Kinds::consent(),
        &Kinds::indicator(),
        &Kinds::measurement(),
        &Kinds::benefitType(),
        &Kinds::benefit(),
    };
    return all;
}

const KindInfo *RecordRegistry::byType(EntityType type)
{
    for (const KindInfo *kind : kinds()) {
        if (kind->type == type)
            return kind;
    }
    return nullptr;
}

const KindInfo *RecordRegistry::byAuditName(const QString &auditName)
{
    for (const KindInfo *kind : kinds()) {
        if (kind->auditName == auditName)
            return kind;
    }
    return nullptr;
}

QList<RecordRow> RecordRegistry::recordsOfCitizen(Database &db, const QString &citizenId)
{
    QList<RecordRow> rows;
    for (const KindInfo *kind : kinds()) {
        if (kind->ofCitizen.isEmpty())
            continue;
        QByteArray sql = kind->select + " WHERE " + kind->ofCitizen;
        if (!kind->orderBy.isEmpty())
            sql += " ORDER BY " + kind->orderBy;
        Statement s = db.prepare(sql.constData());
        s.bind(1, citizenId);
        while (s.next())
            rows.append(rowAt(*kind, s));
    }
    return rows;
}

RecordRow RecordRegistry::record(Database &db, const KindInfo &kind, const QString &id)
{
    Statement s = db.cached(kind.select + " WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? rowAt(kind, s) : RecordRow { &kind, {}, {} };
}

QList<ChangedRecord> RecordRegistry::changedSince(Database &db, qint64 seq)
{
    // The latest event of each record decides whether it still exists (SQLite takes the bare column
    // "action" from the row of max(seq)).
    Statement s = db.prepare(R"sql(
        SELECT entity_type, entity_id, max(seq), action FROM audit_event
        WHERE seq > ?1 AND entity_id IS NOT NULL
          AND action IN ('record.created', 'record.updated', 'record.deleted', 'records.reordered')
        GROUP BY entity_type, entity_id
    )sql");
    s.bind(1, seq);
    QHash<std::pair<const KindInfo *, QString>, ChangedRecord> latest;
    const auto note = [&](const ChangedRecord &c) {
        auto it = latest.find({ c.kind, c.id });
        if (it == latest.end())
            latest.insert({ c.kind, c.id }, c);
        else if (it->seq < c.seq)
            *it = c;
    };
    while (s.next()) {
        const KindInfo *kind = byAuditName(s.text(0));
        if (!kind)
            continue;
        if (s.text(3) != QLatin1String("records.reordered")) {
            note(ChangedRecord { kind, s.text(1), s.int64(2), s.text(3) == QLatin1String("record.deleted") });
            continue;
        }
        // A reorder names the parent; each of its children got a new position.
        if (kind->parentColumn.isEmpty())
            continue;
        Statement children
            = db.prepare(("SELECT id FROM " + kind->table + " WHERE " + kind->parentColumn + " = ?1").constData());
        children.bind(1, s.text(1));
        while (children.next())
            note(ChangedRecord { kind, children.text(0), s.int64(2), false });
    }
    QList<ChangedRecord> changed = latest.values();
    std::sort(changed.begin(), changed.end(),
        [](const ChangedRecord &a, const ChangedRecord &b) { return a.seq != b.seq ? a.seq < b.seq : a.id < b.id; });
    return changed;
}

} // namespace Traedesten::Storage
