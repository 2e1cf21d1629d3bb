// Stable storage codes of the indicators' enumerations.
#include "Indicator.h"

namespace Traedesten::Domain {

QString indicatorTypeCode(IndicatorType type)
{
    switch (type) {
    case IndicatorType::Number:
        return QStringLiteral("number");
    case IndicatorType::Scale:
        return QStringLiteral("scale");
    case IndicatorType::Category:
        return QStringLiteral("category");
    case IndicatorType::YesNo:
        return QStringLiteral("yes_no");
    }
    return QStringLiteral("number");
}

IndicatorType indicatorTypeFromCode(const QString &code)
{
    if (code == u"scale")
        return IndicatorType::Scale;
    if (code == u"category")
        return IndicatorType::Category;
    if (code == u"yes_no")
        return IndicatorType::YesNo;
    return IndicatorType::Number;
}

const QStringList &builtInIndicatorCodes()
{
    // The order seeded by Schema version 5 (the position column follows it).
    static const QStringList codes {
        QStringLiteral("employment_status"),
        QStringLiteral("weekly_hours"),
        QStringLiteral("monthly_income"),
        QStringLiteral("housing"),
        QStringLiteral("who5"),
        QStringLiteral("self_rated_health"),
        QStringLiteral("school_absence"),
        QStringLiteral("leisure_activity"),
        QStringLiteral("ffb_self_care"),
        QStringLiteral("ffb_practical"),
        QStringLiteral("ffb_mobility"),
        QStringLiteral("ffb_community"),
        QStringLiteral("ffb_social"),
        QStringLiteral("ffb_health"),
        QStringLiteral("ffb_communication"),
        QStringLiteral("ffb_mental"),
        QStringLiteral("cash_benefit"),
    };
    return codes;
}

} // namespace Traedesten::Domain
