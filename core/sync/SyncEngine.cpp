#include "SyncEngine.h"

#include "storage/CaseFile.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Traedesten::Sync {

using Storage::PullCursor;
using Storage::SyncChange;
using Storage::SyncStore;

namespace {

/// An error whose SQLSTATE says the request cannot succeed as it stands (no access, already resolved, a
/// check refused it): retrying would not help, so it is dropped rather than retried for ever.
bool settled(const Error &e)
{
    return e.code == ErrorCode::ServerRefused || e.detail.startsWith(QLatin1String("23"))
        || e.detail.startsWith(QLatin1String("42704"));
}

/// A transaction PostgreSQL rolled back because of another one running at the same time: deadlock
/// (40P01), serialisation failure (40001), or a unique key both inserted (23505).
bool retryable(const Error &e)
{
    return e.detail.startsWith(QLatin1String("40P01")) || e.detail.startsWith(QLatin1String("40001"))
        || e.detail.startsWith(QLatin1String("23505"));
}

} // namespace

SyncEngine::SyncEngine(Storage::CaseFile &file, PgConnection &connection)
    : m_file(file)
    , m_connection(connection)
{ }

Result<SyncReport> SyncEngine::sync()
{
    if (Status s = ServerSchema::checkCompatible(m_connection); !s)
        return s.error();
    auto installation = m_connection.exec("SELECT id::text FROM traedesten.installation");
    if (!installation)
        return installation.error();
    if (Status s = onFile([&] { return SyncStore::bindServer(m_file, installation->text(0, 0), m_connection.user()); });
        !s)
        return s.error();

    SyncReport report;
    if (Status s = push(report); !s)
        return s.error();
    if (Status s = pull(report); !s)
        return s.error();
    if (Status s = refreshConflicts(report); !s)
        return s.error();
    return report;
}

Status SyncEngine::push(SyncReport &report)
{
    auto batch = onFile([&] { return SyncStore::outgoing(m_file); });
    if (!batch)
        return batch.error();
    if (batch->isEmpty())
        return {};
    report.resent = batch->resent;
    QJsonObject result;
    if (!batch->changes.isEmpty()) {
        const QByteArray changes = batch->changesJson();
        auto answer = m_connection.exec(
            "SELECT traedesten.push_batch($1::uuid, $2::jsonb)", { batch->batchId.toUtf8(), changes });
        // Another program's push of the same records at the same moment can make PostgreSQL roll this one
        // back whole (a deadlock it broke, a new record inserted by both): it is simply sent again.
        for (int attempt = 1; !answer && attempt < 5 && retryable(answer.error()); ++attempt)
            answer = m_connection.exec(
                "SELECT traedesten.push_batch($1::uuid, $2::jsonb)", { batch->batchId.toUtf8(), changes });
        if (!answer)
            return answer.error();
        if (m_afterPush) {
            if (Status s = m_afterPush(); !s)
                return s; // the answer is lost: the batch stays in the file and is sent again
        }
        result = QJsonDocument::fromJson(answer->text(0, 0).toUtf8()).object();
        report.pushed += result.value(QStringLiteral("applied")).toInt();
        report.conflicts += result.value(QStringLiteral("conflicts")).toInt();
        report.refused += static_cast<int>(result.value(QStringLiteral("refused")).toArray().size());
    }
    // Erasures and resolutions are idempotent on the server (erasing a case that is gone, resolving a
    // conflict already resolved are refused), so a retry repeats them harmlessly.
    // An erasure that fails for another reason than not being the owner's (a citizen erased here that was
    // only shared with this user leaves only this file) stays in the batch and is tried again.
    for (const QString &citizen : batch->erasedCitizens) {
        auto erased = m_connection.exec("SELECT traedesten.erase(o.case_id) FROM traedesten.case_owner o "
                                        "WHERE o.case_id = $1 AND o.owner = session_user",
            { citizen.toUtf8() });
        if (!erased && erased.code() != ErrorCode::ServerRefused)
            return erased.error();
    }
    for (const auto &[conflict, value] : batch->resolutions) {
        auto resolved = m_connection.exec("SELECT traedesten.resolve_conflict($1::bigint, $2::jsonb)",
            { QByteArray::number(conflict), Storage::jsonValueText(value).toUtf8() });
        if (!resolved && !settled(resolved.error()))
            return resolved.error();
    }
    return onFile([&] { return SyncStore::pushed(m_file, *batch, result); });
}

Result<QList<SyncChange>> SyncEngine::snapshot(const QString &caseId)
{
    auto rows = m_connection.exec(
        "SELECT kind, id, version, fields::text, deleted FROM traedesten.snapshot($1)", { caseId.toUtf8() });
    if (!rows)
        return rows.error();
    QList<SyncChange> records;
    for (int i = 0; i < rows->rows(); ++i) {
        records.append(SyncChange { rows->text(i, 0), rows->text(i, 1), caseId, rows->int64(i, 2),
            QJsonDocument::fromJson(rows->text(i, 3).toUtf8()).object(), {}, rows->text(i, 4) == QLatin1String("t"),
            false, {} });
    }
    return records;
}

Status SyncEngine::pull(SyncReport &report)
{
    auto from = onFile([&] { return SyncStore::cursor(m_file); });
    if (!from)
        return from.error();
    PullCursor cursor = *from;
    PullCursor saved = cursor; // what the file holds
    for (;;) {
        auto rows = m_connection.exec("SELECT tx::text, seq, kind, id, case_id, version, fields::text, deleted, "
                                      "author FROM traedesten.pull($1::xid8, $2::bigint, $3::integer)",
            { cursor.tx, QByteArray::number(cursor.seq), QByteArray::number(m_pageSize) });
        if (!rows)
            return rows.error();
        QList<SyncChange> records;
        // Records are applied in runs; an access change between them is dealt with in its place in the
        // server's order, each step moving the cursor in the same transaction as its effect.
        const auto flush = [&]() -> Status {
            if (records.isEmpty() && cursor.tx == saved.tx && cursor.seq == saved.seq)
                return {};
            auto applied = onFile([&] { return SyncStore::applyPulled(m_file, records, cursor); });
            records.clear();
            if (!applied)
                return applied.error();
            saved = cursor;
            report.received += *applied;
            return {};
        };
        for (int i = 0; i < rows->rows(); ++i) {
            const PullCursor at { rows->text(i, 0).toLatin1(), rows->int64(i, 1) };
            const QString kind = rows->text(i, 2);
            const QString caseId = rows->text(i, 4);
            const QJsonObject fields = QJsonDocument::fromJson(rows->text(i, 6).toUtf8()).object();
            if (kind == QLatin1String("cursor")) { // the server looked this far and found nothing for us
                cursor = at;
                continue;
            }
            if (kind != QLatin1String("access")) {
                records.append(SyncChange { kind, rows->text(i, 3), caseId, rows->int64(i, 5), fields, {},
                    rows->text(i, 7) == QLatin1String("t"), false, rows->text(i, 8) });
                cursor = at;
                continue;
            }
            if (Status s = flush(); !s)
                return s;
            cursor = at;
            // What this user may do now decides, not what the change says: after a withdrawn share a team
            // may still give access.
            const bool erased = fields.value(QStringLiteral("access")).toString() == QLatin1String("erased");
            auto access = m_connection.exec("SELECT traedesten.my_access($1)", { caseId.toUtf8() });
            if (!access)
                return access.error();
            if (erased || access->isNull(0, 0)) {
                auto held = onFile([&] { return SyncStore::holdsCase(m_file, caseId); });
                if (!held)
                    return held.error();
                auto removed = onFile([&] { return SyncStore::removeCase(m_file, caseId, erased, cursor); });
                if (!removed)
                    return removed.error();
                saved = cursor;
                if (*held)
                    ++(erased ? report.casesErased : report.casesRemoved);
                continue;
            }
            auto whole = snapshot(caseId);
            if (!whole)
                return whole.error();
            auto applied = onFile([&] { return SyncStore::applySnapshot(m_file, *whole, cursor); });
            if (!applied)
                return applied.error();
            saved = cursor;
            report.received += *applied;
            ++report.casesAdded;
        }
        if (Status s = flush(); !s)
            return s;
        if (rows->rows() == 0)
            return {};
    }
}

Status SyncEngine::refreshConflicts(SyncReport &report)
{
    auto rows = m_connection.exec("SELECT id, kind, record_id, case_id, field, base::text, mine::text, theirs::text, "
                                  "who, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                                  "FROM traedesten.conflict WHERE resolved_at IS NULL ORDER BY id");
    if (!rows)
        return rows.error();
    QList<Storage::SyncConflict> open;
    for (int i = 0; i < rows->rows(); ++i) {
        open.append(Storage::SyncConflict { rows->int64(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3),
            rows->text(i, 4), Storage::jsonValueFromText(rows->text(i, 5)),
            Storage::jsonValueFromText(rows->text(i, 6)), Storage::jsonValueFromText(rows->text(i, 7)),
            rows->text(i, 8), QDateTime::fromString(rows->text(i, 9), Qt::ISODateWithMs), std::nullopt, {}, {} });
    }
    report.openConflicts = static_cast<int>(open.size());
    return onFile([&] { return SyncStore::replaceConflicts(m_file, open); });
}

Status SyncEngine::transfer(const QString &caseId, const QString &to)
{
    auto done = m_connection.exec("SELECT traedesten.transfer($1, $2)", { caseId.toUtf8(), to.toUtf8() });
    return done.status();
}

Status SyncEngine::share(const QString &caseId, const QString &with, bool canWrite, const QString &department)
{
    auto done = m_connection.exec("SELECT traedesten.share($1, $2, $3::boolean, $4)",
        { caseId.toUtf8(), with.toUtf8(), canWrite ? QByteArray("true") : QByteArray("false"),
            department.isEmpty() ? QByteArray() : department.toUtf8() });
    return done.status();
}

Status SyncEngine::unshare(const QString &caseId, const QString &with)
{
    auto done = m_connection.exec("SELECT traedesten.unshare($1, $2)", { caseId.toUtf8(), with.toUtf8() });
    return done.status();
}

} // namespace Traedesten::Sync
