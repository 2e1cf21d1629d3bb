#include "domain/Money.h"

#include "TestSupport.h"

#include <QLocale>

#include <algorithm>
#include <compare>
#include <gtest/gtest.h>
#include <limits>
#include <random>
#include <vector>

using namespace Traedesten;
using namespace Traedesten::Domain;

namespace Traedesten::Domain {
// Readable Money in GoogleTest failure messages.
inline void PrintTo(const Money &money, std::ostream *os)
{
    *os << money.minor() << ' ' << currencyCode(money.currency()).toStdString();
}
} // namespace Traedesten::Domain

namespace {

QLocale danish()
{
    return QLocale(QLocale::Danish, QLocale::Denmark);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

struct Accepted
{
    QString text;
    qint64 minor;
};

struct Refused
{
    QString text;
    Issue issue;
};

/// Every row must parse to its amount, in @p currency.
void expectAccepted(const std::vector<Accepted> &rows, const QLocale &locale, Currency currency)
{
    for (const Accepted &row : rows) {
        const Result<Money> parsed = Money::parse(row.text, locale, currency);
        ASSERT_TRUE(parsed.ok()) << "refused: " << row.text.toStdString();
        EXPECT_EQ(parsed->minor(), row.minor) << row.text.toStdString();
        EXPECT_EQ(parsed->currency(), currency) << row.text.toStdString();
    }
}

/// Every row must be refused as an invalid value of the field "amount", for the row's reason.
void expectRefused(const std::vector<Refused> &rows, const QLocale &locale, Currency currency)
{
    for (const Refused &row : rows) {
        const Result<Money> parsed = Money::parse(row.text, locale, currency);
        ASSERT_FALSE(parsed.ok()) << "accepted: \"" << row.text.toStdString() << "\" as " << parsed->minor();
        EXPECT_EQ(parsed.code(), ErrorCode::InvalidInput) << row.text.toStdString();
        EXPECT_EQ(parsed.error().field, QStringLiteral("amount")) << row.text.toStdString();
        EXPECT_EQ(parsed.error().issue, row.issue) << row.text.toStdString();
    }
}

constexpr Issue Invalid = Issue::InvalidAmount;
constexpr Issue Range = Issue::OutOfRange;

} // namespace

TEST(MoneyParse, AcceptsDanishAmounts)
{
    expectAccepted(
        {
            { QStringLiteral("1.234,50"), 123450 },
            { QStringLiteral("1234,5"), 123450 },
            { QStringLiteral("1.234"), 123400 }, // a dot before three digits groups thousands
            { QStringLiteral("1234"), 123400 },
            { QStringLiteral("0,05"), 5 },
            { QStringLiteral(",5"), 50 },
            { QStringLiteral("12,34"), 1234 },
            { QStringLiteral("1.234.567,89"), 123456789 },
            { QStringLiteral("1.234.567"), 123456700 },
            { QStringLiteral("0"), 0 },
            { QStringLiteral("0,00"), 0 },
            { QStringLiteral("-0"), 0 },
            { QStringLiteral("007"), 700 },
            { QStringLiteral("  42  "), 4200 },
            { QStringLiteral("\t7\n"), 700 },
            { QStringLiteral("-1.234,50"), -123450 },
            { QStringLiteral("\u2212"
                             "5"),
                -500 }, // the typographic minus sign
            { QStringLiteral("1 234,50"), 123450 },
            { QStringLiteral("1\u00A0234,50"), 123450 }, // no-break space
            { QStringLiteral("1\u202F234,50"), 123450 }, // narrow no-break space
            { QStringLiteral("1 234 567"), 123456700 },
            { QStringLiteral("1.234,50 kr."), 123450 },
            { QStringLiteral("1.234,50 kr"), 123450 },
            { QStringLiteral("1.234,50kr."), 123450 },
            { QStringLiteral("kr. 1.234,50"), 123450 },
            { QStringLiteral("kr.1.234,50"), 123450 },
            { QStringLiteral("Kr 12"), 1200 },
            { QStringLiteral("KR. 12"), 1200 },
            { QStringLiteral("DKK 12,30"), 1230 },
            { QStringLiteral("12,30 dkk"), 1230 },
            { QStringLiteral("1.234,50\u00A0kr."), 123450 },
            { QStringLiteral("-1.234,50 kr."), -123450 },
            { QStringLiteral("-kr. 5"), -500 },
            { QStringLiteral("kr. -5"), -500 },
            { QStringLiteral("-DKK 1.234,50"), -123450 },
            { QStringLiteral("125,-"), 12500 }, // whole kroner, as on price tags
            { QStringLiteral("1.250,- kr."), 125000 },
        },
        danish(), Currency::DKK);
}

TEST(MoneyParse, AcceptsEnglishAmounts)
{
    expectAccepted(
        {
            { QStringLiteral("DKK 1,234.50"), 123450 },
            { QStringLiteral("1,234.50"), 123450 },
            { QStringLiteral("1234.5"), 123450 },
            { QStringLiteral("1,234"), 123400 }, // a comma before three digits groups thousands
            { QStringLiteral("1234"), 123400 },
            { QStringLiteral("0.05"), 5 },
            { QStringLiteral(".5"), 50 },
            { QStringLiteral("12.34"), 1234 },
            { QStringLiteral("1,234,567.89"), 123456789 },
            { QStringLiteral("1 234.50"), 123450 },
            { QStringLiteral("1\u00A0234.50"), 123450 },
            { QStringLiteral("0"), 0 },
            { QStringLiteral(" 42 "), 4200 },
            { QStringLiteral("-DKK 1,234.50"), -123450 },
            { QStringLiteral("DKK -1,234.50"), -123450 },
            { QStringLiteral("DKK1,234.50"), 123450 },
            { QStringLiteral("1,234.50 DKK"), 123450 },
            { QStringLiteral("-1,234.50 dkk"), -123450 },
            { QStringLiteral("12 kr."), 1200 },
            { QStringLiteral("kr 12"), 1200 },
        },
        english(), Currency::DKK);
}

TEST(MoneyParse, AcceptsPoundsWithTheirMarkers)
{
    expectAccepted(
        {
            { QStringLiteral("£12.30"), 1230 },
            { QStringLiteral("£1,234.50"), 123450 },
            { QStringLiteral("-£1,234.50"), -123450 },
            { QStringLiteral("£-5"), -500 },
            { QStringLiteral("£ 5"), 500 },
            { QStringLiteral("12.30 GBP"), 1230 },
            { QStringLiteral("gbp 12.30"), 1230 },
            { QStringLiteral("12.30£"), 1230 },
            { QStringLiteral("12.30"), 1230 },
        },
        english(), Currency::GBP);
    expectAccepted(
        {
            { QStringLiteral("1.234,50 £"), 123450 },
            { QStringLiteral("-1.234,50 £"), -123450 },
            { QStringLiteral("£12,30"), 1230 },
            { QStringLiteral("GBP 12,30"), 1230 },
        },
        danish(), Currency::GBP);
}

TEST(MoneyParse, RefusesMalformedDanishAmounts)
{
    expectRefused(
        {
            { QString(), Invalid },
            { QStringLiteral(""), Invalid },
            { QStringLiteral("   "), Invalid },
            { QStringLiteral("\u00A0"), Invalid },
            { QStringLiteral("1.2.3"), Invalid },
            { QStringLiteral("12,345,6"), Invalid },
            { QStringLiteral("1.23,00"), Invalid }, // a thousands group of two digits
            { QStringLiteral("1.2345"), Invalid }, // a thousands group of four digits
            { QStringLiteral("1234.567"), Invalid }, // a first group of four digits
            { QStringLiteral(".123"), Invalid }, // a first group of none
            { QStringLiteral("1,234"), Invalid }, // three decimals
            { QStringLiteral("1,2,3"), Invalid }, // more than one decimal comma
            { QStringLiteral("1,50,00"), Invalid },
            { QStringLiteral("1.5"), Invalid }, // ambiguous: thousands or decimals?
            { QStringLiteral("1.50"), Invalid },
            { QStringLiteral("1."), Invalid }, // a trailing thousands separator
            { QStringLiteral("1.234."), Invalid },
            { QStringLiteral("5,"), Invalid }, // a decimal comma without decimals
            { QStringLiteral(","), Invalid },
            { QStringLiteral("."), Invalid },
            { QStringLiteral(",-"), Invalid },
            { QStringLiteral("1,-5"), Invalid },
            { QStringLiteral("1 2"), Invalid },
            { QStringLiteral("1  234"), Invalid }, // two spaces: an empty group
            { QStringLiteral("1\t234"), Invalid }, // a tab is no thousands separator
            { QStringLiteral("1.234 567"), Invalid }, // two kinds of thousands separator
            { QStringLiteral("abc"), Invalid },
            { QStringLiteral("12a"), Invalid },
            { QStringLiteral("1e3"), Invalid },
            { QStringLiteral("12,3x"), Invalid },
            { QStringLiteral("\u0661\u0662"), Invalid }, // Arabic-Indic digits
            { QStringLiteral("--5"), Invalid },
            { QStringLiteral("-"), Invalid },
            { QStringLiteral("- 5"), Invalid },
            { QStringLiteral("5-"), Invalid },
            { QStringLiteral("-kr. -5"), Invalid },
            { QStringLiteral("kr."), Invalid },
            { QStringLiteral("kr. 5 kr."), Invalid }, // a marker on both sides
            { QStringLiteral("5 kr. kr."), Invalid },
            { QStringLiteral("£5"), Invalid }, // pounds are not kroner
            { QStringLiteral("5 GBP"), Invalid },
        },
        danish(), Currency::DKK);
}

TEST(MoneyParse, RefusesMalformedEnglishAmounts)
{
    expectRefused(
        {
            { QString(), Invalid },
            { QStringLiteral("  "), Invalid },
            { QStringLiteral("1.2.3"), Invalid }, // more than one decimal point
            { QStringLiteral("12,345,6"), Invalid },
            { QStringLiteral("12,34"), Invalid }, // the group after a comma must be three digits
            { QStringLiteral("1,5"), Invalid }, // ambiguous
            { QStringLiteral("1,23.00"), Invalid },
            { QStringLiteral("1.234"), Invalid }, // three decimals
            { QStringLiteral("1.5.0"), Invalid },
            { QStringLiteral("1,"), Invalid }, // a trailing thousands separator
            { QStringLiteral("1."), Invalid },
            { QStringLiteral(","), Invalid },
            { QStringLiteral("."), Invalid },
            { QStringLiteral("--5"), Invalid },
            { QStringLiteral("abc"), Invalid },
            { QStringLiteral("125,-"), Invalid }, // the Danish price-tag form is Danish only
            { QStringLiteral("DKK"), Invalid },
            { QStringLiteral("DKK 5 DKK"), Invalid },
            { QStringLiteral("£5"), Invalid },
        },
        english(), Currency::DKK);
    expectRefused(
        {
            { QStringLiteral("kr. 5"), Invalid }, // kroner are not pounds
            { QStringLiteral("DKK 5"), Invalid },
            { QStringLiteral("5 kr"), Invalid },
            { QStringLiteral("££5"), Invalid },
        },
        english(), Currency::GBP);
}

TEST(MoneyParse, RefusesAmountsAboveTheLimitWithoutWrapping)
{
    // The limit is a trillion in major units either side of zero.
    expectAccepted(
        {
            { QStringLiteral("1.000.000.000.000"), 100'000'000'000'000 },
            { QStringLiteral("-1.000.000.000.000,00 kr."), -100'000'000'000'000 },
            { QStringLiteral("999.999.999.999,99"), 99'999'999'999'999 },
        },
        danish(), Currency::DKK);
    expectRefused(
        {
            { QStringLiteral("1.000.000.000.000,01"), Range },
            { QStringLiteral("1000000000001"), Range },
            { QStringLiteral("-1.000.000.000.001"), Range },
            { QStringLiteral("9.223.372.036.854.775.807"), Range }, // the largest qint64
            { QStringLiteral("92233720368547758,08"), Range }, // the largest qint64 in øre
            { QStringLiteral("184467440737095516160"), Range }, // 2^64 * 10: would wrap to 0
            { QStringLiteral("99999999999999999999999999999999,99"), Range },
        },
        danish(), Currency::DKK);
    expectRefused({ { QStringLiteral("£1,000,000,000,000.01"), Range } }, english(), Currency::GBP);
    EXPECT_EQ(Money::MaxMinorUnits, 100'000'000'000'000);
}

TEST(MoneyParse, OtherLanguagesUseTheEnglishSeparators)
{
    for (const QLocale &locale : { QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates),
             QLocale(QLocale::German, QLocale::Germany) }) {
        expectAccepted(
            { { QStringLiteral("1,234.50"), 123450 }, { QStringLiteral("1,234"), 123400 } }, locale, Currency::DKK);
        expectRefused({ { QStringLiteral("1.234,50"), Invalid } }, locale, Currency::DKK);
    }
}

TEST(MoneyFormat, DanishAmounts)
{
    const struct
    {
        Money money;
        QString text;
        QString plain;
    } rows[] = {
        { Money::fromMinor(123450), QStringLiteral("1.234,50 kr."), QStringLiteral("1.234,50") },
        { Money::fromMinor(-123450), QStringLiteral("-1.234,50 kr."), QStringLiteral("-1.234,50") },
        { Money(), QStringLiteral("0,00 kr."), QStringLiteral("0,00") },
        { Money::fromMinor(5), QStringLiteral("0,05 kr."), QStringLiteral("0,05") },
        { Money::fromMinor(-5), QStringLiteral("-0,05 kr."), QStringLiteral("-0,05") },
        { Money::fromMinor(50), QStringLiteral("0,50 kr."), QStringLiteral("0,50") },
        { Money::fromMinor(100), QStringLiteral("1,00 kr."), QStringLiteral("1,00") },
        { Money::fromMinor(99999), QStringLiteral("999,99 kr."), QStringLiteral("999,99") },
        { Money::fromMinor(100000), QStringLiteral("1.000,00 kr."), QStringLiteral("1.000,00") },
        { Money::fromMinor(123456789), QStringLiteral("1.234.567,89 kr."), QStringLiteral("1.234.567,89") },
        { Money::fromMinor(100'000'000'000'000), QStringLiteral("1.000.000.000.000,00 kr."),
            QStringLiteral("1.000.000.000.000,00") },
        { Money::fromMinor(123450, Currency::GBP), QStringLiteral("1.234,50 £"), QStringLiteral("1.234,50") },
        { Money::fromMinor(-123450, Currency::GBP), QStringLiteral("-1.234,50 £"), QStringLiteral("-1.234,50") },
        { Money::fromMinor(5, Currency::GBP), QStringLiteral("0,05 £"), QStringLiteral("0,05") },
    };
    for (const auto &row : rows) {
        EXPECT_EQ(row.money.format(danish()), row.text);
        EXPECT_EQ(row.money.formatPlain(danish()), row.plain);
    }
}

TEST(MoneyFormat, EnglishAmounts)
{
    const struct
    {
        Money money;
        QString text;
        QString plain;
    } rows[] = {
        { Money::fromMinor(123450), QStringLiteral("DKK 1,234.50"), QStringLiteral("1,234.50") },
        { Money::fromMinor(-123450), QStringLiteral("-DKK 1,234.50"), QStringLiteral("-1,234.50") },
        { Money(), QStringLiteral("DKK 0.00"), QStringLiteral("0.00") },
        { Money::fromMinor(5), QStringLiteral("DKK 0.05"), QStringLiteral("0.05") },
        { Money::fromMinor(100000), QStringLiteral("DKK 1,000.00"), QStringLiteral("1,000.00") },
        { Money::fromMinor(123456789), QStringLiteral("DKK 1,234,567.89"), QStringLiteral("1,234,567.89") },
        { Money::fromMinor(123450, Currency::GBP), QStringLiteral("£1,234.50"), QStringLiteral("1,234.50") },
        { Money::fromMinor(-123450, Currency::GBP), QStringLiteral("-£1,234.50"), QStringLiteral("-1,234.50") },
        { Money::fromMinor(0, Currency::GBP), QStringLiteral("£0.00"), QStringLiteral("0.00") },
        { Money::fromMinor(5, Currency::GBP), QStringLiteral("£0.05"), QStringLiteral("0.05") },
        { Money::fromMinor(-1, Currency::GBP), QStringLiteral("-£0.01"), QStringLiteral("-0.01") },
        { Money::fromMinor(1230, Currency::GBP), QStringLiteral("£12.30"), QStringLiteral("12.30") },
    };
    for (const auto &row : rows) {
        EXPECT_EQ(row.money.format(english()), row.text);
        EXPECT_EQ(row.money.formatPlain(english()), row.plain);
    }
    // Any language but Danish is formatted the English way.
    EXPECT_EQ(
        Money::fromMinor(123450).format(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("DKK 1,234.50"));
}

TEST(MoneyFormat, TheExtremesOfQint64DoNotOverflow)
{
    const qint64 lowest = std::numeric_limits<qint64>::min();
    const qint64 highest = std::numeric_limits<qint64>::max();
    EXPECT_EQ(Money::fromMinor(lowest).format(danish()), QStringLiteral("-92.233.720.368.547.758,08 kr."));
    EXPECT_EQ(Money::fromMinor(highest).formatPlain(english()), QStringLiteral("92,233,720,368,547,758.07"));
}

TEST(MoneyRoundTrip, ParsingWhatWasFormattedGivesTheSameAmount)
{
    std::vector<qint64> values { 0, 1, 5, 9, 10, 50, 99, 100, 101, 999, 1000, 99999, 100000, 123450, 999999, 1000000,
        123456789, Money::MaxMinorUnits - 1, Money::MaxMinorUnits };
    // Deterministic pseudo-random amounts of every length up to the limit (the raw output of
    // mt19937_64 is fixed by the standard, unlike its distributions).
    std::mt19937_64 random(20260105);
    qint64 powerOfTen = 10;
    for (int digits = 1; digits <= 15; ++digits, powerOfTen *= 10) {
        for (int i = 0; i < 100; ++i)
            values.push_back(
                static_cast<qint64>(random() % static_cast<quint64>(std::min(powerOfTen, Money::MaxMinorUnits))));
    }
    const std::size_t positives = values.size();
    for (std::size_t i = 0; i < positives; ++i)
        values.push_back(-values[i]);
    ASSERT_GE(values.size(), 3000u);

    int checked = 0;
    for (const QLocale &locale : { danish(), english() }) {
        for (const Currency currency : { Currency::DKK, Currency::GBP }) {
            for (const qint64 minor : values) {
                const Money money = Money::fromMinor(minor, currency);
                const QString text = money.format(locale);
                const Result<Money> parsed = Money::parse(text, locale, currency);
                ASSERT_TRUE(parsed.ok()) << text.toStdString();
                ASSERT_EQ(*parsed, money) << text.toStdString();
                const QString plain = money.formatPlain(locale);
                const Result<Money> parsedPlain = Money::parse(plain, locale, currency);
                ASSERT_TRUE(parsedPlain.ok()) << plain.toStdString();
                ASSERT_EQ(*parsedPlain, money) << plain.toStdString();
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 4 * static_cast<int>(values.size()));
}

TEST(MoneyArithmetic, SumsDifferencesAndSigns)
{
    const Money a = Money::fromMinor(123450);
    const Money b = Money::fromMinor(-50);
    EXPECT_EQ((a + b).minor(), 123400);
    EXPECT_EQ((a - b).minor(), 123500);
    EXPECT_EQ((-a).minor(), -123450);
    EXPECT_EQ((-b).minor(), 50);
    EXPECT_EQ((b - b), Money());

    Money total = Money::fromMinor(0, Currency::GBP);
    total += Money::fromMinor(1999, Currency::GBP);
    total += Money::fromMinor(1, Currency::GBP);
    EXPECT_EQ(total, Money::fromMinor(2000, Currency::GBP));
    total -= Money::fromMinor(2500, Currency::GBP);
    EXPECT_EQ(total.minor(), -500);
    EXPECT_EQ(total.currency(), Currency::GBP) << "arithmetic keeps the currency";
    EXPECT_TRUE(total.isNegative());
    EXPECT_FALSE(total.isZero());

    EXPECT_TRUE(Money().isZero());
    EXPECT_FALSE(Money().isNegative());
    EXPECT_EQ(Money().currency(), Currency::DKK);
    EXPECT_FALSE(Money::fromMinor(1).isNegative());
    EXPECT_FALSE(Money::fromMinor(-1).isZero());

    // Usable at compile time.
    static_assert((Money::fromMinor(100) + Money::fromMinor(5)).minor() == 105);
    static_assert(Money::fromMinor(-1) < Money());
    static_assert(Money().isZero());
}

TEST(MoneyArithmetic, ComparesAmountsOfOneCurrency)
{
    const Money small = Money::fromMinor(-100);
    const Money zero = Money::fromMinor(0);
    const Money big = Money::fromMinor(100000);
    EXPECT_LT(small, zero);
    EXPECT_LT(zero, big);
    EXPECT_LE(zero, zero);
    EXPECT_GT(big, small);
    EXPECT_GE(big, big);
    EXPECT_NE(small, big);
    EXPECT_EQ(zero, Money());
    EXPECT_FALSE(big < small);
    EXPECT_FALSE(zero > zero);
    EXPECT_TRUE((small <=> big) == std::strong_ordering::less);
    EXPECT_NE(Money::fromMinor(5, Currency::DKK), Money::fromMinor(5, Currency::GBP)) << "equal needs one currency";

    std::vector<Money> amounts { big, Money::fromMinor(1), small, zero, Money::fromMinor(-99999) };
    std::sort(amounts.begin(), amounts.end());
    const std::vector<qint64> sorted { -99999, -100, 0, 1, 100000 };
    ASSERT_EQ(amounts.size(), sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        EXPECT_EQ(amounts[i].minor(), sorted[i]);
}

TEST(MoneyCurrency, CodesRoundTrip)
{
    EXPECT_EQ(currencyCode(Currency::DKK), QStringLiteral("DKK"));
    EXPECT_EQ(currencyCode(Currency::GBP), QStringLiteral("GBP"));
    for (const Currency c : { Currency::DKK, Currency::GBP })
        EXPECT_EQ(currencyFromCode(currencyCode(c)), c);
    EXPECT_EQ(currencyFromCode(QStringLiteral("gbp")), Currency::GBP);
    EXPECT_EQ(currencyFromCode(QStringLiteral("EUR")), Currency::DKK) << "unknown codes fall back to kroner";
    EXPECT_EQ(currencyFromCode(QString()), Currency::DKK);
}
