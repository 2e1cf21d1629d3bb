// The built-in benefit types' stable codes, and what benefits cost in a month.
#include "Benefit.h"

#include <algorithm>

namespace Traedesten::Domain {

const QStringList &builtInBenefitTypeCodes()
{
    // The order schema version 5 seeds them in (their position), which is also the UI's order.
    static const QStringList codes { QStringLiteral("cash_benefit"), QStringLiteral("housing_benefit"),
        QStringLiteral("sickness_benefit"), QStringLiteral("disability_pension"), QStringLiteral("family_treatment"),
        QStringLiteral("placement"), QStringLiteral("contact_person"), QStringLiteral("preventive_measures"),
        QStringLiteral("psychiatric_support"), QStringLiteral("other") };
    return codes;
}

MonthlyCost monthlyCost(const QList<Benefit> &benefits, const QDate &day)
{
    MonthlyCost cost;
    if (!day.isValid())
        return cost;
    cost.month = QDate(day.year(), day.month(), 1);
    const qint64 daysInMonth = cost.month.daysInMonth();
    const QDate monthEnd = cost.month.addDays(daysInMonth - 1);
    for (const Benefit &b : benefits) {
        const QDate begin = qMax(b.startDate, cost.month);
        const QDate end = b.endDate.isValid() ? qMin(b.endDate, monthEnd) : monthEnd;
        if (!b.startDate.isValid() || end < begin)
            continue;
        const qint64 days = begin.daysTo(end) + 1;
        // monthly × days ÷ daysInMonth, rounded half up to the øre, in integers.
        const qint64 part = (b.monthlyCostMinor * days * 2 + daysInMonth) / (2 * daysInMonth);
        cost.byDepartment[b.departmentId] += part;
        cost.totalMinor += part;
        cost.fullMonthMinor += b.monthlyCostMinor;
        ++cost.benefits;
        if (days < daysInMonth)
            cost.partDays.append(int(days));
    }
    std::sort(cost.partDays.begin(), cost.partDays.end());
    return cost;
}

} // namespace Traedesten::Domain
