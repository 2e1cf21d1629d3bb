#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

enum class BudgetStatus { Active, Closed };

/// A citizen's personal budget: a drawing right up to the cap within the period.
struct Budget
{
    QString id;
    QString citizenId;
    qint64 capMinor = 0; ///< øre or pence
    Currency currency = Currency::DKK;
    QDate periodStart;
    int months = 12; ///< 12, or 15 as in the 2022 trial law
    BudgetStatus status = BudgetStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;

    Money cap() const { return Money::fromMinor(capMinor, currency); }
    /// The last day of the period.
    QDate periodEnd() const { return periodStart.isValid() ? periodStart.addMonths(months).addDays(-1) : QDate(); }
    bool contains(const QDate &date) const { return date >= periodStart && date <= periodEnd(); }

    friend bool operator==(const Budget &, const Budget &) = default;
};

QString budgetStatusCode(BudgetStatus status);
BudgetStatus budgetStatusFromCode(const QString &code);

} // namespace Traedesten::Domain
