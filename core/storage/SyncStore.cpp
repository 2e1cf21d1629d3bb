#include "SyncStore.h"

#include "storage/CaseFile.h"
#include "storage/RecordRegistry.h"
#include "storage/SqlValues.h"
#include "storage/SqliteError.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Traedesten::Storage {

using Domain::AuditAction;

namespace {

// sync_state's keys.
const QString ServerKey = QStringLiteral("server");
const QString UserKey = QStringLiteral("user");
const QString PushedSeqKey = QStringLiteral("pushed_seq");
const QString PendingKey = QStringLiteral("pending_batch");
const QString PullTxKey = QStringLiteral("pull_tx");
const QString PullSeqKey = QStringLiteral("pull_seq");
const QString CaseAccessKey = QStringLiteral("case_access");

std::optional<QString> state(Database &db, const QString &key)
{
    Statement s = db.cached("SELECT value FROM sync_state WHERE key = ?1");
    s.bind(1, key);
    if (!s.next())
        return std::nullopt;
    return s.text(0);
}

void setState(Database &db, const QString &key, const QString &value)
{
    Statement s = db.cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)");
    s.bind(1, key).bind(2, value).run();
}

void clearState(Database &db, const QString &key)
{
    Statement s = db.cached("DELETE FROM sync_state WHERE key = ?1");
    s.bind(1, key).run();
}

void setCursor(Database &db, const PullCursor &next)
{
    setState(db, PullTxKey, QString::fromLatin1(next.tx));
    setState(db, PullSeqKey, QString::number(next.seq));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/**
 * How one kind's table stores its values, read from SQLite's own description of the table (column types,
 * NOT NULL, foreign keys), so that JSON from the server becomes the same values the program writes, and a
 * reference to a record this user may not see (a household member who is another support person's citizen)
 * is left out here rather than refused.
 */
class TableShape
{
public:
    TableShape(Database &db, const KindInfo &kind)
        : m_kind(&kind)
    {
        Statement info = db.prepare(("PRAGMA table_info(" + kind.table + ")").constData());
        while (info.next())
            m_columns.insert(info.text(1).toLatin1(), { info.text(2).toUpper().toLatin1(), info.int64(3) != 0 });
        m_foreign = foreignKeys(db, kind.table);
        for (const JoinListInfo &list : kind.lists) {
            const auto keys = foreignKeys(db, list.table);
            m_listTargets.insert(list.name, keys.value(list.valueColumn));
        }
        for (const QByteArray &name : kind.columns) {
            if (m_columns.contains(name))
                m_tableColumns.append(name);
        }
    }

    const QByteArrayList &tableColumns() const { return m_tableColumns; }

    /// The stored row as the server's JSON: integers and reals as numbers, receipts' bytes as base64.
    QJsonObject toJson(const RecordRow &row) const
    {
        QJsonObject out;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            if (it.key() == QLatin1String("id"))
                continue;
            const QVariant &v = it.value();
            switch (v.typeId()) {
            case QMetaType::LongLong:
                out.insert(it.key(), v.toLongLong());
                break;
            case QMetaType::Double:
                out.insert(it.key(), v.toDouble());
                break;
            case QMetaType::QByteArray:
                out.insert(it.key(), QString::fromLatin1(v.toByteArray().toBase64()));
                break;
            default:
                out.insert(it.key(), v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()));
            }
        }
        return out;
    }

    /// @p fields as this user can hold them: references to records not in this file left out (NULL, or
    /// dropped from a list). Empty when a required reference is missing (the record cannot be kept here).
    std::optional<QJsonObject> visible(Database &db, QJsonObject fields) const
    {
        for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
            const QJsonValue v = fields.value(QString::fromLatin1(it.key()));
            if (!v.isString() || exists(db, it.value(), v.toString()))
                continue;
            if (m_columns.value(it.key()).notNull)
                return std::nullopt;
            fields.insert(QString::fromLatin1(it.key()), QJsonValue::Null);
        }
        for (auto it = m_listTargets.cbegin(); it != m_listTargets.cend(); ++it) {
            const QString name = QString::fromLatin1(it.key());
            QStringList kept;
            const QStringList ids = fields.value(name).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &id : ids) {
                if (it.value().first.isEmpty() || exists(db, it.value(), id))
                    kept << id;
            }
            fields.insert(name, kept.join(QLatin1Char(',')));
        }
        return fields;
    }

    /// Writes @p fields as the record @p id (inserted, or overwritten when @p exists), with its join lists.
    void write(Database &db, const QString &id, const QJsonObject &fields, bool exists) const
    {
        // A plain INSERT or UPDATE, not an upsert: the outer statement's conflict clause would override the
        // INSERT OR REPLACE of the triggers that keep the derived tables (citizen_summary).
        QByteArray names = "id", values = "?1", updates;
        for (qsizetype i = 0; i < m_tableColumns.size(); ++i) {
            const QByteArray &c = m_tableColumns.at(i);
            if (c == "id")
                continue;
            const QByteArray parameter = "?" + QByteArray::number(i + 1);
            names += ", " + c;
            values += ", " + parameter;
            updates += QByteArray(updates.isEmpty() ? "" : ", ") + c + " = " + parameter;
        }
        Statement s = db.cached(exists ? "UPDATE " + m_kind->table + " SET " + updates + " WHERE id = ?1"
                                       : "INSERT INTO " + m_kind->table + " (" + names + ") VALUES (" + values + ")");
        s.bind(1, id);
        for (qsizetype i = 0; i < m_tableColumns.size(); ++i) {
            const QByteArray &c = m_tableColumns.at(i);
            if (c != "id")
                bindValue(s, static_cast<int>(i) + 1, m_columns.value(c).type, fields.value(QString::fromLatin1(c)));
        }
        s.run();
        for (const JoinListInfo &list : m_kind->lists) {
            Statement clear = db.cached("DELETE FROM " + list.table + " WHERE " + list.ownerColumn + " = ?1");
            clear.bind(1, id).run();
            Statement insert = db.cached("INSERT INTO " + list.table + " (" + list.ownerColumn + ", " + list.valueColumn
                + ", position) VALUES (?1, ?2, ?3)");
            const QStringList ids
                = fields.value(QString::fromLatin1(list.name)).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < ids.size(); ++i) {
                insert.bind(1, id).bind(2, ids.at(i)).bind(3, static_cast<int>(i)).run();
                insert.reset();
            }
        }
    }

    /// For a list value pushed to the server: the ids here plus those of @p base this user cannot see
    /// (a link to a goal of another support person's citizen stays).
    QJsonValue withHidden(Database &db, const QString &name, const QJsonValue &local, const QJsonValue &base) const
    {
        const auto target = m_listTargets.find(name.toLatin1());
        if (target == m_listTargets.end())
            return local;
        QStringList ids = local.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : base.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!ids.contains(id) && !exists(db, target.value(), id))
                ids << id;
        }
        return ids.join(QLatin1Char(','));
    }

    /// A single reference column whose base value points at a record not here: the NULL shown here
    /// is not a change of the person's.
    bool hiddenReference(Database &db, const QString &name, const QJsonValue &base) const
    {
        const auto target = m_foreign.find(name.toLatin1());
        return target != m_foreign.end() && base.isString() && !exists(db, target.value(), base.toString());
    }

private:
    struct ColumnInfo
    {
        QByteArray type;
        bool notNull = false;
    };
    using Target = std::pair<QByteArray, QByteArray>; // table, column

    static QHash<QByteArray, Target> foreignKeys(Database &db, const QByteArray &table)
    {
        QHash<QByteArray, Target> keys;
        Statement fk = db.prepare(("PRAGMA foreign_key_list(" + table + ")").constData());
        while (fk.next())
            keys.insert(fk.text(3).toLatin1(), { fk.text(2).toLatin1(), fk.text(4).toLatin1() });
        return keys;
    }

    static bool exists(Database &db, const Target &target, const QString &id)
    {
        Statement s = db.cached("SELECT 1 FROM " + target.first + " WHERE " + target.second + " = ?1");
        s.bind(1, id);
        return s.next();
    }

    static void bindValue(Statement &s, int index, const QByteArray &type, const QJsonValue &v)
    {
        if (v.isNull() || v.isUndefined())
            s.bindNull(index);
        else if (type.contains("INT"))
            s.bind(index, v.isDouble() ? v.toInteger() : v.toString().toLongLong());
        else if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
            s.bind(index, v.toDouble());
        else if (type.contains("BLOB"))
            s.bindBlob(index, QByteArray::fromBase64(v.toString().toLatin1()));
        else
            s.bind(index, v.isString() ? v.toString() : jsonValueText(v));
    }

    const KindInfo *m_kind;
    QHash<QByteArray, ColumnInfo> m_columns;
    QByteArrayList m_tableColumns;
    QHash<QByteArray, Target> m_foreign;
    QHash<QByteArray, Target> m_listTargets;
};

/// Every kind's shape, read once per transaction.
class Shapes
{
public:
    explicit Shapes(Database &db)
        : m_db(db)
    { }
    const TableShape &of(const KindInfo &kind)
    {
        auto it = m_shapes.find(&kind);
        if (it == m_shapes.end())
            it = m_shapes.emplace(&kind, m_db, kind);
        return it.value();
    }

private:
    Database &m_db;
    QHash<const KindInfo *, TableShape> m_shapes;
};

int kindOrder(const QString &auditName)
{
    const auto &kinds = RecordRegistry::kinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i)->auditName == auditName)
            return static_cast<int>(i);
    }
    return static_cast<int>(kinds.size());
}

QString caseOf(Database &db, const KindInfo &kind, const QString &id)
{
    Statement s = db.cached("SELECT " + kind.caseOf + " FROM " + kind.table + " WHERE id = ?1");
    s.bind(1, id);
    return s.next() ? s.text(0) : QString();
}

struct Base
{
    QString caseId;
    QString parentId;
    qint64 version = 0;
    QJsonObject fields;
};

std::optional<Base> baseOf(Database &db, const QString &kind, const QString &id)
{
    Statement s = db.cached("SELECT case_id, parent_id, version, fields FROM sync_base WHERE kind = ?1 AND id = ?2");
    s.bind(1, kind).bind(2, id);
    if (!s.next())
        return std::nullopt;
    return Base { s.text(0), s.text(1), s.int64(2), parseObject(s.text(3)) };
}

void setBase(Database &db, const KindInfo &kind, const QString &id, const QString &caseId, qint64 version,
    const QJsonObject &fields)
{
    Statement s = db.cached("INSERT OR REPLACE INTO sync_base (kind, id, case_id, parent_id, version, fields) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const QString parent
        = kind.parentColumn.isEmpty() ? QString() : fields.value(QString::fromLatin1(kind.parentColumn)).toString();
    s.bind(1, kind.auditName).bind(2, id).bind(3, caseId);
    SqlValues::bindOptional(s, 4, parent);
    s.bind(5, version).bind(6, compact(fields)).run();
}

bool citizenHere(Database &db, const QString &id)
{
    Statement s = db.cached("SELECT 1 FROM citizen WHERE id = ?1");
    s.bind(1, id);
    return s.next();
}

/// The citizen a record's audit event names: its case, when that is a citizen in this file.
QString citizenOfCase(Database &db, const QString &caseId)
{
    return citizenHere(db, caseId) ? caseId : QString();
}

/// The household whose plan views hear of a change: the case, when it is neither a citizen nor the catalogue.
QString householdOfCase(Database &db, const QString &caseId)
{
    return caseId == QLatin1String("catalogue") || citizenHere(db, caseId) ? QString() : caseId;
}

/// Fills in what the conflict's record and case are called in this file, for a person to recognise them.
void describe(Database &db, SyncConflict &c)
{
    if (const KindInfo *kind = RecordRegistry::byAuditName(c.kind)) {
        for (const char *column : { "title", "own_words", "name", "payee", "description", "text" }) {
            if (!kind->columns.contains(column))
                continue;
            Statement s = db.cached("SELECT " + QByteArray(column) + " FROM " + kind->table + " WHERE id = ?1");
            s.bind(1, c.recordId);
            if (s.next())
                c.title = s.text(0);
            break;
        }
    }
    if (c.field == QLatin1String("budget_cap") && c.title.isEmpty())
        c.title = c.mine.toObject().value(QStringLiteral("payee")).toString();
    for (const char *table : { "citizen", "household" }) {
        Statement s = db.cached("SELECT name FROM " + QByteArray(table) + " WHERE id = ?1");
        s.bind(1, c.caseId);
        if (s.next()) {
            c.caseName = s.text(0);
            break;
        }
    }
}

/// Every record changed here since audit sequence @p seq (the outbox), or every record when @p all.
QList<ChangedRecord> changedHere(Database &db, qint64 seq, bool all)
{
    if (!all)
        return RecordRegistry::changedSince(db, seq);
    QList<ChangedRecord> every;
    for (const KindInfo *kind : RecordRegistry::kinds()) {
        Statement s = db.prepare(("SELECT id FROM " + kind->table).constData());
        while (s.next())
            every.append(ChangedRecord { kind, s.text(0), 0, false });
    }
    return every;
}

/// The ids of records changed here and not yet pushed ("kind:id").
QSet<QString> unpushed(Database &db)
{
    QSet<QString> ids;
    const std::optional<QString> pushed = state(db, PushedSeqKey);
    if (!pushed)
        return ids; // never pushed: the first push sends everything, after the first pull if need be
    for (const ChangedRecord &c : RecordRegistry::changedSince(db, pushed->toLongLong()))
        ids.insert(c.kind->auditName + QLatin1Char(':') + c.id);
    return ids;
}

/// What the person changed here in a record, against the record as the server last had it: the changed
/// fields to push and their base values. Not real when only its timestamps differ.
struct LocalChange
{
    QJsonObject fields;
    QJsonObject base;
    bool real = false;
};

LocalChange localChange(Database &db, const TableShape &shape, const QJsonObject &local, const QJsonObject &base)
{
    LocalChange change;
    for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
        const QJsonValue was = base.value(it.key());
        QJsonValue now = it.value();
        if (now == was)
            continue;
        if (now.isNull() && shape.hiddenReference(db, it.key(), was))
            continue; // a reference this user cannot see, not a change
        now = shape.withHidden(db, it.key(), now, was);
        if (now == was)
            continue;
        change.fields.insert(it.key(), now);
        change.base.insert(it.key(), was);
        change.real
            = change.real || (it.key() != QLatin1String("updated_at") && it.key() != QLatin1String("created_at"));
    }
    return change;
}

enum class Applied {
    Unchanged, ///< nothing to do here (already so, older than what the file has, or waiting to be pushed)
    Changed, ///< the file changed
    NotYet, ///< it cannot be kept here yet (its parent has not arrived): parked and tried again
};

/**
 * Applies one record from the server. A version the file already has (or an older one: the server's order
 * is by transaction start, not commit, so an older version can arrive after a newer) changes nothing; a
 * record changed here and not yet pushed stays as the person left it, for the next push to merge; one that
 * already reads the same only gets its base (a push of this file's own coming back is not news).
 */
Applied applyRecord(CaseFile &file, Database &db, Shapes &shapes, const QSet<QString> &waiting, const SyncChange &c)
{
    const KindInfo *kind = RecordRegistry::byAuditName(c.kind);
    if (!kind)
        return Applied::Unchanged; // a kind of a newer version
    const std::optional<Base> base = baseOf(db, c.kind, c.id);
    if (base && c.version <= base->version)
        return Applied::Unchanged;
    const TableShape &shape = shapes.of(*kind);
    const RecordRow here = RecordRegistry::record(db, *kind, c.id);
    const bool exists = !here.id.isEmpty();
    if (waiting.contains(c.kind + QLatin1Char(':') + c.id)) {
        if (!exists && base)
            return Applied::Unchanged; // deleted here: the tombstone goes with the next push
        if (exists && (!base || localChange(db, shape, shape.toJson(here), base->fields).real))
            return Applied::Unchanged;
    }
    if (c.deleted) {
        // The base stays, without content, so an older version arriving late is known as older.
        setBase(db, *kind, c.id, c.caseId, c.version, {});
        if (!exists)
            return Applied::Unchanged;
        const QString caseId = caseOf(db, *kind, c.id);
        file.recordReceived(AuditAction::RecordDeleted, *kind, c.id, citizenOfCase(db, caseId),
            householdOfCase(db, caseId), true, c.author);
        Statement s = db.cached("DELETE FROM " + kind->table + " WHERE id = ?1");
        s.bind(1, c.id).run();
        return Applied::Changed;
    }
    const std::optional<QJsonObject> shown = shape.visible(db, c.fields);
    if (!shown)
        return Applied::NotYet;
    setBase(db, *kind, c.id, c.caseId, c.version, c.fields);
    if (exists && shape.toJson(here) == *shown)
        return Applied::Unchanged;
    shape.write(db, c.id, *shown, exists);
    file.recordReceived(exists ? AuditAction::RecordUpdated : AuditAction::RecordCreated, *kind, c.id,
        citizenOfCase(db, c.caseId), householdOfCase(db, c.caseId), true, c.author);
    return Applied::Changed;
}

const QString NotApplied = QStringLiteral("not_applied");

SyncChange changeFromJson(const QJsonObject &o)
{
    return SyncChange { o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("id")).toString(),
        o.value(QStringLiteral("case_id")).toString(), o.value(QStringLiteral("version")).toInteger(),
        o.value(QStringLiteral("fields")).toObject(), {}, o.value(QStringLiteral("deleted")).toBool(), false, {} };
}

/**
 * Applies @p changes in order, each on its own savepoint: one the file cannot take (a parent not here yet,
 * a rule of this file's schema it would break) is parked in sync_refusal with its change and tried again
 * after every later pull, instead of stopping every synchronisation after it. Then tries the parked ones.
 */
int applyAll(CaseFile &file, Database &db, const QList<SyncChange> &changes)
{
    Shapes shapes(db);
    const QSet<QString> waiting = unpushed(db);
    int changed = 0;
    const auto attempt = [&](const SyncChange &c) {
        Applied result = Applied::Unchanged;
        const Status s = db.transaction([&] { result = applyRecord(file, db, shapes, waiting, c); });
        return s ? result : Applied::NotYet;
    };
    Statement park = db.cached("INSERT OR REPLACE INTO sync_refusal (kind, id, case_id, reason, at, change) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement unpark = db.cached("DELETE FROM sync_refusal WHERE kind = ?1 AND id = ?2 AND reason = ?3");
    for (const SyncChange &c : changes) {
        const Applied result = attempt(c);
        if (result == Applied::NotYet) {
            park.bind(1, c.kind).bind(2, c.id).bind(3, c.caseId).bind(4, NotApplied);
            SqlValues::bindTimestamp(park, 5, SqlValues::now());
            park.bind(6,
                compact(QJsonObject { { QStringLiteral("kind"), c.kind }, { QStringLiteral("id"), c.id },
                    { QStringLiteral("case_id"), c.caseId }, { QStringLiteral("version"), c.version },
                    { QStringLiteral("fields"), c.fields }, { QStringLiteral("deleted"), c.deleted } }));
            park.run();
            park.reset();
            continue;
        }
        changed += result == Applied::Changed ? 1 : 0;
    }
    QList<SyncChange> parked;
    {
        Statement s = db.cached("SELECT change FROM sync_refusal WHERE reason = ?1");
        s.bind(1, NotApplied);
        while (s.next())
            parked.append(changeFromJson(parseObject(s.text(0))));
    }
    std::stable_sort(parked.begin(), parked.end(),
        [](const SyncChange &a, const SyncChange &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    for (const SyncChange &c : parked) {
        const Applied result = attempt(c);
        if (result == Applied::NotYet)
            continue;
        unpark.bind(1, c.kind).bind(2, c.id).bind(3, NotApplied).run();
        unpark.reset();
        changed += result == Applied::Changed ? 1 : 0;
    }
    return changed;
}

void sortParentsFirst(QList<SyncChange> &changes)
{
    std::stable_sort(changes.begin(), changes.end(),
        [](const SyncChange &a, const SyncChange &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
}

} // namespace

QString jsonValueText(const QJsonValue &value)
{
    // A bare value as JSON text (QJsonDocument takes only objects and arrays).
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue jsonValueFromText(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8()).array().at(0);
}

QJsonObject SyncChange::toJson() const
{
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), id },
        { QStringLiteral("case_id"), caseId }, { QStringLiteral("base_version"), version },
        { QStringLiteral("fields"), fields }, { QStringLiteral("base"), base }, { QStringLiteral("deleted"), deleted },
        { QStringLiteral("append_only"), appendOnly } };
}

QByteArray OutgoingBatch::changesJson() const
{
    QJsonArray array;
    for (const SyncChange &c : changes)
        array.append(c.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Status SyncStore::bindServer(CaseFile &file, const QString &serverId, const QString &user)
{
    return file.write([&](Database &db) {
        const std::optional<QString> server = state(db, ServerKey);
        const std::optional<QString> bound = state(db, UserKey);
        if (server && (*server != serverId || bound.value_or(QString()) != user))
            throw SqliteError(Error { ErrorCode::SyncOtherServer,
                QStringLiteral("the file is synchronised with another team server or as another user") });
        if (!server) {
            setState(db, ServerKey, serverId);
            setState(db, UserKey, user);
        }
    });
}

Result<OutgoingBatch> SyncStore::outgoing(CaseFile &file)
{
    OutgoingBatch batch;
    const Status s = file.write([&](Database &db) {
        if (const std::optional<QString> pending = state(db, PendingKey)) {
            const QJsonObject kept = parseObject(*pending);
            batch.batchId = kept.value(QStringLiteral("batch_id")).toString();
            batch.uptoSeq = kept.value(QStringLiteral("upto_seq")).toInteger();
            for (const QJsonValue &v : kept.value(QStringLiteral("changes")).toArray()) {
                const QJsonObject o = v.toObject();
                batch.changes.append(SyncChange { o.value(QStringLiteral("kind")).toString(),
                    o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("case_id")).toString(),
                    o.value(QStringLiteral("base_version")).toInteger(), o.value(QStringLiteral("fields")).toObject(),
                    o.value(QStringLiteral("base")).toObject(), o.value(QStringLiteral("deleted")).toBool(),
                    o.value(QStringLiteral("append_only")).toBool(), {} });
            }
            for (const QJsonValue &v : kept.value(QStringLiteral("erased")).toArray())
                batch.erasedCitizens << v.toString();
            for (const QJsonValue &v : kept.value(QStringLiteral("resolutions")).toArray())
                batch.resolutions.append({ v.toArray().at(0).toInteger(), v.toArray().at(1) });
            batch.resent = true;
            return;
        }
        const std::optional<QString> pushedSeq = state(db, PushedSeqKey);
        const qint64 from = pushedSeq ? pushedSeq->toLongLong() : 0;
        {
            Statement upto = db.prepare("SELECT COALESCE(max(seq), 0) FROM audit_event");
            upto.next();
            batch.uptoSeq = upto.int64(0);
        }
        Shapes shapes(db);
        QList<SyncChange> deletions;
        QSet<QString> tombstoned;
        // A deleted record's children went with it (ON DELETE CASCADE) without events of their own: each
        // one the server has gets its tombstone too, children before their parents.
        std::function<void(const QString &, const QString &, const Base &)> tombstone
            = [&](const QString &kind, const QString &id, const Base &base) {
                  if (tombstoned.contains(kind + QLatin1Char(':') + id))
                      return;
                  tombstoned.insert(kind + QLatin1Char(':') + id);
                  Statement children = db.prepare("SELECT kind, id FROM sync_base WHERE parent_id = ?1");
                  children.bind(1, id);
                  QList<std::pair<QString, QString>> found;
                  while (children.next())
                      found.append({ children.text(0), children.text(1) });
                  for (const auto &[childKind, childId] : found) {
                      const KindInfo *k = RecordRegistry::byAuditName(childKind);
                      if (k && !RecordRegistry::record(db, *k, childId).id.isEmpty())
                          continue; // moved, not deleted
                      if (const std::optional<Base> b = baseOf(db, childKind, childId))
                          tombstone(childKind, childId, *b);
                  }
                  deletions.append(SyncChange { kind, id, base.caseId, base.version, {}, {}, true, false, {} });
              };
        for (const ChangedRecord &c : changedHere(db, from, !pushedSeq)) {
            const std::optional<Base> base = baseOf(db, c.kind->auditName, c.id);
            const RecordRow row = c.deleted ? RecordRow {} : RecordRegistry::record(db, *c.kind, c.id);
            if (row.id.isEmpty()) {
                if (base)
                    tombstone(c.kind->auditName, c.id, *base);
                continue;
            }
            const TableShape &shape = shapes.of(*c.kind);
            const QJsonObject local = shape.toJson(row);
            SyncChange change { c.kind->auditName, c.id, caseOf(db, *c.kind, c.id), 0, {}, {}, false,
                c.kind->appendOnly, {} };
            if (!base) {
                change.fields = local;
            } else {
                change.version = base->version;
                const LocalChange diff = localChange(db, shape, local, base->fields);
                if (!diff.real)
                    continue;
                change.fields = diff.fields;
                change.base = diff.base;
            }
            batch.changes.append(change);
        }
        sortParentsFirst(batch.changes);
        // Deletions after everything else, children before their parents (a department only after the
        // interventions that name it), so every program can apply them in this order.
        std::stable_sort(deletions.begin(), deletions.end(),
            [](const SyncChange &a, const SyncChange &b) { return kindOrder(a.kind) > kindOrder(b.kind); });
        batch.changes.append(deletions);

        Statement erased
            = db.prepare("SELECT DISTINCT entity_id FROM audit_event WHERE seq > ?1 AND action = 'citizen.erased'");
        erased.bind(1, from);
        while (erased.next())
            batch.erasedCitizens << erased.text(0);
        Statement resolved = db.prepare("SELECT id, resolution FROM sync_conflict WHERE resolution IS NOT NULL");
        while (resolved.next())
            batch.resolutions.append({ resolved.int64(0), jsonValueFromText(resolved.text(1)) });

        batch.batchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (batch.isEmpty()) {
            setState(db, PushedSeqKey, QString::number(batch.uptoSeq)); // nothing to send: nothing to keep
            return;
        }
        QJsonArray changes, erasedIds, resolutions;
        for (const SyncChange &c : batch.changes)
            changes.append(c.toJson());
        for (const QString &id : batch.erasedCitizens)
            erasedIds.append(id);
        for (const auto &[id, value] : batch.resolutions)
            resolutions.append(QJsonArray { id, value });
        setState(db, PendingKey,
            compact(QJsonObject { { QStringLiteral("batch_id"), batch.batchId },
                { QStringLiteral("upto_seq"), batch.uptoSeq }, { QStringLiteral("changes"), changes },
                { QStringLiteral("erased"), erasedIds }, { QStringLiteral("resolutions"), resolutions } }));
    });
    if (!s)
        return s.error();
    return batch;
}

Status SyncStore::pushed(CaseFile &file, const OutgoingBatch &batch, const QJsonObject &answer)
{
    return file.write([&](Database &db) {
        clearState(db, PendingKey);
        setState(db, PushedSeqKey, QString::number(batch.uptoSeq));
        Statement keep = db.cached("INSERT OR REPLACE INTO sync_refusal (kind, id, case_id, reason, at, change) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, NULL)");
        for (const QJsonValue &v : answer.value(QStringLiteral("refused")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            QString caseId;
            for (const SyncChange &c : batch.changes) {
                if (c.id == id)
                    caseId = c.caseId;
            }
            keep.bind(1, o.value(QStringLiteral("kind")).toString()).bind(2, id).bind(3, caseId);
            keep.bind(4, o.value(QStringLiteral("reason")).toString());
            SqlValues::bindTimestamp(keep, 5, SqlValues::now());
            keep.run();
            keep.reset();
        }
        // A resolution sent is the server's now: the conflict comes back only if it is still open there.
        Statement gone = db.cached("DELETE FROM sync_conflict WHERE id = ?1");
        for (const auto &resolution : batch.resolutions) {
            gone.bind(1, resolution.first).run();
            gone.reset();
        }
        // Each record as the push left it on the server is its new base at once (and where the server kept
        // its own value of a field, a conflict, that value is shown here), so the next change is pushed
        // against it even if the pull that would bring it is held back.
        QList<SyncChange> records;
        for (const QJsonValue &v : answer.value(QStringLiteral("records")).toArray())
            records.append(changeFromJson(v.toObject()));
        applyAll(file, db, records);
    });
}

Result<PullCursor> SyncStore::cursor(CaseFile &file)
{
    return file.read([](Database &db) {
        PullCursor c;
        c.tx = state(db, PullTxKey).value_or(QStringLiteral("0")).toLatin1();
        c.seq = state(db, PullSeqKey).value_or(QStringLiteral("0")).toLongLong();
        return c;
    });
}

Result<int> SyncStore::applyPulled(CaseFile &file, const QList<SyncChange> &changes, const PullCursor &next)
{
    int changed = 0;
    const Status s = file.write([&](Database &db) {
        changed = applyAll(file, db, changes);
        setCursor(db, next);
    });
    if (!s)
        return s.error();
    return changed;
}

Result<int> SyncStore::applySnapshot(CaseFile &file, const QList<SyncChange> &records, const PullCursor &next)
{
    QList<SyncChange> ordered = records;
    sortParentsFirst(ordered);
    return applyPulled(file, ordered, next);
}

Result<int> SyncStore::removeCase(CaseFile &file, const QString &caseId, bool erased, const PullCursor &next)
{
    int removed = 0;
    const Status s = file.write([&](Database &db) {
        const QString citizen = citizenOfCase(db, caseId);
        const QString household = householdOfCase(db, caseId);
        const auto &kinds = RecordRegistry::kinds();
        for (auto k = kinds.crbegin(); k != kinds.crend(); ++k) { // children first
            const KindInfo &kind = **k;
            if (kind.caseOf == "'catalogue'")
                continue;
            Statement ids
                = db.prepare(("SELECT id FROM " + kind.table + " WHERE " + kind.caseOf + " = ?1").constData());
            ids.bind(1, caseId);
            QStringList found;
            while (ids.next())
                found << ids.text(0);
            for (const QString &id : found) {
                file.recordReceived(AuditAction::RecordDeleted, kind, id, citizen, household, false);
                Statement del = db.cached("DELETE FROM " + kind.table + " WHERE id = ?1");
                del.bind(1, id).run();
                ++removed;
            }
        }
        qint64 forgotten = 0;
        for (const char *table : { "sync_base", "sync_conflict", "sync_refusal" }) {
            Statement del = db.prepare((QByteArray("DELETE FROM ") + table + " WHERE case_id = ?1").constData());
            del.bind(1, caseId).run();
            forgotten += db.changes();
        }
        // One content-free event for the whole case, as a local erasure writes; none for a case this file
        // never held (its own erasure coming back, a household it never saw).
        if (removed > 0 || forgotten > 0)
            file.appendEvent(erased ? AuditAction::CitizenErased : AuditAction::CaseWithdrawn,
                citizen.isEmpty() ? QStringLiteral("household") : QStringLiteral("citizen"), caseId, citizen);
        setCursor(db, next);
    });
    if (!s)
        return s.error();
    return removed;
}

Result<bool> SyncStore::holdsCase(CaseFile &file, const QString &caseId)
{
    return file.read([&](Database &db) {
        Statement s = db.cached("SELECT 1 FROM sync_base WHERE case_id = ?1 LIMIT 1");
        s.bind(1, caseId);
        return s.next() || citizenHere(db, caseId);
    });
}

void SyncStore::forgetCitizen(Database &db, const QString &citizenId, const QStringList &removed)
{
    // The citizen's own records are erased on the server by its erase(); records of other cases that went
    // with them (their household membership, interventions and consents) keep a base without content, so
    // the next push sends their tombstones.
    Statement empty = db.cached("UPDATE sync_base SET fields = '{}', parent_id = NULL WHERE kind = ?1 AND id = ?2");
    Statement conflicts = db.cached("DELETE FROM sync_conflict WHERE kind = ?1 AND record_id = ?2");
    for (const QString &record : removed) {
        const qsizetype colon = record.indexOf(QLatin1Char(':'));
        const QString kind = record.left(colon);
        const QString id = record.mid(colon + 1);
        empty.bind(1, kind).bind(2, id).run();
        empty.reset();
        conflicts.bind(1, kind).bind(2, id).run();
        conflicts.reset();
    }
    for (const char *table : { "sync_base", "sync_conflict", "sync_refusal" }) {
        Statement del = db.prepare((QByteArray("DELETE FROM ") + table + " WHERE case_id = ?1").constData());
        del.bind(1, citizenId).run();
    }
    if (const std::optional<QString> pending = state(db, PendingKey)) {
        QJsonObject kept = parseObject(*pending);
        QJsonArray changes;
        for (const QJsonValue &v : kept.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("case_id")).toString() != citizenId
                && !removed.contains(c.value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                    + c.value(QStringLiteral("id")).toString()))
                changes.append(c);
        }
        kept.insert(QStringLiteral("changes"), changes);
        QJsonArray erased = kept.value(QStringLiteral("erased")).toArray();
        erased.append(citizenId);
        kept.insert(QStringLiteral("erased"), erased);
        setState(db, PendingKey, compact(kept));
    }
}

Status SyncStore::replaceConflicts(CaseFile &file, const QList<SyncConflict> &open)
{
    return file.write([&](Database &db) {
        QHash<qint64, QString> chosen;
        {
            Statement kept = db.prepare("SELECT id, resolution FROM sync_conflict WHERE resolution IS NOT NULL");
            while (kept.next())
                chosen.insert(kept.int64(0), kept.text(1));
        }
        db.execute("DELETE FROM sync_conflict");
        Statement insert
            = db.cached("INSERT INTO sync_conflict (id, kind, record_id, case_id, field, base, mine, "
                        "theirs, who, at, resolution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
        for (const SyncConflict &c : open) {
            insert.bind(1, c.id).bind(2, c.kind).bind(3, c.recordId).bind(4, c.caseId).bind(5, c.field);
            insert.bind(6, jsonValueText(c.base)).bind(7, jsonValueText(c.mine)).bind(8, jsonValueText(c.theirs));
            insert.bind(9, c.who);
            SqlValues::bindTimestamp(insert, 10, c.at);
            SqlValues::bindOptional(insert, 11, chosen.value(c.id));
            insert.run();
            insert.reset();
        }
    });
}

Result<QList<SyncConflict>> SyncStore::conflicts(CaseFile &file)
{
    return file.read([](Database &db) {
        QList<SyncConflict> list;
        Statement s = db.prepare("SELECT id, kind, record_id, case_id, field, base, mine, theirs, who, at, resolution "
                                 "FROM sync_conflict ORDER BY at, id");
        while (s.next()) {
            SyncConflict c { s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4), jsonValueFromText(s.text(5)),
                jsonValueFromText(s.text(6)), jsonValueFromText(s.text(7)), s.text(8), SqlValues::timestampAt(s, 9),
                std::nullopt, {}, {} };
            if (!s.isNull(10))
                c.resolution = jsonValueFromText(s.text(10));
            describe(db, c);
            list.append(c);
        }
        return list;
    });
}

Status SyncStore::resolve(CaseFile &file, qint64 conflictId, const std::optional<QJsonValue> &value)
{
    return file.write([&](Database &db) {
        Statement s = db.cached("UPDATE sync_conflict SET resolution = ?2 WHERE id = ?1");
        s.bind(1, conflictId);
        SqlValues::bindOptional(s, 2, value ? jsonValueText(*value) : QString());
        s.run();
        if (db.changes() == 0)
            throw SqliteError(Error { ErrorCode::AlreadySynced, QStringLiteral("the conflict is no longer here") });
    });
}

Result<QByteArray> SyncStore::caseAccess(CaseFile &file)
{
    return file.read([](Database &db) { return state(db, CaseAccessKey).value_or(QString()).toUtf8(); });
}

Status SyncStore::setCaseAccess(CaseFile &file, const QByteArray &json)
{
    return file.write([&](Database &db) { setState(db, CaseAccessKey, QString::fromUtf8(json)); });
}

Result<QJsonArray> SyncStore::refusals(CaseFile &file)
{
    return file.read([](Database &db) {
        QJsonArray list;
        Statement s = db.prepare("SELECT kind, id, case_id, reason FROM sync_refusal ORDER BY at DESC");
        while (s.next())
            list.append(QJsonObject { { QStringLiteral("kind"), s.text(0) }, { QStringLiteral("id"), s.text(1) },
                { QStringLiteral("case_id"), s.text(2) }, { QStringLiteral("reason"), s.text(3) } });
        return list;
    });
}

Result<int> SyncStore::waitingChanges(CaseFile &file)
{
    return file.read([](Database &db) {
        if (const std::optional<QString> pushed = state(db, PushedSeqKey))
            return static_cast<int>(RecordRegistry::changedSince(db, pushed->toLongLong()).size());
        // Never pushed: every record waits. Counted by SQLite, not read (this runs after each change).
        qint64 records = 0;
        for (const KindInfo *kind : RecordRegistry::kinds()) {
            Statement s = db.cached("SELECT count(*) FROM " + kind->table);
            if (s.next())
                records += s.int64(0);
        }
        return static_cast<int>(records);
    });
}

} // namespace Traedesten::Storage
