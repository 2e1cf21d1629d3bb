#include "storage/SqlValues.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Traedesten::Storage;

namespace {

QString qtText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

TEST(SqlValues, TimestampTextIsQtsIsoTextInUtc)
{
    const QList<QDateTime> times {
        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC), // 1969-12-31T23:59:59.999Z
        QDateTime::fromMSecsSinceEpoch(-86'400'000, Qt::UTC),
        QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30, 0, 5), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(2026, 7, 1), QTime(0, 0, 0, 1), Qt::OffsetFromUTC, -5 * 3600),
        QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(QByteArrayLiteral("Europe/Copenhagen"))),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC), // outside four digits: Qt's own text
        QDateTime(QDate(-5, 6, 1), QTime(0, 0), Qt::UTC),
        QDateTime(),
        QDateTime::currentDateTimeUtc(),
        QDateTime::currentDateTime(),
    };
    for (const QDateTime &t : times)
        EXPECT_EQ(SqlValues::timestampText(t), qtText(t)) << qPrintable(qtText(t));
    EXPECT_EQ(SqlValues::timestampText(times.at(1)), QStringLiteral("1969-12-31T23:59:59.999Z"));
    EXPECT_EQ(SqlValues::timestampText(times.at(5)), QStringLiteral("2026-03-29T01:30:00.005Z"));

    QRandomGenerator random(12);
    for (int i = 0; i < 20'000; ++i) {
        const qint64 ms = random.bounded(Q_INT64_C(-62'135'596'800'000), Q_INT64_C(253'402'300'799'999));
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        ASSERT_EQ(SqlValues::timestampText(t), qtText(t)) << ms;
    }
}

TEST(SqlValues, DateTextIsQtsIsoText)
{
    for (const QDate &d : { QDate(2026, 11, 1), QDate(2024, 2, 29), QDate(1, 1, 1), QDate(9999, 12, 31),
             QDate(10000, 1, 1), QDate(0, 6, 1), QDate(-44, 3, 15), QDate(), QDate::currentDate() })
        EXPECT_EQ(SqlValues::dateText(d), d.toString(Qt::ISODate)) << qPrintable(d.toString(Qt::ISODate));
    EXPECT_EQ(SqlValues::dateText(QDate(987, 6, 5)), QStringLiteral("0987-06-05"));
    QRandomGenerator random(7);
    for (int i = 0; i < 20'000; ++i) {
        const QDate d = QDate::fromJulianDay(random.bounded(Q_INT64_C(1'000'000), Q_INT64_C(5'400'000)));
        ASSERT_EQ(SqlValues::dateText(d), d.toString(Qt::ISODate)) << d.toJulianDay();
    }
}
