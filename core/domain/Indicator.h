#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Traedesten::Domain {

/// What kind of value an indicator takes.
enum class IndicatorType {
    Number, ///< a number within [minimum, maximum] (maximum 0: no upper bound), e.g. weekly hours
    Scale, ///< a whole number within [minimum, maximum], e.g. self-rated health 1–5, WHO-5 0–100
    Category, ///< one of categories, e.g. housing situation
    YesNo, ///< 1 = yes, 0 = no
};

/**
 * Something followed over time for a citizen. The built-in ones have a code (their names are
 * translated in the UI); the file's own have a name and unit written by the user.
 *
 * Built-in codes: employment_status (category), weekly_hours (number, hours), monthly_income
 * (number, kr.), housing (category), who5 (scale 0–100, from five items), self_rated_health
 * (scale 1–5), school_absence (number, %, 0–100), leisure_activity (yes/no), ffb_self_care,
 * ffb_practical, ffb_mobility, ffb_community, ffb_social, ffb_health, ffb_communication,
 * ffb_mental (scale 0–4, FFB/VUM functioning level per area), cash_benefit (category).
 */
struct Indicator
{
    QString id;
    QString code; ///< built-in code; empty for the file's own
    QString name; ///< the file's own name; empty for a built-in one
    QString unit; ///< the file's own unit ("kr.", "timer"); empty for a built-in one
    IndicatorType type = IndicatorType::Number;
    double minimum = 0;
    double maximum = 0;
    /// Category: the choices (codes for built-in indicators, the user's labels for their own).
    QStringList categories;
    /// False where less is better (school absence, FFB levels): "improved" in reports follows it.
    bool higherIsBetter = true;
    int position = 0;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

/// One measurement of one indicator for one citizen. The first by date is the baseline.
struct Measurement
{
    QString id;
    QString citizenId;
    QString indicatorId;
    QDate measuredOn;
    double value = 0; ///< Number, Scale (WHO-5: the 0–100 score), YesNo (0/1); unused for Category
    QString category; ///< Category: one of the indicator's categories
    QList<int> items; ///< WHO-5: the five answers, each 0–5; empty otherwise
    QString measuredBy;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Measurement &, const Measurement &) = default;
};

QString indicatorTypeCode(IndicatorType type);
IndicatorType indicatorTypeFromCode(const QString &code);
/// The built-in indicators' codes, in their order.
const QStringList &builtInIndicatorCodes();

} // namespace Traedesten::Domain
