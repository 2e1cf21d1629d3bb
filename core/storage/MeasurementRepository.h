#pragma once

#include "Result.h"
#include "domain/Indicator.h"
#include "domain/Validation.h"

#include <QList>

#include <optional>

namespace Traedesten::Storage {

class CaseFile;

/// One indicator as the Measurements page lists it for a citizen: first and newest measurement.
struct IndicatorSummary
{
    Domain::Indicator indicator;
    int count = 0; ///< the citizen's measurements of it
    std::optional<Domain::Measurement> baseline; ///< the first by date (then by creation)
    std::optional<Domain::Measurement> latest; ///< the newest by date (then by creation)

    friend bool operator==(const IndicatorSummary &, const IndicatorSummary &) = default;
};

/**
 * Indicators (built-in and the file's own) and the citizens' measurements of them. Values are
 * checked against the indicator: a number or scale within its range, a category among its
 * categories, yes/no as 0 or 1, WHO-5 as exactly five answers 0–5 from which the score
 * (raw × 4) is computed and stored as the value. Dates must be real and not in the future.
 * Refusals are Error::invalid with the field ("value", "category", "items", "measuredOn",
 * "indicatorId", "citizenId", "name", …) and nothing is written. Every write is one
 * transaction with its audit event (EntityType::Indicator / Measurement are announced after it commits).
 */
class MeasurementRepository
{
public:
    static constexpr int MaxTextLength = Domain::Validation::Limits::MeasurementText;

    explicit MeasurementRepository(CaseFile &file);

    /// Built-in first, in their order, then the file's own in the order they were added.
    Result<QList<Domain::Indicator>> indicators();
    Result<Domain::Indicator> indicator(const QString &indicatorId);
    /// The file's own indicator (no code); needs a name; a scale needs minimum < maximum, a
    /// category at least two categories. Appended last.
    Result<Domain::Indicator> createIndicator(Domain::Indicator indicator);
    /// Renames, changes the unit or archives; the type, range and categories of an indicator
    /// with measurements do not change (Issue::InUse), nor do built-in ones except archiving.
    Result<Domain::Indicator> updateIndicator(Domain::Indicator indicator);
    /// Stores exactly @p indicator (undo/redo), with the same checks as create/update.
    Status putIndicator(const Domain::Indicator &indicator);
    /// Only an indicator without measurements can go (undoing its creation); otherwise archive it.
    Status removeIndicator(const QString &indicatorId);

    /// The citizen's measurements of one indicator, oldest first.
    Result<QList<Domain::Measurement>> measurements(const QString &citizenId, const QString &indicatorId);
    /// Every indicator that is not archived or that the citizen has measurements of, in indicator
    /// order, with count, baseline and latest: one query, not one per indicator.
    Result<QList<IndicatorSummary>> summaries(const QString &citizenId);
    Result<Domain::Measurement> measurement(const QString &measurementId);
    Result<Domain::Measurement> createMeasurement(Domain::Measurement measurement);
    Result<Domain::Measurement> updateMeasurement(Domain::Measurement measurement);
    Status putMeasurement(const Domain::Measurement &measurement);
    Status removeMeasurement(const QString &measurementId);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
