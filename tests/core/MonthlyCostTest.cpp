// What benefits cost the public in one month: by their days in it, and saying when a month is pro-rated.
#include "domain/Benefit.h"

#include <gtest/gtest.h>

using namespace Traedesten::Domain;

namespace {

Benefit benefit(const char *department, qint64 monthlyMinor, QDate start, QDate end = {})
{
    Benefit b;
    b.departmentId = QString::fromLatin1(department);
    b.monthlyCostMinor = monthlyMinor;
    b.startDate = start;
    b.endDate = end;
    return b;
}

} // namespace

TEST(MonthlyCost, ACashBenefitStartingOnTheThirtiethCostsOneDayOfThirtyAndSaysSo)
{
    // 12.500 kr. a month from 30 November 2026: November has 30 days, so 1 of 30 days is
    // 1.250.000 øre × 1 / 30 = 41.666,67 → 41.667 øre (416,67 kr.), not the month's 12.500 kr.
    const MonthlyCost november
        = monthlyCost({ benefit("job_centre", 12'500'00, QDate(2026, 11, 30)) }, QDate(2026, 11, 17));
    EXPECT_EQ(november.month, QDate(2026, 11, 1)) << "any day names its month";
    EXPECT_EQ(november.totalMinor, 41'667);
    EXPECT_EQ(november.fullMonthMinor, 12'500'00);
    EXPECT_EQ(november.benefits, 1);
    EXPECT_EQ(november.daysInMonth(), 30);
    EXPECT_EQ(november.partDays, QList<int> { 1 });
    EXPECT_TRUE(november.isProrated());

    // December: the whole month, not pro-rated.
    const MonthlyCost december
        = monthlyCost({ benefit("job_centre", 12'500'00, QDate(2026, 11, 30)) }, QDate(2026, 12, 1));
    EXPECT_EQ(december.totalMinor, 12'500'00);
    EXPECT_EQ(december.fullMonthMinor, 12'500'00);
    EXPECT_FALSE(december.isProrated());
    EXPECT_TRUE(december.partDays.isEmpty());
}

TEST(MonthlyCost, SeveralBenefitsCountTheirOwnDaysAndTheWholeMonthOnes)
{
    const QList<Benefit> all {
        // The whole of February 2028 (29 days, a leap year).
        benefit("job_centre", 10'000'00, QDate(2027, 1, 1)),
        // 15th–29th: 15 of 29 days: 290.000 × 15 / 29 = 150.000 øre.
        benefit("family", 2'900'00, QDate(2028, 2, 15)),
        // 1st–10th: 10 of 29 days: 580.000 × 10 / 29 = 200.000 øre.
        benefit("family", 5'800'00, QDate(2027, 6, 1), QDate(2028, 2, 10)),
        // Ended in January: not in February at all.
        benefit("housing_social", 3'000'00, QDate(2027, 1, 1), QDate(2028, 1, 31)),
        // A free benefit still counts as running.
        benefit("school", 0, QDate(2028, 2, 1)),
    };
    const MonthlyCost february = monthlyCost(all, QDate(2028, 2, 29));
    EXPECT_EQ(february.daysInMonth(), 29);
    EXPECT_EQ(february.totalMinor, 10'000'00 + 150'000 + 200'000);
    EXPECT_EQ(february.byDepartment.value(QStringLiteral("job_centre")), 10'000'00);
    EXPECT_EQ(february.byDepartment.value(QStringLiteral("family")), 350'000);
    EXPECT_FALSE(february.byDepartment.contains(QStringLiteral("housing_social")));
    EXPECT_EQ(february.fullMonthMinor, 10'000'00 + 2'900'00 + 5'800'00);
    EXPECT_EQ(february.benefits, 4);
    EXPECT_EQ(february.partDays, (QList<int> { 10, 15 })) << "fewest days first";

    // Nothing runs: zero, not pro-rated.
    const MonthlyCost empty = monthlyCost({}, QDate(2028, 2, 1));
    EXPECT_EQ(empty.totalMinor, 0);
    EXPECT_EQ(empty.benefits, 0);
    EXPECT_FALSE(empty.isProrated());
    // Rounded half up to the øre: 1 øre for 16 of 31 days is 0,52 → 1; 100 øre for 1 of 31 days is 3,2 → 3.
    EXPECT_EQ(monthlyCost({ benefit("x", 1, QDate(2026, 1, 16)) }, QDate(2026, 1, 1)).totalMinor, 1);
    EXPECT_EQ(monthlyCost({ benefit("x", 100, QDate(2026, 1, 31)) }, QDate(2026, 1, 1)).totalMinor, 3);
}
