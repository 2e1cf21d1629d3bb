// Stable storage codes of the family plan's enumerations.
#include "FamilyPlan.h"

namespace Traedesten::Domain {

QString planStatusCode(PlanStatus status)
{
    return status == PlanStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft");
}

PlanStatus planStatusFromCode(const QString &code)
{
    return code == u"signed" ? PlanStatus::Signed : PlanStatus::Draft;
}

QString interventionStatusCode(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::Planned:
        return QStringLiteral("planned");
    case InterventionStatus::Active:
        return QStringLiteral("active");
    case InterventionStatus::Completed:
        return QStringLiteral("completed");
    case InterventionStatus::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("planned");
}

InterventionStatus interventionStatusFromCode(const QString &code)
{
    if (code == u"active")
        return InterventionStatus::Active;
    if (code == u"completed")
        return InterventionStatus::Completed;
    if (code == u"stopped")
        return InterventionStatus::Stopped;
    return InterventionStatus::Planned;
}

const QStringList &builtInDepartmentCodes()
{
    static const QStringList codes { QStringLiteral("job_centre"), QStringLiteral("family"),
        QStringLiteral("housing_social"), QStringLiteral("school"), QStringLiteral("health_psychiatry") };
    return codes;
}

} // namespace Traedesten::Domain
