// The built-in benefit types' stable codes.
#include "Benefit.h"

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

} // namespace Traedesten::Domain
