#pragma once

#include "TargetGroup.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

enum class CitizenStatus { Active, Closed };

/// A citizen in the caseload. Every record has a UUID and timestamps.
struct Citizen
{
    QString id;
    QString name;
    QString cpr; ///< "DDMMYY-SSSS" or empty
    QDate birthDate;
    QString phone;
    QString email;
    QString address;
    TargetGroups targetGroups;
    CitizenStatus status = CitizenStatus::Active;
    QDate startDate;
    QDate endDate;
    QString supportPerson;
    QString householdId; ///< empty when not in a household
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Citizen &, const Citizen &) = default;
};

QString citizenStatusCode(CitizenStatus status);
CitizenStatus citizenStatusFromCode(const QString &code);

} // namespace Traedesten::Domain
