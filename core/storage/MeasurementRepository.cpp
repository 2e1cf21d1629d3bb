#include "MeasurementRepository.h"

#include "domain/Who5.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

#include <QByteArrayList>
#include <QSet>

#include <cmath>
#include <iterator>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString IndicatorEntity = QStringLiteral("indicator");
const QString MeasurementEntity = QStringLiteral("measurement");
const QString Who5Code = QStringLiteral("who5");

// Dates before this are typing mistakes (the same floor as Validation's).
const QDate Earliest(1900, 1, 1);

constexpr const char *IndicatorColumns = "i.id, i.code, i.name, i.unit, i.type, i.minimum, i.maximum, i.categories, "
                                         "i.higher_is_better, i.position, i.archived, i.created_at, i.updated_at";
constexpr int IndicatorColumnCount = 13;
constexpr const char *MeasurementFields[] = { "id", "citizen_id", "indicator_id", "measured_on", "value", "category",
    "items", "measured_by", "note", "created_at", "updated_at" };
constexpr int MeasurementColumnCount = static_cast<int>(std::size(MeasurementFields));

/// The measurement columns of the table called @p alias, in the order measurementAt() reads them.
QByteArray measurementColumns(char alias)
{
    QByteArrayList columns;
    for (const char *field : MeasurementFields)
        columns << QByteArray(1, alias) + '.' + field;
    return columns.join(", ");
}

// The built-in ones first in their seeded order, then the file's own in the order they were added.
constexpr const char *IndicatorOrder = "(i.code = ''), i.position, i.created_at, i.id";

[[noreturn]] void refuse(const char *field, Issue issue, QVariantList args = {})
{
    throw SqliteError(Error::invalid(QString::fromLatin1(field), issue, std::move(args)));
}

QStringList categoryList(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString itemsText(const QList<int> &items)
{
    QStringList parts;
    parts.reserve(items.size());
    for (int item : items)
        parts << QString::number(item);
    return parts.join(QLatin1Char(','));
}

QList<int> itemsFrom(const QString &text)
{
    QList<int> items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << part.toInt();
    return items;
}

Indicator indicatorAt(const Statement &s, int c = 0)
{
    Indicator i;
    i.id = s.text(c + 0);
    i.code = s.text(c + 1);
    i.name = s.text(c + 2);
    i.unit = s.text(c + 3);
    i.type = indicatorTypeFromCode(s.text(c + 4));
    i.minimum = s.real(c + 5);
    i.maximum = s.real(c + 6);
    i.categories = categoryList(s.text(c + 7));
    i.higherIsBetter = s.int64(c + 8) != 0;
    i.position = static_cast<int>(s.int64(c + 9));
    i.archived = s.int64(c + 10) != 0;
    i.createdAt = timestampAt(s, c + 11);
    i.updatedAt = timestampAt(s, c + 12);
    return i;
}

Measurement measurementAt(const Statement &s, int c = 0)
{
    Measurement m;
    m.id = s.text(c + 0);
    m.citizenId = s.text(c + 1);
    m.indicatorId = s.text(c + 2);
    m.measuredOn = dateAt(s, c + 3);
    m.value = s.real(c + 4);
    m.category = s.text(c + 5);
    m.items = itemsFrom(s.text(c + 6));
    m.measuredBy = s.text(c + 7);
    m.note = s.text(c + 8);
    m.createdAt = timestampAt(s, c + 9);
    m.updatedAt = timestampAt(s, c + 10);
    return m;
}

std::optional<Indicator> loadIndicator(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + IndicatorColumns + " FROM indicator i WHERE i.id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return indicatorAt(s);
}

std::optional<Measurement> loadMeasurement(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + measurementColumns('m') + " FROM measurement m WHERE m.id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return measurementAt(s);
}

bool isMeasured(Database &db, const QString &indicatorId)
{
    Statement s = db.prepare("SELECT 1 FROM measurement WHERE indicator_id = ?1 LIMIT 1");
    s.bind(1, indicatorId);
    return s.next();
}

void checkText(const char *field, const QString &text, bool required)
{
    if (required && text.trimmed().isEmpty())
        refuse(field, Issue::Required);
    if (text.size() > MeasurementRepository::MaxTextLength)
        refuse(field, Issue::TooLong);
}

bool isWhole(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

/// The range and categories an indicator needs to make sense of its measurements.
void checkDefinition(const Indicator &i)
{
    if (!std::isfinite(i.minimum))
        refuse("minimum", Issue::OutOfRange);
    if (!std::isfinite(i.maximum))
        refuse("maximum", Issue::OutOfRange);
    switch (i.type) {
    case IndicatorType::Number:
        if (i.maximum != 0 && i.maximum < i.minimum)
            refuse("maximum", Issue::OutOfRange);
        break;
    case IndicatorType::Scale:
        // A scale of one point measures nothing.
        if (!(i.minimum < i.maximum))
            refuse("maximum", Issue::OutOfRange);
        break;
    case IndicatorType::Category: {
        // Stored one per line, so a label can be neither empty nor span lines.
        QSet<QString> seen;
        for (const QString &c : i.categories) {
            if (c.trimmed().isEmpty())
                refuse("categories", Issue::Required);
            if (c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')))
                refuse("categories", Issue::OutOfRange);
            if (c.size() > MeasurementRepository::MaxTextLength)
                refuse("categories", Issue::TooLong);
            if (seen.contains(c))
                refuse("categories", Issue::InUse);
            seen.insert(c);
        }
        if (i.categories.size() < 2)
            refuse("categories", Issue::Required);
        break;
    }
    case IndicatorType::YesNo:
        break;
    }
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

/// Checks @p m against @p indicator; returns the value to store (WHO-5: the computed score).
double checkedValue(const Indicator &indicator, const Measurement &m)
{
    if (indicator.code == Who5Code) {
        // The score is always derived from the five answers, never typed: it cannot disagree with them.
        const auto score = Who5::score(m.items);
        if (!score)
            refuse("items", Issue::OutOfRange);
        return *score;
    }
    if (!m.items.isEmpty())
        refuse("items", Issue::OutOfRange);
    const double v = m.value;
    switch (indicator.type) {
    case IndicatorType::Number:
        if (!std::isfinite(v) || v < indicator.minimum || (indicator.maximum != 0 && v > indicator.maximum))
            refuse("value", Issue::OutOfRange, { indicator.minimum, indicator.maximum });
        break;
    case IndicatorType::Scale:
        if (!isWhole(v) || v < indicator.minimum || v > indicator.maximum)
            refuse("value", Issue::OutOfRange, { indicator.minimum, indicator.maximum });
        break;
    case IndicatorType::YesNo:
        if (v != 0 && v != 1)
            refuse("value", Issue::OutOfRange, { 0, 1 });
        break;
    case IndicatorType::Category:
        if (m.category.isEmpty())
            refuse("category", Issue::Required);
        if (!indicator.categories.contains(m.category))
            refuse("category", Issue::OutOfRange);
        break;
    }
    return v;
}

} // namespace

MeasurementRepository::MeasurementRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<QList<Indicator>> MeasurementRepository::indicators()
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Indicator> result;
    try {
        const QByteArray sql
            = QByteArray("SELECT ") + IndicatorColumns + " FROM indicator i ORDER BY " + IndicatorOrder;
        Statement s = db->prepare(sql.constData());
        while (s.next())
            result.append(indicatorAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Indicator> MeasurementRepository::indicator(const QString &indicatorId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto i = loadIndicator(*db, indicatorId))
            return *i;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Indicator> MeasurementRepository::createIndicator(Indicator indicator)
{
    if (indicator.id.isEmpty())
        indicator.id = newId();
    // Built-in indicators come with the schema; what the user creates is the file's own.
    indicator.code.clear();
    indicator.createdAt = indicator.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT COALESCE(max(position) + 1, 0) FROM indicator");
            if (s.next())
                indicator.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
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
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto stored = loadIndicator(db, i.id);
        if (stored && i.code != stored->code)
            refuse("code", Issue::InUse);
        // Built-in ones are seeded by the schema and never removed, so a new one is always the file's own.
        if (!stored && !i.code.isEmpty())
            refuse("code", Issue::OutOfRange);
        if (i.code.isEmpty()) {
            checkText("name", i.name, true);
            checkText("unit", i.unit, false);
            checkDefinition(i);
        } else {
            checkBuiltInUnchanged(*stored, i);
        }
        if (stored && isMeasured(db, i.id))
            checkMeasuredUnchanged(*stored, i);
        Statement s = db.prepare(R"sql(
            INSERT INTO indicator (id, code, name, unit, type, minimum, maximum, categories, higher_is_better,
                                   position, archived, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, unit = excluded.unit,
                type = excluded.type, minimum = excluded.minimum, maximum = excluded.maximum,
                categories = excluded.categories, higher_is_better = excluded.higher_is_better,
                position = excluded.position, archived = excluded.archived, created_at = excluded.created_at,
                updated_at = excluded.updated_at
        )sql");
        s.bind(1, i.id).bind(2, i.code).bind(3, i.name).bind(4, i.unit).bind(5, indicatorTypeCode(i.type));
        s.bind(6, i.minimum).bind(7, i.maximum).bind(8, i.categories.join(QLatin1Char('\n')));
        s.bind(9, i.higherIsBetter ? 1 : 0).bind(10, i.position).bind(11, i.archived ? 1 : 0);
        bindTimestamp(s, 12, i.createdAt);
        bindTimestamp(s, 13, i.updatedAt);
        s.run();
        m_file.appendEvent(stored ? AuditAction::RecordUpdated : AuditAction::RecordCreated, IndicatorEntity, i.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Indicator, i.id, {});
    return status;
}

Status MeasurementRepository::removeIndicator(const QString &indicatorId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto stored = loadIndicator(db, indicatorId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        // A built-in one is archived instead; one with measurements keeps them explained.
        if (!stored->code.isEmpty() || isMeasured(db, indicatorId))
            refuse("id", Issue::InUse);
        Statement s = db.prepare("DELETE FROM indicator WHERE id = ?1");
        s.bind(1, indicatorId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, IndicatorEntity, indicatorId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Indicator, indicatorId, {});
    return status;
}

Result<QList<Measurement>> MeasurementRepository::measurements(const QString &citizenId, const QString &indicatorId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Measurement> result;
    try {
        const QByteArray sql = QByteArray("SELECT ") + measurementColumns('m')
            + " FROM measurement m WHERE m.citizen_id = ?1 AND m.indicator_id = ?2"
              " ORDER BY m.measured_on, m.created_at, m.id";
        Statement s = db->prepare(sql.constData());
        s.bind(1, citizenId).bind(2, indicatorId);
        while (s.next())
            result.append(measurementAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<QList<IndicatorSummary>> MeasurementRepository::summaries(const QString &citizenId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<IndicatorSummary> result;
    try {
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
            + IndicatorColumns + ", COALESCE(b.measured, 0), " + measurementColumns('b') + ", "
            + measurementColumns('l') + R"sql(
            FROM indicator i
            LEFT JOIN ranked b ON b.indicator_id = i.id AND b.first_rank = 1
            LEFT JOIN ranked l ON l.indicator_id = i.id AND l.last_rank = 1
            WHERE i.archived = 0 OR b.id IS NOT NULL
            ORDER BY )sql"
            + IndicatorOrder;
        Statement s = db->prepare(sql.constData());
        s.bind(1, citizenId);
        constexpr int CountColumn = IndicatorColumnCount;
        constexpr int BaselineColumn = CountColumn + 1;
        constexpr int LatestColumn = BaselineColumn + MeasurementColumnCount;
        while (s.next()) {
            IndicatorSummary summary;
            summary.indicator = indicatorAt(s);
            summary.count = static_cast<int>(s.int64(CountColumn));
            if (!s.isNull(BaselineColumn))
                summary.baseline = measurementAt(s, BaselineColumn);
            if (!s.isNull(LatestColumn))
                summary.latest = measurementAt(s, LatestColumn);
            result.append(summary);
        }
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Measurement> MeasurementRepository::measurement(const QString &measurementId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto m = loadMeasurement(*db, measurementId))
            return *m;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Measurement> MeasurementRepository::createMeasurement(Measurement measurement)
{
    if (measurement.id.isEmpty())
        measurement.id = newId();
    measurement.createdAt = measurement.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            // The caller gets back what is stored: for WHO-5 the computed score.
            if (const auto i = loadIndicator(*db, measurement.indicatorId); i && i->code == Who5Code) {
                if (const auto score = Who5::score(measurement.items))
                    measurement.value = *score;
            }
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putMeasurement(measurement); !s)
        return s.error();
    return measurement;
}

Result<Measurement> MeasurementRepository::updateMeasurement(Measurement measurement)
{
    measurement.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            if (const auto i = loadIndicator(*db, measurement.indicatorId); i && i->code == Who5Code) {
                if (const auto score = Who5::score(measurement.items))
                    measurement.value = *score;
            }
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putMeasurement(measurement); !s)
        return s.error();
    return measurement;
}

Status MeasurementRepository::putMeasurement(const Measurement &m)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement citizen = db.prepare("SELECT 1 FROM citizen WHERE id = ?1");
        citizen.bind(1, m.citizenId);
        if (!citizen.next())
            refuse("citizenId", Issue::UnknownReference);
        const auto indicator = loadIndicator(db, m.indicatorId);
        if (!indicator)
            refuse("indicatorId", Issue::UnknownReference);
        const auto stored = loadMeasurement(db, m.id);
        // An archived indicator is no longer followed: what was measured can still be corrected.
        if (indicator->archived && (!stored || stored->indicatorId != m.indicatorId))
            refuse("indicatorId", Issue::InUse);
        if (m.measuredOn.isNull())
            refuse("measuredOn", Issue::Required);
        if (!m.measuredOn.isValid() || m.measuredOn < Earliest || m.measuredOn > QDate::currentDate())
            refuse("measuredOn", Issue::InvalidDate);
        const double value = checkedValue(*indicator, m);
        checkText("measuredBy", m.measuredBy, false);
        checkText("note", m.note, false);
        Statement s = db.prepare(R"sql(
            INSERT INTO measurement (id, citizen_id, indicator_id, measured_on, value, category, items, measured_by,
                                     note, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id, indicator_id = excluded.indicator_id,
                measured_on = excluded.measured_on, value = excluded.value, category = excluded.category,
                items = excluded.items, measured_by = excluded.measured_by, note = excluded.note,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, m.id).bind(2, m.citizenId).bind(3, m.indicatorId);
        bindDate(s, 4, m.measuredOn);
        s.bind(5, value).bind(6, m.category).bind(7, itemsText(m.items)).bind(8, m.measuredBy).bind(9, m.note);
        bindTimestamp(s, 10, m.createdAt);
        bindTimestamp(s, 11, m.updatedAt);
        s.run();
        m_file.appendEvent(
            stored ? AuditAction::RecordUpdated : AuditAction::RecordCreated, MeasurementEntity, m.id, m.citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Measurement, m.id, m.citizenId);
    return status;
}

Status MeasurementRepository::removeMeasurement(const QString &measurementId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT citizen_id FROM measurement WHERE id = ?1");
        find.bind(1, measurementId);
        if (!find.next())
            refuse("id", Issue::UnknownReference);
        citizenId = find.text(0);
        Statement s = db.prepare("DELETE FROM measurement WHERE id = ?1");
        s.bind(1, measurementId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, MeasurementEntity, measurementId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Measurement, measurementId, citizenId);
    return status;
}

} // namespace Traedesten::Storage
