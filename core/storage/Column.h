#pragma once

#include "storage/SqlValues.h"
#include "storage/Statement.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Traedesten::Storage {

/// How a C++ value is stored in one column: the one place that says it for each type.
namespace SqlCodec {
inline void bind(Statement &s, int i, const QString &v)
{
    s.bind(i, v);
}
inline void bind(Statement &s, int i, int v)
{
    s.bind(i, v);
}
inline void bind(Statement &s, int i, qint64 v)
{
    s.bind(i, v);
}
inline void bind(Statement &s, int i, double v)
{
    s.bind(i, v);
}
inline void bind(Statement &s, int i, bool v)
{
    s.bind(i, v ? 1 : 0);
}
inline void bind(Statement &s, int i, const QDate &v)
{
    SqlValues::bindDate(s, i, v); // NULL when not set
}
inline void bind(Statement &s, int i, const QDateTime &v)
{
    SqlValues::bindTimestamp(s, i, v); // UTC, ISO 8601 with milliseconds
}
inline void read(const Statement &s, int c, QString &v)
{
    v = s.text(c);
}
inline void read(const Statement &s, int c, int &v)
{
    v = static_cast<int>(s.int64(c));
}
inline void read(const Statement &s, int c, qint64 &v)
{
    v = s.int64(c);
}
inline void read(const Statement &s, int c, double &v)
{
    v = s.real(c);
}
inline void read(const Statement &s, int c, bool &v)
{
    v = s.int64(c) != 0;
}
inline void read(const Statement &s, int c, QDate &v)
{
    v = SqlValues::dateAt(s, c);
}
inline void read(const Statement &s, int c, QDateTime &v)
{
    v = SqlValues::timestampAt(s, c);
}
} // namespace SqlCodec

/// One column of a record kind's table: its name, and how the record's value is bound and read back.
template<typename T> struct Column
{
    const char *name;
    std::function<void(Statement &, int, const T &)> bind;
    std::function<void(const Statement &, int, T &)> read;
};

/// A member stored as it is (text, integer, real, 0/1, ISO date or NULL, UTC timestamp).
template<typename T, typename M> Column<T> field(const char *name, M T::*member)
{
    return { name, [member](Statement &s, int i, const T &r) { SqlCodec::bind(s, i, r.*member); },
        [member](const Statement &s, int c, T &r) {
            SqlCodec::read(s, c, r.*member);
        } };
}

/// A text member stored as NULL when empty (optional references).
template<typename T> Column<T> nullableField(const char *name, QString T::*member)
{
    return { name, [member](Statement &s, int i, const T &r) { SqlValues::bindOptional(s, i, r.*member); },
        [member](const Statement &s, int c, T &r) {
            r.*member = s.text(c);
        } };
}

/// A member stored as a code (enums, sets): @p toCode and @p fromCode convert.
template<typename T, typename M, typename ToCode, typename FromCode>
Column<T> codedField(const char *name, M T::*member, ToCode toCode, FromCode fromCode)
{
    return { name, [member, toCode](Statement &s, int i, const T &r) { SqlCodec::bind(s, i, toCode(r.*member)); },
        [member, fromCode](const Statement &s, int c, T &r) {
            r.*member = fromCode(s.text(c));
        } };
}

/// An optional enum stored as its code, '' when not set.
template<typename T, typename E, typename ToCode, typename FromCode>
Column<T> optionalCodedField(const char *name, std::optional<E> T::*member, ToCode toCode, FromCode fromCode)
{
    return { name,
        [member, toCode](
            Statement &s, int i, const T &r) { s.bind(i, (r.*member) ? toCode(*(r.*member)) : QString()); },
        [member, fromCode](const Statement &s, int c, T &r) {
            r.*member = fromCode(s.text(c));
        } };
}

/**
 * A list of ids kept in a join table of its own (owner id, value id, position), with a foreign key at each
 * end, so that a removed member or goal leaves no dangling reference. The record holds it as one value.
 */
struct JoinListInfo
{
    QByteArray name; ///< the record value's name in a RecordRow, e.g. "member_ids"
    QByteArray table; ///< e.g. "intervention_member"
    QByteArray ownerColumn; ///< points at the record, e.g. "intervention_id"
    QByteArray valueColumn; ///< the listed id, e.g. "member_id"
};

template<typename T> struct JoinList
{
    JoinListInfo info;
    QStringList T::*member;
};

/// The ids of @p member kept, in their order, in @p table (@p ownerColumn, @p valueColumn, position).
template<typename T>
JoinList<T> joinList(
    const char *name, const char *table, const char *ownerColumn, const char *valueColumn, QStringList T::*member)
{
    return { { name, table, ownerColumn, valueColumn }, member };
}

} // namespace Traedesten::Storage
