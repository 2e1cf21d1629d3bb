#pragma once

#include "domain/Benefit.h"
#include "domain/Goal.h"
#include "domain/Indicator.h"

#include <QCoreApplication>

namespace Traedesten::Ui {

/**
 * The words for the effect part of the domain (indicators and their values, WHO-5, end
 * assessments, benefits) in the current language. The *Source() functions give the
 * untranslated English, for prints made in another language than the program's.
 */
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)

public:
    static const char *indicatorSource(const QString &code);
    static QString indicator(const Domain::Indicator &indicator);
    static const char *unitSource(const QString &code);
    /// The unit after a value ("timer/uge", "kr.", "%"), or empty.
    static QString unit(const Domain::Indicator &indicator);
    static const char *categorySource(const QString &code);
    /// A category of @p indicator: a built-in code translated, or the user's own label.
    static QString category(const Domain::Indicator &indicator, const QString &category);
    /// A measured value as it reads: "52", "Ja", "Forsorgshjem", "12.500 kr.".
    static QString value(const Domain::Indicator &indicator, const Domain::Measurement &measurement);
    /// A number the way the UI writes it: whole numbers without decimals.
    static QString number(double value);

    static QString who5Question(int item);
    static const char *who5QuestionSource(int item);
    /// The answer to a WHO-5 statement, 0 ("At no time") to 5 ("All of the time").
    static QString who5Answer(int answer);
    /// What a WHO-5 score suggests: above 50 fine, 50 and below poor well-being, 35 and below high risk.
    static QString who5Reading(int score);

    static const char *ownAssessmentSource(Domain::OwnAssessment assessment);
    static QString ownAssessment(Domain::OwnAssessment assessment);
    static const char *supportAssessmentSource(Domain::SupportAssessment assessment);
    static QString supportAssessment(Domain::SupportAssessment assessment);

    static const char *benefitTypeSource(const QString &code);
    static QString benefitType(const Domain::BenefitType &type);
};

} // namespace Traedesten::Ui
