#include "MeasurementRepository.h"

#include "domain/Who5.h"
#include "storage/CaseFile.h"
#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString Who5Code = QStringLiteral("who5");

bool isMeasured(Database &db, const QString &indicatorId)
{
    Statement s = db.cached("SELECT 1 FROM measurement WHERE indicator_id = ?1 LIMIT 1");
    s.bind(1, indicatorId);
    return s.next();
}

/// Measurements already taken are read against the type, range and categories: these stay.
void checkMeasuredUnchanged(const Indicator &stored, const Indicator &i)
{
    if (i.type != stored.type)
        refuse("type", Issue::InUse);
    if (i.minimum != stored.minimum)
        refuse("minimum", Issue::InUse);
    if (i.maximum != stored.maximum)
        refuse("maximum", Issue::InUse);
    if (i.categories != stored.categories)
        refuse("categories", Issue::InUse);
}

/// What a built-in indicator may not change: everything but archived (and the time stamp).
void checkBuiltInUnchanged(const Indicator &stored, const Indicator &i)
{
    if (i.name != stored.name)
        refuse("name", Issue::InUse);
    if (i.unit != stored.unit)
        refuse("unit", Issue::InUse);
    checkMeasuredUnchanged(stored, i);
    if (i.higherIsBetter != stored.higherIsBetter)
        refuse("higherIsBetter", Issue::InUse);
    if (i.position != stored.position)
        refuse("position", Issue::InUse);
    if (i.createdAt != stored.createdAt)
        refuse("createdAt", Issue::InUse);
}

/// The caller gets back what is stored: for WHO-5 the score computed from the five answers.
Status scoreWho5(CaseFile &file, Measurement &m)
{
    auto indicator = file.read([&](Database &db) { return Kinds::indicator().find(db, m.indicatorId); });
    if (!indicator)
        return indicator.error();
    if (*indicator && (*indicator)->code == Who5Code) {
        if (const auto score = Who5::score(m.items))
            m.value = *score;
    }
    return {};
}

} // namespace

MeasurementRepository::MeasurementRepository(CaseFile &file)
    : m_file(file)
{ }

Result<QList<Indicator>> MeasurementRepository::indicators()
{
    return m_file.read([](Database &db) { return Kinds::indicator().readAll(db); });
}

Result<Indicator> MeasurementRepository::indicator(const QString &indicatorId)
{
    return m_file.read([&](Database &db) {
        const auto i = Kinds::indicator().find(db, indicatorId);
        if (!i)
            refuse("id", Issue::UnknownReference);
        return *i;
    });
}

Result<Indicator> MeasurementRepository::createIndicator(Indicator indicator)
{
    if (indicator.id.isEmpty())
        indicator.id = newId();
    // Built-in indicators come with the schema; what the user creates is the file's own.
    indicator.code.clear();
    indicator.createdAt = indicator.updatedAt = now();
    // Appended last, after the built-in ones and the file's own (all one list, no parent).
    auto position = m_file.read([](Database &db) {
        Statement s = db.cached("SELECT COALESCE(max(position) + 1, 0) FROM indicator");
        return s.next() ? static_cast<int>(s.int64(0)) : 0;
    });
    if (!position)
        return position.error();
    indicator.position = *position;
    if (Status s = putIndicator(indicator); !s)
        return s.error();
    return indicator;
}

Result<Indicator> MeasurementRepository::updateIndicator(Indicator indicator)
{
    indicator.updatedAt = now();
    if (Status s = putIndicator(indicator); !s)
        return s.error();
    return indicator;
}

Status MeasurementRepository::putIndicator(const Indicator &i)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::indicator().find(db, i.id);
        if (stored && i.code != stored->code)
            refuse("code", Issue::InUse);
        // Built-in ones are seeded by the schema and never removed, so a new one is always the file's own.
        if (!stored && !i.code.isEmpty())
            refuse("code", Issue::OutOfRange);
        // The file's own by Validation; a built-in one against what the schema seeded.
        refuseIfInvalid(Validation::validate(i));
        if (!i.code.isEmpty())
            checkBuiltInUnchanged(*stored, i);
        if (stored && isMeasured(db, i.id))
            checkMeasuredUnchanged(*stored, i);
        m_file.putRecord(Kinds::indicator(), i, {});
    });
}

Status MeasurementRepository::removeIndicator(const QString &indicatorId)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::indicator().find(db, indicatorId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        // A built-in one is archived instead; one with measurements keeps them explained.
        if (!stored->code.isEmpty() || isMeasured(db, indicatorId))
            refuse("id", Issue::InUse);
        m_file.removeRecord(Kinds::indicator(), indicatorId, {});
    });
}

Result<QList<Measurement>> MeasurementRepository::measurements(const QString &citizenId, const QString &indicatorId)
{
    return m_file.read([&](Database &db) {
        return Kinds::measurement().readWhere(db, "citizen_id = ?1 AND indicator_id = ?2", { citizenId, indicatorId });
    });
}

Result<QList<IndicatorSummary>> MeasurementRepository::summaries(const QString &citizenId)
{
    return m_file.read([&](Database &db) {
        const auto &indicators = Kinds::indicator();
        const auto &measurements = Kinds::measurement();
        // One pass over the citizen's measurements ranks each indicator's first and newest; the
        // indicators are then joined to those two rows (or to none).
        const QByteArray sql = QByteArray(R"sql(
            WITH ranked AS MATERIALIZED (
                SELECT m.*,
                    row_number() OVER (PARTITION BY m.indicator_id
                                       ORDER BY m.measured_on, m.created_at, m.id) AS first_rank,
                    row_number() OVER (PARTITION BY m.indicator_id
                                       ORDER BY m.measured_on DESC, m.created_at DESC, m.id DESC) AS last_rank,
                    count(*) OVER (PARTITION BY m.indicator_id) AS measured
                FROM measurement m
                WHERE m.citizen_id = ?1
            )
            SELECT )sql")
            + Kinds::qualifiedColumns(indicators, "i") + ", COALESCE(b.measured, 0), "
            + Kinds::qualifiedColumns(measurements, "b") + ", " + Kinds::qualifiedColumns(measurements, "l") + R"sql(
            FROM indicator i
            LEFT JOIN ranked b ON b.indicator_id = i.id AND b.first_rank = 1
            LEFT JOIN ranked l ON l.indicator_id = i.id AND l.last_rank = 1
            WHERE i.archived = 0 OR b.id IS NOT NULL
            ORDER BY (i.code = ''), i.position, i.created_at, i.id
        )sql"; // the indicator kind's order
        Statement s = db.cached(sql);
        s.bind(1, citizenId);
        const int countColumn = static_cast<int>(indicators.columns.size());
        const int baselineColumn = countColumn + 1;
        const int latestColumn = baselineColumn + static_cast<int>(measurements.columns.size());
        QList<IndicatorSummary> result;
        while (s.next()) {
            IndicatorSummary summary;
            summary.indicator = indicators.read(s);
            summary.count = static_cast<int>(s.int64(countColumn));
            if (!s.isNull(baselineColumn))
                summary.baseline = measurements.read(s, baselineColumn);
            if (!s.isNull(latestColumn))
                summary.latest = measurements.read(s, latestColumn);
            result.append(summary);
        }
        return result;
    });
}

Result<Measurement> MeasurementRepository::measurement(const QString &measurementId)
{
    return m_file.read([&](Database &db) {
        const auto m = Kinds::measurement().find(db, measurementId);
        if (!m)
            refuse("id", Issue::UnknownReference);
        return *m;
    });
}

Result<Measurement> MeasurementRepository::createMeasurement(Measurement measurement)
{
    if (measurement.id.isEmpty())
        measurement.id = newId();
    measurement.createdAt = measurement.updatedAt = now();
    if (Status s = scoreWho5(m_file, measurement); !s)
        return s.error();
    if (Status s = putMeasurement(measurement); !s)
        return s.error();
    return measurement;
}

Result<Measurement> MeasurementRepository::updateMeasurement(Measurement measurement)
{
    measurement.updatedAt = now();
    if (Status s = scoreWho5(m_file, measurement); !s)
        return s.error();
    if (Status s = putMeasurement(measurement); !s)
        return s.error();
    return measurement;
}

Status MeasurementRepository::putMeasurement(const Measurement &m)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, m.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        const auto indicator = Kinds::indicator().find(db, m.indicatorId);
        if (!indicator)
            refuse("indicatorId", Issue::UnknownReference);
        // An archived indicator is no longer followed: what was measured can still be corrected.
        if (indicator->archived) {
            const auto stored = Kinds::measurement().find(db, m.id);
            if (!stored || stored->indicatorId != m.indicatorId)
                refuse("indicatorId", Issue::InUse);
        }
        refuseIfInvalid(Validation::validate(m, *indicator));
        Measurement stored = m;
        // The WHO-5 score is always derived from the five answers, never typed: it cannot disagree with them.
        if (indicator->code == Who5Code)
            stored.value = *Who5::score(m.items);
        m_file.putRecord(Kinds::measurement(), stored, m.citizenId);
    });
}

Status MeasurementRepository::removeMeasurement(const QString &measurementId)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::measurement().find(db, measurementId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::measurement(), measurementId, stored->citizenId);
    });
}

} // namespace Traedesten::Storage
