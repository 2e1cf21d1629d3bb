#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Reports {

/// What falls due.
enum class DueKind {
    SteppingStone, ///< a stepping stone's due date (planned or in progress)
    FollowUp, ///< the next follow-up of an intervention in a household's current family plan
    ConsentExpiry, ///< the last day of a consent that is not withdrawn and not renewed
    BudgetEnd, ///< the last day of an active personal budget's period
};

/// One thing that falls due across the caseload, with what the This week view shows of it.
struct DueItem
{
    DueKind kind = DueKind::SteppingStone;
    QDate date; ///< the due date, the follow-up, the consent's expiry or the budget period's last day
    bool overdue = false; ///< the date is before today and the item is still open
    QString itemId; ///< the stepping stone, intervention, consent or budget
    QString citizenId; ///< the citizen to open (for household items: the member's own, or the household's)
    QString citizenName;
    QString householdId; ///< follow-ups and consents only
    QString householdName;
    QString title; ///< the stepping stone's or the intervention's title
    QString departmentCode; ///< follow-ups and consents: built-in department code, or empty
    QString departmentName; ///< follow-ups and consents: the file's own department name, or empty
    QString memberName; ///< consents: whose consent
    QDate periodStart; ///< budgets: the first day of the period

    friend bool operator==(const DueItem &, const DueItem &) = default;
};

/**
 * What falls due across the caseload of active citizens from @p today to @p today + @p days
 * (both included), and everything still open whose date has passed (overdue): stepping
 * stones not done or dropped, follow-ups of planned or active interventions in each
 * household's current plan, consents neither withdrawn nor renewed, and active budgets'
 * period ends. Ordered by date (so overdue first), kind and citizen. Four prepared
 * statements over indexed columns; fast with many thousands of citizens.
 */
Result<QList<DueItem>> dueItems(Storage::CaseFile &file, const QDate &today, int days);

} // namespace Traedesten::Reports
