// Dates as people type them: day first, in the Danish and the English forms, with the two-digit-year window.
#include "domain/DateText.h"

#include <gtest/gtest.h>

using namespace Traedesten::Domain;

namespace {

const QDate Today(2026, 6, 1);

QDate parse(const char *text)
{
    return DateText::parse(QString::fromUtf8(text), Today);
}

} // namespace

TEST(DateTextTest, ReadsEveryFormOfBothLanguagesDayFirst)
{
    const QDate expected(2027, 1, 15);
    for (const char *text : { "15-01-2027", "15.01.2027", "15/1/2027", "15/01/2027", "15-1-2027", "15 01 2027",
             "15012027", "150127", "15-01-27", "15.1.27", "15/01/27", " 15-01-2027 ", "15. 01. 2027", "2027-01-15" }) {
        EXPECT_EQ(parse(text), expected) << text;
    }
}

TEST(DateTextTest, KeepsLeadingZerosWhereTheyBelong)
{
    EXPECT_EQ(parse("05/12/2026"), QDate(2026, 12, 5));
    EXPECT_EQ(parse("01/03/2027"), QDate(2027, 3, 1));
    EXPECT_EQ(parse("05122026"), QDate(2026, 12, 5));
    EXPECT_EQ(parse("051226"), QDate(2026, 12, 5));
    EXPECT_EQ(parse("5-2-2026"), QDate(2026, 2, 5));
    EXPECT_EQ(parse("01.01.1900"), QDate(1900, 1, 1));
    EXPECT_EQ(parse("31-12-2100"), QDate(2100, 12, 31));
}

TEST(DateTextTest, TwoDigitYearsFallInAWindowFrom79YearsBackTo20Ahead)
{
    EXPECT_EQ(DateText::expandYear(26, Today), 2026);
    EXPECT_EQ(DateText::expandYear(27, Today), 2027);
    EXPECT_EQ(DateText::expandYear(46, Today), 2046) << "20 years ahead: a deadline";
    EXPECT_EQ(DateText::expandYear(47, Today), 1947) << "79 years back: a birth date";
    EXPECT_EQ(DateText::expandYear(85, Today), 1985);
    EXPECT_EQ(DateText::expandYear(0, Today), 2000);
    EXPECT_EQ(DateText::expandYear(99, Today), 1999);
    EXPECT_EQ(parse("12-03-85"), QDate(1985, 3, 12));
    EXPECT_EQ(parse("120385"), QDate(1985, 3, 12));
    // The window moves with the years.
    EXPECT_EQ(DateText::expandYear(85, QDate(2070, 1, 1)), 2085);
    EXPECT_EQ(DateText::expandYear(95, QDate(2080, 1, 1)), 2095);
    EXPECT_EQ(DateText::expandYear(1, QDate(2085, 1, 1)), 2101);
}

TEST(DateTextTest, RefusesWhatIsNotADate)
{
    for (const char *text :
        { "", "   ", "hello", "31-02-2027", "1/13/2027", "13/13/2027", "00-01-2027", "15-00-2027", "15-01",
            "15-01-2027-", "-15-01-2027", "15--01-2027", "15-01-202", "15-01-20277", "150-1-2027", "1501202", "1501207",
            "15012027x", "15/01/2027 kl. 10", "31-12-1899", "01-01-2101", "2027-13-01", "١٥-٠١-٢٠٢٧", "15,01,2027" }) {
        EXPECT_FALSE(parse(text).isValid()) << text;
    }
}

TEST(DateTextTest, UsesTodayWhenNoDateIsGiven)
{
    const int year = QDate::currentDate().year() % 100;
    EXPECT_EQ(DateText::parse(QStringLiteral("01-01-%1").arg(year, 2, 10, QLatin1Char('0'))).year(),
        QDate::currentDate().year());
}
