#include "Money.h"

#include <QStringView>

#include <array>

namespace Traedesten::Domain {

namespace {

/// The characters that separate the parts of an amount in one language.
struct Separators
{
    QChar decimal;
    QChar group;
};

bool isDanish(const QLocale &locale)
{
    return locale.language() == QLocale::Danish;
}

Separators separatorsFor(const QLocale &locale)
{
    // Fixed on purpose: Qt's locale data differs between versions.
    if (isDanish(locale))
        return { QLatin1Char(','), QLatin1Char('.') };
    return { QLatin1Char('.'), QLatin1Char(',') };
}

Error invalidAmount()
{
    return Error::invalid(QStringLiteral("amount"), Issue::InvalidAmount);
}

Error outOfRange()
{
    return Error::invalid(QStringLiteral("amount"), Issue::OutOfRange);
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

/// Spaces people (or other programs) put between digits: all become a plain space.
bool isSpaceLike(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
        return true;
    default:
        return false;
    }
}

bool isMinus(QChar c)
{
    return c == QLatin1Char('-') || c.unicode() == 0x2212; // hyphen-minus, minus sign
}

/// @p text without white space (including line breaks and no-break spaces) at either end.
QStringView trimmedSpaces(QStringView text)
{
    while (!text.isEmpty() && (isSpaceLike(text.front()) || text.front().isSpace()))
        text = text.sliced(1);
    while (!text.isEmpty() && (isSpaceLike(text.back()) || text.back().isSpace()))
        text.chop(1);
    return text;
}

struct Marker
{
    QStringView text;
    Currency currency;
};

// Longest first, so "kr." wins over "kr".
constexpr std::array<Marker, 5> markers { {
    { u"DKK", Currency::DKK },
    { u"GBP", Currency::GBP },
    { u"kr.", Currency::DKK },
    { u"kr", Currency::DKK },
    { u"£", Currency::GBP },
} };

/// Strips a currency marker at the start (or end) of @p text; returns the marker found, if any.
const Marker *stripMarker(QStringView &text, bool atStart)
{
    for (const Marker &marker : markers) {
        if (atStart ? text.startsWith(marker.text, Qt::CaseInsensitive)
                    : text.endsWith(marker.text, Qt::CaseInsensitive)) {
            // Drop the marker and the spaces between it and the number (only on that side,
            // so "- 5" stays refused with or without a marker).
            if (atStart) {
                text = text.sliced(marker.text.size());
                while (!text.isEmpty() && isSpaceLike(text.front()))
                    text = text.sliced(1);
            } else {
                text.chop(marker.text.size());
                while (!text.isEmpty() && isSpaceLike(text.back()))
                    text.chop(1);
            }
            return &marker;
        }
    }
    return nullptr;
}

/// Digits grouped by three, e.g. 1234567 -> "1.234.567" with a dot.
QString groupedDigits(quint64 value, QChar group)
{
    const QString digits = QString::number(value);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += group;
        out += digits.at(i);
    }
    return out;
}

/// The number without sign or currency: "1.234,50".
QString unsignedNumber(qint64 minor, const Separators &separators)
{
    // Through unsigned arithmetic so that even the lowest qint64 has a magnitude.
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    const quint64 cents = magnitude % 100;
    QString out = groupedDigits(magnitude / 100, separators.group);
    out += separators.decimal;
    out += QLatin1Char(static_cast<char>('0' + cents / 10));
    out += QLatin1Char(static_cast<char>('0' + cents % 10));
    return out;
}

} // namespace

QString currencyCode(Currency c)
{
    switch (c) {
    case Currency::DKK:
        return QStringLiteral("DKK");
    case Currency::GBP:
        return QStringLiteral("GBP");
    }
    return QStringLiteral("DKK");
}

Currency currencyFromCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.compare(QLatin1String("GBP"), Qt::CaseInsensitive) == 0)
        return Currency::GBP;
    return Currency::DKK;
}

QString Money::format(const QLocale &locale) const
{
    const QString sign = m_minor < 0 ? QStringLiteral("-") : QString();
    const QString number = unsignedNumber(m_minor, separatorsFor(locale));
    if (isDanish(locale))
        return sign + number + (m_currency == Currency::GBP ? QStringLiteral(" £") : QStringLiteral(" kr."));
    return sign + (m_currency == Currency::GBP ? QStringLiteral("£") : QStringLiteral("DKK ")) + number;
}

QString Money::formatPlain(const QLocale &locale) const
{
    const QString number = unsignedNumber(m_minor, separatorsFor(locale));
    return m_minor < 0 ? QStringLiteral("-") + number : number;
}

Result<Money> Money::parse(const QString &text, const QLocale &locale, Currency currency)
{
    const Separators separators = separatorsFor(locale);
    QStringView rest = trimmedSpaces(text);

    // Sign and currency marker: "-kr. 5", "kr. -5", "-5 kr.", "-£5", "£-5".
    bool negative = false;
    if (!rest.isEmpty() && isMinus(rest.front())) {
        negative = true;
        rest = rest.sliced(1);
    }
    const Marker *marker = stripMarker(rest, true);
    if (marker && !negative && !rest.isEmpty() && isMinus(rest.front())) {
        negative = true;
        rest = rest.sliced(1);
    }
    if (!marker)
        marker = stripMarker(rest, false);
    if (marker && marker->currency != currency)
        return invalidAmount(); // no conversion: "£5" is not an amount in kroner
    if (rest.isEmpty())
        return invalidAmount();

    // Split into the whole units and the decimals.
    QStringView whole = rest;
    QStringView decimals;
    if (isDanish(locale) && rest.endsWith(u",-")) {
        // "125,-": whole kroner, as on Danish price tags.
        whole = rest.chopped(2);
        if (whole.isEmpty())
            return invalidAmount();
    } else if (const qsizetype point = rest.indexOf(separators.decimal); point >= 0) {
        whole = rest.first(point);
        decimals = rest.sliced(point + 1);
        // One or two digits and nothing else: this also refuses a second decimal separator.
        if (decimals.isEmpty() || decimals.size() > 2 || !allAsciiDigits(decimals))
            return invalidAmount();
    }

    // The whole units: digits, optionally grouped by three with one kind of separator.
    QChar usedSeparator;
    bool grouped = false;
    qsizetype groupDigits = 0;
    for (QChar c : whole) {
        if (isAsciiDigit(c)) {
            ++groupDigits;
            continue;
        }
        const QChar separator = isSpaceLike(c) ? QLatin1Char(' ') : c;
        if (separator != separators.group && separator != QLatin1Char(' '))
            return invalidAmount();
        if (grouped && separator != usedSeparator)
            return invalidAmount();
        // The first group has one to three digits, every later one exactly three.
        if (grouped ? groupDigits != 3 : (groupDigits < 1 || groupDigits > 3))
            return invalidAmount();
        grouped = true;
        usedSeparator = separator;
        groupDigits = 0;
    }
    if (grouped && groupDigits != 3)
        return invalidAmount(); // "1." or "1.23": a trailing or ambiguous separator

    // The value, checked against the limit before each step so nothing can wrap.
    qint64 major = 0;
    for (QChar c : whole) {
        if (!isAsciiDigit(c))
            continue;
        const qint64 digit = c.unicode() - u'0';
        if (major > (MaxMajorUnits - digit) / 10)
            return outOfRange();
        major = major * 10 + digit;
    }
    qint64 cents = 0;
    for (qsizetype i = 0; i < 2; ++i)
        cents = cents * 10 + (i < decimals.size() ? decimals.at(i).unicode() - u'0' : 0);
    if (major > (MaxMinorUnits - cents) / 100)
        return outOfRange();
    const qint64 minor = major * 100 + cents;
    return Money(negative ? -minor : minor, currency);
}

} // namespace Traedesten::Domain
