#include "OutcomeKinds.h"

namespace Traedesten::Storage::Kinds {

using namespace Domain;

namespace {

// A category indicator's choices, one per line.
QString categoriesText(const QStringList &categories)
{
    return categories.join(QLatin1Char('\n'));
}

QStringList categoriesFrom(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// WHO-5's five answers, comma-separated ('' for any other indicator).
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

} // namespace

const RecordKind<Indicator> &indicator()
{
    // The built-in ones first in their seeded order, then the file's own in the order they were added.
    static const RecordKind<Indicator> kind {
        { EntityType::Indicator, QStringLiteral("indicator"), "indicator", {}, "(code = ''), position, created_at, id",
            {}, "'catalogue'", false, {} },
        {
            field("id", &Indicator::id),
            field("code", &Indicator::code),
            field("name", &Indicator::name),
            field("unit", &Indicator::unit),
            codedField("type", &Indicator::type, indicatorTypeCode, indicatorTypeFromCode),
            field("minimum", &Indicator::minimum),
            field("maximum", &Indicator::maximum),
            codedField("categories", &Indicator::categories, categoriesText, categoriesFrom),
            field("higher_is_better", &Indicator::higherIsBetter),
            field("position", &Indicator::position),
            field("archived", &Indicator::archived),
            field("created_at", &Indicator::createdAt),
            field("updated_at", &Indicator::updatedAt),
        },
    };
    return kind;
}

const RecordKind<Measurement> &measurement()
{
    static const RecordKind<Measurement> kind {
        { EntityType::Measurement, QStringLiteral("measurement"), "measurement", "citizen_id = ?1",
            "measured_on, created_at, id", "citizen_id", "citizen_id", true, {} },
        {
            field("id", &Measurement::id),
            field("citizen_id", &Measurement::citizenId),
            field("indicator_id", &Measurement::indicatorId),
            field("measured_on", &Measurement::measuredOn),
            field("value", &Measurement::value),
            field("category", &Measurement::category),
            codedField("items", &Measurement::items, itemsText, itemsFrom),
            field("measured_by", &Measurement::measuredBy),
            field("note", &Measurement::note),
            field("created_at", &Measurement::createdAt),
            field("updated_at", &Measurement::updatedAt),
        },
    };
    return kind;
}

const RecordKind<BenefitType> &benefitType()
{
    // Built-in ones (with a code) first; within each, by position.
    static const RecordKind<BenefitType> kind {
        { EntityType::BenefitType, QStringLiteral("benefit_type"), "benefit_type", {},
            "code = '', position, name, created_at", {}, "'catalogue'", false, {} },
        {
            field("id", &BenefitType::id),
            field("code", &BenefitType::code),
            field("name", &BenefitType::name),
            nullableField("department_id", &BenefitType::departmentId), // the built-in "other" has none
            field("position", &BenefitType::position),
            field("archived", &BenefitType::archived),
            field("created_at", &BenefitType::createdAt),
            field("updated_at", &BenefitType::updatedAt),
        },
    };
    return kind;
}

const RecordKind<Benefit> &benefit()
{
    static const RecordKind<Benefit> kind {
        { EntityType::Benefit, QStringLiteral("benefit"), "benefit",
            "member_id IN (SELECT id FROM household_member WHERE citizen_id = ?1)", "start_date, created_at, id",
            "member_id", "(SELECT m.household_id FROM household_member m WHERE m.id = benefit.member_id)", false, {} },
        {
            field("id", &Benefit::id),
            field("member_id", &Benefit::memberId),
            field("type_id", &Benefit::typeId),
            field("department_id", &Benefit::departmentId),
            field("monthly_cost_minor", &Benefit::monthlyCostMinor),
            field("start_date", &Benefit::startDate),
            field("end_date", &Benefit::endDate), // NULL: still running
            field("note", &Benefit::note),
            field("created_at", &Benefit::createdAt),
            field("updated_at", &Benefit::updatedAt),
        },
    };
    return kind;
}

QByteArray qualifiedColumns(const KindInfo &kind, const char *alias)
{
    QByteArrayList columns;
    columns.reserve(kind.columns.size());
    for (const QByteArray &column : kind.columns)
        columns << QByteArray(alias) + '.' + column;
    return columns.join(", ");
}

} // namespace Traedesten::Storage::Kinds
