#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace Traedesten::Domain {

/// The target groups of the trials a citizen can belong to (several at once).
enum class TargetGroup {
    Homelessness = 0x01,
    SubstanceUse = 0x02,
    MentalIllness = 0x04,
    VulnerableFamily = 0x08,
    YoungPeople = 0x10,
};
Q_DECLARE_FLAGS(TargetGroups, TargetGroup)
Q_DECLARE_OPERATORS_FOR_FLAGS(TargetGroups)

/// Every target group, in display order.
const QList<TargetGroup> &allTargetGroups();
/// Stable storage code ("homelessness", …).
QString targetGroupCode(TargetGroup group);
/// Comma-separated codes, in display order.
QString targetGroupsToCodes(TargetGroups groups);
/// Parses codes; unknown codes are ignored.
TargetGroups targetGroupsFromCodes(const QString &codes);

} // namespace Traedesten::Domain
