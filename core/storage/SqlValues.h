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

namespace Detail {
/// Writes @p value as @p width decimal digits (with leading zeros) at @p at.
inline void putDigits(char16_t *text, int at, int value, int width)
{
    for (int i = at + width - 1; i >= at; --i, value /= 10)
        text[i] = static_cast<char16_t>(u'0' + value % 10);
}
/// "yyyy-MM-dd" into @p text[0..9], for a year of four digits.
inline void putDate(char16_t *text, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    putDigits(text, 0, year, 4);
    text[4] = u'-';
    putDigits(text, 5, month, 2);
    text[7] = u'-';
    putDigits(text, 8, day, 2);
}
} // namespace Detail

// Every written record stores dates and two timestamps: formatting them by hand rather than through
// QDate::toString / QDateTime::toString (which go through QString::asprintf) is a good part of what a large
// write (the demo caseload) costs. The text is exactly Qt's (SqlValuesTest compares them).

/// @p date as ISO 8601, "2026-11-01": exactly `date.toString(Qt::ISODate)`.
inline QString dateText(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    Detail::putDate(text, date);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

/// @p time in UTC as ISO 8601 with milliseconds, "2026-11-01T09:30:00.000Z": exactly
/// `time.toUTC().toString(Qt::ISODateWithMs)`.
inline QString timestampText(const QDateTime &time)
{
    constexpr qint64 MsPerDay = 86'400'000;
    const qint64 ms = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    const qint64 days = ms >= 0 ? ms / MsPerDay : -((-ms + MsPerDay - 1) / MsPerDay);
    const QDate date = QDate::fromJulianDay(days + 2'440'588); // 1970-01-01
    if (!time.isValid() || date.year() < 1 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const int msOfDay = static_cast<int>(ms - days * MsPerDay);
    char16_t text[24];
    Detail::putDate(text, date);
    text[10] = u'T';
    Detail::putDigits(text, 11, msOfDay / 3'600'000, 2);
    text[13] = u':';
    Detail::putDigits(text, 14, msOfDay / 60'000 % 60, 2);
    text[16] = u':';
    Detail::putDigits(text, 17, msOfDay / 1000 % 60, 2);
    text[19] = u'.';
    Detail::putDigits(text, 20, msOfDay % 1000, 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

inline void bindDate(Statement &s, int index, const QDate &date)
{
    if (date.isValid())
        s.bind(index, dateText(date));
    else
        s.bindNull(index);
}

inline void bindTimestamp(Statement &s, int index, const QDateTime &time)
{
    s.bind(index, timestampText(time));
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
