#include "OutcomeText.h"

#include "domain/Money.h"
#include "domain/Who5.h"

#include <QLocale>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

template<std::size_t N> const char *lookUp(const std::pair<const char *, const char *> (&table)[N], const QString &code)
{
    for (const auto &[c, text] : table) {
        if (code == QLatin1String(c))
            return text;
    }
    return nullptr;
}

} // namespace

const char *OutcomeText::indicatorSource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "employment_status", QT_TR_NOOP("Employment") },
        { "weekly_hours", QT_TR_NOOP("Hours a week in work or education") },
        { "monthly_income", QT_TR_NOOP("Monthly income") },
        { "housing", QT_TR_NOOP("Housing") },
        { "who5", QT_TR_NOOP("Well-being (WHO-5)") },
        { "self_rated_health", QT_TR_NOOP("Self-rated health") },
        { "school_absence", QT_TR_NOOP("School absence") },
        { "leisure_activity", QT_TR_NOOP("Leisure activity") },
        { "ffb_self_care", QT_TR_NOOP("Functioning: self-care (FFB)") },
        { "ffb_practical", QT_TR_NOOP("Functioning: practical tasks at home (FFB)") },
        { "ffb_mobility", QT_TR_NOOP("Functioning: mobility (FFB)") },
        { "ffb_community", QT_TR_NOOP("Functioning: community life (FFB)") },
        { "ffb_social", QT_TR_NOOP("Functioning: social life (FFB)") },
        { "ffb_health", QT_TR_NOOP("Functioning: health (FFB)") },
        { "ffb_communication", QT_TR_NOOP("Functioning: communication (FFB)") },
        { "ffb_mental", QT_TR_NOOP("Functioning: mental functions (FFB)") },
        { "cash_benefit", QT_TR_NOOP("Dependence on cash benefit") },
    };
    return lookUp(names, code);
}

QString OutcomeText::indicator(const Indicator &indicator)
{
    if (const char *source = indicatorSource(indicator.code))
        return tr(source);
    return indicator.name;
}

const char *OutcomeText::unitSource(const QString &code)
{
    static const std::pair<const char *, const char *> units[] = {
        { "weekly_hours", QT_TR_NOOP("hours") },
        { "monthly_income", QT_TR_NOOP("kr.") },
        { "school_absence", QT_TR_NOOP("%") },
        { "who5", QT_TR_NOOP("of 100") },
        { "self_rated_health", QT_TR_NOOP("of 5") },
    };
    if (code.startsWith(QLatin1String("ffb_")))
        return QT_TR_NOOP("of 4");
    return lookUp(units, code);
}

QString OutcomeText::unit(const Indicator &indicator)
{
    if (!indicator.code.isEmpty()) {
        const char *source = unitSource(indicator.code);
        return source ? tr(source) : QString();
    }
    return indicator.unit;
}

const char *OutcomeText::categorySource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "ordinary_job", QT_TR_NOOP("Ordinary job") },
        { "subsidised_job", QT_TR_NOOP("Subsidised job (flex job, wage subsidy)") },
        { "education", QT_TR_NOOP("In education") },
        { "unemployed", QT_TR_NOOP("Unemployed") },
        { "sick_leave", QT_TR_NOOP("On sick leave") },
        { "disability_pension", QT_TR_NOOP("Disability pension") },
        { "other", QT_TR_NOOP("Other") },
        { "own_home", QT_TR_NOOP("Own or rented home") },
        { "with_family_or_friends", QT_TR_NOOP("Staying with family or friends") },
        { "supported_housing", QT_TR_NOOP("Supported housing") },
        { "hostel", QT_TR_NOOP("Hostel (shelter)") },
        { "rough_sleeping", QT_TR_NOOP("Sleeping rough") },
        { "institution", QT_TR_NOOP("Institution or treatment") },
        { "self_supporting", QT_TR_NOOP("Self-supporting") },
        { "partly_on_benefits", QT_TR_NOOP("Partly on cash benefit") },
        { "fully_on_benefits", QT_TR_NOOP("Fully on cash benefit") },
    };
    return lookUp(names, code);
}

QString OutcomeText::category(const Indicator &indicator, const QString &category)
{
    if (!indicator.code.isEmpty()) {
        if (const char *source = categorySource(category))
            return tr(source);
    }
    return category;
}

QString OutcomeText::number(double value)
{
    const QLocale locale;
    return value == std::floor(value) ? locale.toString(qint64(value)) : locale.toString(value, 'f', 1);
}

QString OutcomeText::value(const Indicator &indicator, const Measurement &measurement)
{
    switch (indicator.type) {
    case IndicatorType::Category:
        return category(indicator, measurement.category);
    case IndicatorType::YesNo:
        return measurement.value != 0 ? tr("Yes") : tr("No");
    case IndicatorType::Number:
    case IndicatorType::Scale:
        break;
    }
    if (indicator.code == u"monthly_income")
        return Money::fromMinor(qint64(std::llround(measurement.value * 100)), Currency::DKK).format(QLocale());
    const QString u = unit(indicator);
    if (u.isEmpty() || indicator.type == IndicatorType::Scale)
        return number(measurement.value);
    return u == u"%" ? number(measurement.value) + u : tr("%1 %2", "value and unit").arg(number(measurement.value), u);
}

const char *OutcomeText::who5QuestionSource(int item)
{
    static const char *const questions[Who5::ItemCount] = {
        QT_TR_NOOP("I have felt cheerful and in good spirits"),
        QT_TR_NOOP("I have felt calm and relaxed"),
        QT_TR_NOOP("I have felt active and vigorous"),
        QT_TR_NOOP("I woke up feeling fresh and rested"),
        QT_TR_NOOP("My daily life has been filled with things that interest me"),
    };
    return item >= 0 && item < Who5::ItemCount ? questions[item] : "";
}

QString OutcomeText::who5Question(int item)
{
    return tr(who5QuestionSource(item));
}

QString OutcomeText::who5Answer(int answer)
{
    switch (answer) {
    case 5:
        return tr("5 – All of the time");
    case 4:
        return tr("4 – Most of the time");
    case 3:
        return tr("3 – More than half of the time");
    case 2:
        return tr("2 – Less than half of the time");
    case 1:
        return tr("1 – Some of the time");
    case 0:
        return tr("0 – At no time");
    }
    return {};
}

QString OutcomeText::who5Reading(int score)
{
    if (score <= Who5::HighRisk)
        return tr("%1 of 100: low; 35 or below suggests a high risk of depression. Talk about it, and consider "
                  "referring to the doctor.")
            .arg(score);
    if (score <= Who5::AtRisk)
        return tr("%1 of 100: 50 or below suggests poor well-being.").arg(score);
    return tr("%1 of 100: above 50, no sign of poor well-being.").arg(score);
}

const char *OutcomeText::ownAssessmentSource(OwnAssessment assessment)
{
    switch (assessment) {
    case OwnAssessment::Achieved:
        return QT_TR_NOOP("Achieved the goal");
    case OwnAssessment::GotCloser:
        return QT_TR_NOOP("Got closer to the goal");
    case OwnAssessment::NotCloser:
        return QT_TR_NOOP("Not closer to the goal");
    }
    return "";
}

QString OutcomeText::ownAssessment(OwnAssessment assessment)
{
    return tr(ownAssessmentSource(assessment));
}

const char *OutcomeText::supportAssessmentSource(SupportAssessment assessment)
{
    switch (assessment) {
    case SupportAssessment::NotAtAll:
        return QT_TR_NOOP("Not at all");
    case SupportAssessment::SmallDegree:
        return QT_TR_NOOP("To a small degree");
    case SupportAssessment::SomeDegree:
        return QT_TR_NOOP("To some degree");
    case SupportAssessment::HighDegree:
        return QT_TR_NOOP("To a high degree");
    case SupportAssessment::VeryHighDegree:
        return QT_TR_NOOP("To a very high degree");
    }
    return "";
}

QString OutcomeText::supportAssessment(SupportAssessment assessment)
{
    return tr(supportAssessmentSource(assessment));
}

const char *OutcomeText::benefitTypeSource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "cash_benefit", QT_TR_NOOP("Cash benefit") },
        { "housing_benefit", QT_TR_NOOP("Housing benefit") },
        { "sickness_benefit", QT_TR_NOOP("Sickness benefit") },
        { "disability_pension", QT_TR_NOOP("Disability pension") },
        { "family_treatment", QT_TR_NOOP("Family treatment") },
        { "placement", QT_TR_NOOP("Placement in care") },
        { "contact_person", QT_TR_NOOP("Contact person") },
        { "preventive_measures", QT_TR_NOOP("Preventive measures") },
        { "psychiatric_support", QT_TR_NOOP("Psychiatric support") },
        { "other", QT_TR_NOOP("Other benefit or service") },
    };
    return lookUp(names, code);
}

QString OutcomeText::benefitType(const BenefitType &type)
{
    if (const char *source = benefitTypeSource(type.code))
        return tr(source);
    return type.name;
}

} // namespace Traedesten::Ui
