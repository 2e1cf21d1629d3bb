#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Traedesten::Domain {

/**
 * A kind of public benefit or service (relational budgeting). Built-in codes: cash_benefit,
 * housing_benefit, sickness_benefit, disability_pension, family_treatment, placement,
 * contact_person, preventive_measures, psychiatric_support, other. The file may add its own.
 */
struct BenefitType
{
    QString id;
    QString code; ///< built-in code; empty for the file's own
    QString name; ///< the file's own name; empty for a built-in one
    QString departmentId; ///< the department that usually grants it (a default for new benefits)
    int position = 0;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const BenefitType &, const BenefitType &) = default;
};

/// A benefit or service one household member receives, with what it costs the public a month.
struct Benefit
{
    QString id;
    QString memberId; ///< household_member.id
    QString typeId;
    QString departmentId;
    qint64 monthlyCostMinor = 0; ///< øre a month, ≥ 0
    QDate startDate;
    QDate endDate; ///< invalid: still running
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Benefit &, const Benefit &) = default;
};

/// The public cost of one month, by department. A benefit running part of a month counts by its days.
struct MonthlyCost
{
    QDate month; ///< the first day of the month
    QHash<QString, qint64> byDepartment; ///< department id → øre
    qint64 totalMinor = 0; ///< what the month really costs: pro-rated benefits by their days
    qint64 fullMonthMinor = 0; ///< what the benefits running in the month cost for a whole month
    int benefits = 0; ///< benefits running at least one day of the month
    QList<int> partDays; ///< for each benefit running only part of the month, its days in it, fewest first

    int daysInMonth() const { return month.daysInMonth(); }
    /// Some benefit runs only part of the month, so totalMinor is less than a whole month's cost.
    bool isProrated() const { return !partDays.isEmpty(); }

    friend bool operator==(const MonthlyCost &, const MonthlyCost &) = default;
};

/**
 * What @p benefits cost the public in the month of @p day: each benefit for the days it runs in the
 * month (an open end runs on), monthly cost × days ÷ days in the month, rounded half up to the øre.
 */
MonthlyCost monthlyCost(const QList<Benefit> &benefits, const QDate &day);

/// The built-in benefit types' codes, in their order.
const QStringList &builtInBenefitTypeCodes();

} // namespace Traedesten::Domain
