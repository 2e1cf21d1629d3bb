#pragma once

#include "Result.h"
#include "domain/Benefit.h"
#include "domain/Validation.h"

#include <QList>

namespace Traedesten::Storage {

class CaseFile;

/**
 * Relational budgeting: the public benefits and services each household member receives, and
 * what they cost a month. A benefit needs a member, a type, a department, a monthly cost ≥ 0
 * and a start date; an end date is not before the start (Issue::EndBeforeStart). Refusals are
 * Error::invalid naming the field and nothing is written. Every write is one transaction with
 * its audit event (EntityType::BenefitType / Benefit are announced after it commits).
 */
class BenefitRepository
{
public:
    static constexpr int MaxTextLength = Domain::Validation::Limits::BenefitText;

    explicit BenefitRepository(CaseFile &file);

    /// Built-in first, in their order, then the file's own.
    Result<QList<Domain::BenefitType>> types();
    Result<Domain::BenefitType> createType(Domain::BenefitType type);
    Result<Domain::BenefitType> updateType(Domain::BenefitType type);
    Status putType(const Domain::BenefitType &type);
    /// Only a type no benefit refers to can go (undoing its creation); otherwise archive it.
    Status removeType(const QString &typeId);

    /// The household's benefits: by member (in the household's order), then start date.
    Result<QList<Domain::Benefit>> benefits(const QString &householdId);
    Result<Domain::Benefit> benefit(const QString &benefitId);
    Result<Domain::Benefit> createBenefit(Domain::Benefit benefit);
    Result<Domain::Benefit> updateBenefit(Domain::Benefit benefit);
    Status putBenefit(const Domain::Benefit &benefit);
    Status removeBenefit(const QString &benefitId);

    /**
     * The household's monthly public cost for every month from @p from to @p to (both taken as
     * their months), by department. A benefit counts in a month for the days it runs in it:
     * monthly cost × days ÷ days in the month, rounded to the øre; an open end runs on.
     */
    Result<QList<Domain::MonthlyCost>> costSeries(const QString &householdId, const QDate &from, const QDate &to);
    /// The first start date of the household's benefits; invalid when it has none.
    Result<QDate> firstStart(const QString &householdId);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
