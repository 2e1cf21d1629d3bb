#include "DateText.h"

#include <QList>
#include <QStringView>

namespace Traedesten::Domain {

namespace {

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u' ';
}

/// Splits "15-01-2027" into its runs of digits. False when anything but ASCII digits and separators occurs,
/// when the text starts or ends with a separator, or when two groups are parted by more than one mark
/// ("15--01-2027"; spaces around a mark are fine).
bool digitGroups(QStringView text, QList<QStringView> &groups)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!groups.isEmpty()) {
            int marks = 0;
            const qsizetype from = i;
            while (i < text.size() && isSeparator(text.at(i))) {
                if (text.at(i) != u' ')
                    ++marks;
                ++i;
            }
            if (i == from || i == text.size() || marks > 1)
                return false;
        }
        const qsizetype start = i;
        while (i < text.size() && text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9')
            ++i;
        if (i == start)
            return false;
        groups << text.mid(start, i - start);
    }
    return true;
}

QDate checked(int year, int month, int day)
{
    const QDate date(year, month, day); // invalid for 31-02 or month 13
    if (!date.isValid() || date < DateText::earliest() || date > DateText::latest())
        return {};
    return date;
}

} // namespace

int DateText::expandYear(int year, const QDate &today)
{
    const int thisYear = (today.isValid() ? today : QDate::currentDate()).year();
    const int last = thisYear + YearsAhead; // the window: last - 99 .. last
    int full = last - last % 100 + year;
    if (full > last)
        full -= 100;
    return full;
}

QDate DateText::parse(const QString &text, const QDate &today)
{
    const QStringView trimmed = QStringView(text).trimmed();
    if (trimmed.isEmpty())
        return {};
    QList<QStringView> groups;
    if (!digitGroups(trimmed, groups))
        return {};
    if (groups.size() == 1) {
        // Digits only: ddMMyyyy or ddMMyy.
        const QStringView digits = groups.first();
        if (digits.size() == 8)
            return checked(digits.mid(4, 4).toInt(), digits.mid(2, 2).toInt(), digits.mid(0, 2).toInt());
        if (digits.size() == 6)
            return checked(
                expandYear(digits.mid(4, 2).toInt(), today), digits.mid(2, 2).toInt(), digits.mid(0, 2).toInt());
        return {};
    }
    if (groups.size() != 3)
        return {};
    const QStringView a = groups.at(0), b = groups.at(1), c = groups.at(2);
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) // ISO: 2027-01-15
        return checked(a.toInt(), b.toInt(), c.toInt());
    if (a.size() > 2 || b.size() > 2)
        return {};
    int year = 0;
    if (c.size() == 4)
        year = c.toInt();
    else if (c.size() == 2)
        year = expandYear(c.toInt(), today);
    else
        return {};
    return checked(year, b.toInt(), a.toInt());
}

} // namespace Traedesten::Domain
