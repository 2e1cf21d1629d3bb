#pragma once

#include <QDate>
#include <QString>

namespace Traedesten::Domain {

/**
 * Reads a date as a person types it. Always day first, then month, then year, in any of the forms
 * the program's two languages use:
 *   - separated by '-', '.', '/' or spaces: "15-01-2027", "15.01.2027", "15/1/2027", "15 1 2027";
 *   - digits only: "15012027" (ddMMyyyy) or "150127" (ddMMyy);
 *   - the ISO form "2027-01-15", which cannot be mistaken for a day first.
 * A two-digit year is read in a sliding window of a century around today: from 79 years before
 * this year to 20 years after it (in 2026: "27" is 2027, "46" is 2046, "47" is 1947, "85" is 1985),
 * so both birth dates and deadlines come out as meant.
 * Only dates from 1900-01-01 to 2100-12-31 are accepted. Spaces around the text are ignored.
 */
class DateText
{
public:
    static constexpr int YearsAhead = 20; ///< the window's end: this year plus 20

    /// The date @p text names, or an invalid QDate when it names none (or is empty).
    /// @p today sets the two-digit-year window (the current date when invalid).
    static QDate parse(const QString &text, const QDate &today = {});
    /// The four-digit year a two-digit @p year (0–99) stands for, seen from @p today's year.
    static int expandYear(int year, const QDate &today = {});

    static QDate earliest() { return QDate(1900, 1, 1); }
    static QDate latest() { return QDate(2100, 12, 31); }
};

} // namespace Traedesten::Domain
