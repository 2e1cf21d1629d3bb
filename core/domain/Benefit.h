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
    qint64 totalMinor = 0;

    friend bool operator==(const MonthlyCost &, const MonthlyCost &) = default;
};

/// The built-in benefit types' codes, in their order.
const QStringList &builtInBenefitTypeCodes();

} // namespace Traedesten::Domain
