#include "TargetGroup.h"

namespace Traedesten::Domain {

const QList<TargetGroup> &allTargetGroups()
{
    static const QList<TargetGroup> groups { TargetGroup::Homelessness, TargetGroup::SubstanceUse,
        TargetGroup::MentalIllness, TargetGroup::VulnerableFamily, TargetGroup::YoungPeople };
    return groups;
}

QString targetGroupCode(TargetGroup group)
{
    switch (group) {
    case TargetGroup::Homelessness:
        return QStringLiteral("homelessness");
    case TargetGroup::SubstanceUse:
        return QStringLiteral("substance_use");
    case TargetGroup::MentalIllness:
        return QStringLiteral("mental_illness");
    case TargetGroup::VulnerableFamily:
        return QStringLiteral("vulnerable_family");
    case TargetGroup::YoungPeople:
        return QStringLiteral("young_people");
    }
    return {};
}

QString targetGroupsToCodes(TargetGroups groups)
{
    QStringList codes;
    for (TargetGroup g : allTargetGroups()) {
        if (groups.testFlag(g))
            codes << targetGroupCode(g);
    }
    return codes.join(QLatin1Char(','));
}

TargetGroups targetGroupsFromCodes(const QString &codes)
{
    TargetGroups groups;
    const QStringList parts = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (TargetGroup g : allTargetGroups()) {
        if (parts.contains(targetGroupCode(g)))
            groups |= g;
    }
    return groups;
}

} // namespace Traedesten::Domain
