#pragma once

#include "storage/Column.h"
#include "storage/Database.h"
#include "storage/RecordChange.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Traedesten::Storage {

/**
 * What every kind of record has, independent of its C++ type: the registry (RecordRegistry) and the audit
 * log work with this.
 */
struct KindInfo
{
    EntityType type;
    /// The name the audit log uses for the kind (entity_type), e.g. "stepping_stone".
    QString auditName;
    /// The table, and its primary key column "id".
    QByteArray table;
    /// An SQL condition on the table's rows that picks the records of the citizen bound as ?1 (with its
    /// children: a goal's stepping stones, a budget's entries); empty when the kind belongs to no citizen.
    QByteArray ofCitizen;
    /// The ORDER BY of a list of these records.
    QByteArray orderBy;
    /// The parent's column (e.g. "goal_id" for a stepping stone), empty for a top-level record.
    QByteArray parentColumn;
    /// An SQL expression over a row of the table (not aliased) giving the case the record is shared in on
    /// the team server: the citizen's id for a citizen's course, the household's id for a household and its
    /// family plan, 'catalogue' for the catalogues every user shares (docs/team-server-design.md).
    QByteArray caseOf;
    /// Records that are added, not edited in place by two people at once (ledger entries, journal notes,
    /// measurements, receipts): the server merges them by id.
    bool appendOnly = false;
    /// The value names, "id" first, in the order of the kind's Column list, then its join lists' names.
    QByteArrayList columns;
    /// "SELECT <every value> FROM <table>": the columns, then each join list as comma-joined ids.
    QByteArray select {};
    /// The lists kept in join tables (their rows go with the record: ON DELETE CASCADE).
    QList<JoinListInfo> lists {};
};

/**
 * One kind of record: its table and columns, how a row becomes the record and how the record is bound to
 * a statement. Storage, undo, demo data, export, erasure and sync all go through it, so a new column is
 * its migration plus one line here. Operations throw SqliteError and run inside the caller's transaction.
 */
template<typename T> class RecordKind : public KindInfo
{
public:
    RecordKind(KindInfo info, QList<Column<T>> mapped, QList<JoinList<T>> joinLists = {})
        : KindInfo(std::move(info))
        , m_columns(std::move(mapped))
        , m_lists(std::move(joinLists))
    {
        QByteArray list, values, updates;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QByteArray name(m_columns.at(i).name);
            this->columns.append(name);
            const QByteArray sep = i ? QByteArray(", ") : QByteArray();
            const QByteArray parameter = '?' + QByteArray::number(i + 1);
            list += sep + name;
            values += sep + parameter;
            if (i > 0)
                updates += QByteArray(updates.isEmpty() ? "" : ", ") + name + " = " + parameter;
        }
        Q_ASSERT(this->columns.value(0) == "id" && !updates.isEmpty());
        QByteArray selected = list;
        for (const JoinList<T> &l : m_lists) {
            const JoinListInfo &j = l.info;
            this->columns.append(j.name);
            this->lists.append(j);
            selected += ", (SELECT group_concat(" + j.valueColumn + ", ',' ORDER BY position) FROM " + j.table
                + " WHERE " + j.table + '.' + j.ownerColumn + " = " + table + ".id)";
        }
        m_select = "SELECT " + selected + " FROM " + table;
        this->select = m_select;
        m_exists = "SELECT 1 FROM " + table + " WHERE id = ?1";
        m_insert = "INSERT INTO " + table + " (" + list + ") VALUES (" + values + ")";
        m_update = "UPDATE " + table + " SET " + updates + " WHERE id = ?1";
    }

    const QList<Column<T>> &columnList() const { return m_columns; }

    /// The record in the current row of a statement that selected selectSql()'s columns.
    T read(const Statement &s, int firstColumn = 0) const
    {
        T record {};
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_columns.at(i).read(s, firstColumn + static_cast<int>(i), record);
        for (qsizetype i = 0; i < m_lists.size(); ++i)
            record.*(m_lists.at(i).member) = s.text(firstColumn + static_cast<int>(m_columns.size() + i))
                                                 .split(QLatin1Char(','), Qt::SkipEmptyParts);
        return record;
    }
    /// Binds every table column of @p record as ?1…?n (not the join lists: upsert() writes those).
    void bind(Statement &s, const T &record) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_columns.at(i).bind(s, static_cast<int>(i) + 1, record);
    }

    /// "SELECT <columns, join lists> FROM <table>", for a WHERE of the caller's (the table is not aliased).
    const QByteArray &selectSql() const { return m_select; }

    /// The records matching @p where (with ?1, ?2… bound from @p args), in @p orderBy or the kind's order.
    QList<T> readWhere(
        Database &db, const char *where, const QVariantList &args = {}, const char *order = nullptr) const
    {
        QByteArray sql = m_select;
        if (where && *where)
            sql += QByteArray(" WHERE ") + where;
        const QByteArray by = order ? QByteArray(order) : orderBy;
        if (!by.isEmpty())
            sql += " ORDER BY " + by;
        Statement s = db.cached(sql);
        bindArgs(s, args);
        QList<T> records;
        while (s.next())
            records.append(read(s));
        return records;
    }
    /// Every record of the kind, in its order.
    QList<T> readAll(Database &db) const { return readWhere(db, nullptr); }
    /// The record with @p id, if there is one.
    std::optional<T> find(Database &db, const QString &id) const
    {
        Statement s = db.cached(m_select + " WHERE id = ?1");
        s.bind(1, id);
        if (!s.next())
            return std::nullopt;
        return read(s);
    }
    bool exists(Database &db, const QString &id) const
    {
        Statement s = db.cached(m_exists);
        s.bind(1, id);
        return s.next();
    }
    /// Inserts @p record, or overwrites every column of the stored one with the same id.
    void upsert(Database &db, const T &record) const
    {
        // A look-up, then a plain INSERT or UPDATE: SQLite's INSERT … ON CONFLICT (id) DO UPDATE costs about
        // half as much again per new row as a plain INSERT when foreign keys are on (as they are here).
        store(db, exists(db, record.id) ? m_update : m_insert, record);
    }
    /// Inserts @p record, known to be new (an id already stored is a constraint error).
    void insert(Database &db, const T &record) const { store(db, m_insert, record); }
    /// Overwrites every column of the stored record with @p record's id (none stored: nothing happens).
    void update(Database &db, const T &record) const { store(db, m_update, record); }
    /// Deletes the record (its children follow by ON DELETE CASCADE, as the schema says).
    void remove(Database &db, const QString &id) const
    {
        Statement s = db.cached("DELETE FROM " + table + " WHERE id = ?1");
        s.bind(1, id).run();
    }

    // Ordered children (a goal's stepping stones, a citizen's goals): positions stay 0..n-1 within the
    // parent. A removal closes its gap and a put of a new record (an undone removal) opens it again, so
    // undo restores positions exactly.

    /// The position after the last child of @p parentId.
    int nextPosition(Database &db, const QString &parentId) const
    {
        Statement s = db.prepare(
            ("SELECT COALESCE(max(position) + 1, 0) FROM " + table + " WHERE " + parentColumn + " = ?1").constData());
        s.bind(1, parentId);
        return s.next() ? static_cast<int>(s.int64(0)) : 0;
    }
    /// Moves the children of @p parentId at @p position and after one place down, to make room.
    void openGap(Database &db, const QString &parentId, int position) const
    {
        shift(db, parentId, position, "position + 1", ">=");
    }
    /// Moves the children of @p parentId after @p position one place up, after a removal.
    void closeGap(Database &db, const QString &parentId, int position) const
    {
        shift(db, parentId, position, "position - 1", ">");
    }
    /// Gives the children of @p parentId the order of @p ids (all of them, each once), else refuses @p field.
    void reorder(Database &db, const QString &parentId, const QStringList &ids, const char *field) const
    {
        Statement current = db.prepare(("SELECT id FROM " + table + " WHERE " + parentColumn + " = ?1").constData());
        current.bind(1, parentId);
        QStringList stored;
        while (current.next())
            stored.append(current.text(0));
        QStringList wanted = ids;
        stored.sort();
        wanted.sort();
        if (stored != wanted)
            throw SqliteError(Error::invalid(QString::fromLatin1(field), Issue::UnknownReference));
        Statement s = db.prepare(("UPDATE " + table + " SET position = ?1 WHERE id = ?2").constData());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            s.bind(1, static_cast<int>(i)).bind(2, ids.at(i)).run();
            s.reset();
        }
    }

    /// Binds @p args as ?1, ?2…: text, integers, reals, dates (ISO) and null.
    static void bindArgs(Statement &s, const QVariantList &args)
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QVariant &v = args.at(i);
            const int index = static_cast<int>(i) + 1;
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Bool:
                s.bind(index, v.toLongLong());
                break;
            case QMetaType::Double:
                s.bind(index, v.toDouble());
                break;
            case QMetaType::QDate:
                SqlValues::bindDate(s, index, v.toDate());
                break;
            default:
                if (v.isNull())
                    s.bindNull(index);
                else
                    s.bind(index, v.toString());
            }
        }
    }

private:
    /// Runs @p sql (the kind's INSERT or UPDATE) for @p record, then writes its join lists: every write of a
    /// record goes through here.
    void store(Database &db, const QByteArray &sql, const T &record) const
    {
        Statement s = db.cached(sql);
        bind(s, record);
        s.run();
        for (const JoinList<T> &l : m_lists)
            writeList(db, l.info, record.id, record.*(l.member));
    }

    /// Replaces the join rows of @p ownerId by @p ids in their order (a foreign key refuses an unknown id).
    static void writeList(Database &db, const JoinListInfo &j, const QString &ownerId, const QStringList &ids)
    {
        Statement clear = db.cached("DELETE FROM " + j.table + " WHERE " + j.ownerColumn + " = ?1");
        clear.bind(1, ownerId).run();
        Statement insert = db.cached(
            "INSERT INTO " + j.table + " (" + j.ownerColumn + ", " + j.valueColumn + ", position) VALUES (?1, ?2, ?3)");
        for (qsizetype i = 0; i < ids.size(); ++i) {
            insert.bind(1, ownerId).bind(2, ids.at(i)).bind(3, static_cast<int>(i)).run();
            insert.reset();
        }
    }

    void shift(Database &db, const QString &parentId, int position, const char *to, const char *from) const
    {
        Statement s = db.prepare(("UPDATE " + table + " SET position = " + to + " WHERE " + parentColumn
            + " = ?1 AND position " + from + " ?2")
                                     .constData());
        s.bind(1, parentId).bind(2, position).run();
    }

    QList<Column<T>> m_columns;
    QList<JoinList<T>> m_lists;
    QByteArray m_select;
    QByteArray m_exists;
    QByteArray m_insert;
    QByteArray m_update;
};

} // namespace Traedesten::Storage
