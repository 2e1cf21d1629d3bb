#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace Traedesten::Domain {

/// The currencies a budget can be kept in.
enum class Currency {
    DKK, ///< Danish kroner; the minor unit is the øre.
    GBP, ///< Pounds sterling; the minor unit is the penny.
};

/// The ISO 4217 code: "DKK" or "GBP" (for storage and logs, never translated).
QString currencyCode(Currency c);

/// The currency for an ISO 4217 code ("DKK", "GBP", any case, spaces around ignored);
/// an unknown or empty code gives Currency::DKK.
Currency currencyFromCode(const QString &code);

/**
 * An amount of money: a whole number of minor units (øre, pence) and its currency.
 *
 * There is no floating point anywhere, neither in the value nor while parsing or
 * formatting. Arithmetic and ordering are meant for values of one currency; mixing
 * currencies is a programming error (asserted in debug builds). Start a running
 * total with Money::fromMinor(0, currency) rather than Money() when the currency may
 * be GBP.
 */
class Money
{
public:
    /// The largest amount, in major units (kroner, pounds), that parse() accepts
    /// either side of zero; far inside qint64, so sums of many amounts cannot wrap.
    static constexpr qint64 MaxMajorUnits = 1'000'000'000'000;
    /// MaxMajorUnits in minor units.
    static constexpr qint64 MaxMinorUnits = MaxMajorUnits * 100;

    /// Zero Danish kroner.
    constexpr Money() = default;

    /// @p minor øre or pence, e.g. fromMinor(123450) is 1.234,50 kr.
    static constexpr Money fromMinor(qint64 minor, Currency currency = Currency::DKK) { return Money(minor, currency); }

    /// The amount in minor units (øre, pence).
    constexpr qint64 minor() const { return m_minor; }
    /// The currency of the amount.
    constexpr Currency currency() const { return m_currency; }
    /// Whether the amount is exactly zero.
    constexpr bool isZero() const { return m_minor == 0; }
    /// Whether the amount is below zero.
    constexpr bool isNegative() const { return m_minor < 0; }

    /// The sum of two amounts in one currency.
    friend constexpr Money operator+(Money a, Money b)
    {
        Q_ASSERT(a.m_currency == b.m_currency);
        return Money(a.m_minor + b.m_minor, a.m_currency);
    }
    /// The difference of two amounts in one currency.
    friend constexpr Money operator-(Money a, Money b)
    {
        Q_ASSERT(a.m_currency == b.m_currency);
        return Money(a.m_minor - b.m_minor, a.m_currency);
    }
    /// The amount with the opposite sign.
    friend constexpr Money operator-(Money a) { return Money(-a.m_minor, a.m_currency); }
    /// Adds an amount in the same currency.
    constexpr Money &operator+=(Money other) { return *this = *this + other; }
    /// Subtracts an amount in the same currency.
    constexpr Money &operator-=(Money other) { return *this = *this - other; }

    /// Equal when both the amount and the currency are equal.
    friend constexpr bool operator==(const Money &, const Money &) = default;
    /// Orders by amount within one currency. (Mixing currencies is asserted; in release
    /// builds they order by currency first, so the order stays consistent with ==.)
    friend constexpr std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        Q_ASSERT(a.m_currency == b.m_currency);
        if (a.m_currency != b.m_currency)
            return a.m_currency <=> b.m_currency;
        return a.m_minor <=> b.m_minor;
    }

    /**
     * Formats for people, always with two decimals and the thousands grouped by three.
     * Danish (locale.language() == QLocale::Danish): "1.234,50 kr." (DKK), "1.234,50 £" (GBP);
     * any other language (English): "DKK 1,234.50", "£1,234.50".
     * Negative amounts put the minus before everything: "-1.234,50 kr.", "-DKK 1,234.50", "-£1,234.50".
     * The separators are fixed (not taken from Qt's locale data) and the space is a plain space.
     */
    QString format(const QLocale &locale) const;

    /// Just the number, as a person would type it back: "1.234,50" (Danish) or "1,234.50"; "-" before negatives.
    QString formatPlain(const QLocale &locale) const;

    /**
     * Parses an amount a person typed, in @p currency.
     *
     * Danish uses a decimal comma and a thousands dot; every other language a decimal
     * point and a thousands comma. A plain or non-breaking space is also a thousands
     * separator. Accepted around the number: spaces, one leading minus, and one currency
     * marker before or after ("kr", "kr.", "DKK", "£", "GBP", any case, with or without a
     * space); the marker must name @p currency. Danish also takes "125,-" for whole kroner.
     * A thousands separator must be followed by exactly three digits, so "1.234" in Danish
     * is 1.234 kr. while "1.5" is ambiguous and refused; at most two decimals.
     *
     * @return the amount, or Error::invalid("amount", Issue::InvalidAmount) for empty,
     *         malformed or ambiguous text, or Error::invalid("amount", Issue::OutOfRange)
     *         above MaxMajorUnits either side of zero.
     */
    static Result<Money> parse(const QString &text, const QLocale &locale, Currency currency = Currency::DKK);

private:
    constexpr Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    { }

    qint64 m_minor = 0;
    Currency m_currency = Currency::DKK;
};

} // namespace Traedesten::Domain
