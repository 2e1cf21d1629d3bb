#pragma once

#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

enum class MemberRole { Adult, Child };

/// An adult or child of a household.
struct HouseholdMember
{
    QString id;
    QString householdId;
    QString name;
    int birthYear = 0; ///< 0 when unknown
    MemberRole role = MemberRole::Adult;
    QString relation; ///< the family's own word: mother, stepfather, son, …
    bool parentalResponsibility = false; ///< holds parental responsibility (forældremyndighed)
    QString citizenId; ///< set when the member is also a citizen in the caseload
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const HouseholdMember &, const HouseholdMember &) = default;
};

QString memberRoleCode(MemberRole role);
MemberRole memberRoleFromCode(const QString &code);

} // namespace Traedesten::Domain
