#pragma once

#include "Statement.h"

#include <QDate>
#include <QDateTime>
#include <QUuid>

namespace Traedesten::Storage::SqlValues {

/// Now, in UTC, to the millisecond (what the file stores).
inline QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline void bindDate(Statement &s, int index, const QDate &date)
{
    if (date.isValid())
        s.bind(index, date.toString(Qt::ISODate));
    else
        s.bindNull(index);
}

inline void bindTimestamp(Statement &s, int index, const QDateTime &time)
{
    s.bind(index, time.toUTC().toString(Qt::ISODateWithMs));
}

inline void bindOptional(Statement &s, int index, const QString &value)
{
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, value);
}

inline QDate dateAt(const Statement &s, int column)
{
    return s.isNull(column) ? QDate() : QDate::fromString(s.text(column), Qt::ISODate);
}

inline QDateTime timestampAt(const Statement &s, int column)
{
    return QDateTime::fromString(s.text(column), Qt::ISODateWithMs);
}

} // namespace Traedesten::Storage::SqlValues
