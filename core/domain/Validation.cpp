#include "Validation.h"

#include "Cpr.h"
#include "Who5.h"

#include <QSet>

#include <cmath>

namespace Traedesten::Domain::Validation {

namespace {

// Dates outside this window are typing mistakes, not real plans or births.
const QDate Earliest(1900, 1, 1);
const QDate Latest(2100, 12, 31);

bool hasDuplicates(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size();
}

class Checker
{
public:
    Checker &required(const char *field, const QString &value)
    {
        if (m_error.issue == Issue::None && value.trimmed().isEmpty())
            fail(field, Issue::Required);
        return *this;
    }
    Checker &maxLength(const char *field, const QString &value, int limit)
    {
        if (m_error.issue == Issue::None && value.size() > limit)
            fail(field, Issue::TooLong);
        return *this;
    }
    Checker &date(const char *field, const QDate &value, bool required = false)
    {
        if (m_error.issue != Issue::None)
            return *this;
        if (value.isNull()) {
            if (required)
                fail(field, Issue::Required);
        } else if (!value.isValid() || value < Earliest || value > Latest) {
            fail(field, Issue::InvalidDate);
        }
        return *this;
    }
    Checker &order(const char *endField, const QDate &start, const QDate &end)
    {
        if (m_error.issue == Issue::None && start.isValid() && end.isValid() && end < start)
            fail(endField, Issue::EndBeforeStart);
        return *this;
    }
    Checker &check(const char *field, bool ok, Issue issue)
    {
        if (m_error.issue == Issue::None && !ok)
            fail(field, issue);
        return *this;
    }
    Status result() const
    {
        if (m_error.issue == Issue::None)
            return {};
        return m_error;
    }

private:
    void fail(const char *field, Issue issue) { m_error = Error::invalid(QString::fromLatin1(field), issue); }
    Error m_error;
};

} // namespace

Status validate(const Citizen &c)
{
    return Checker()
        .required("name", c.name)
        .maxLength("name", c.name, Limits::Name)
        .check("cpr", c.cpr.isEmpty() || Cpr::parse(c.cpr).isValid(), Issue::InvalidCpr)
        .date("birthDate", c.birthDate)
        .check("birthDate", c.birthDate.isNull() || c.birthDate <= QDate::currentDate(), Issue::InvalidDate)
        .maxLength("phone", c.phone, Limits::Phone)
        .maxLength("email", c.email, Limits::Email)
        .maxLength("address", c.address, Limits::Address)
        .maxLength("supportPerson", c.supportPerson, Limits::Name)
        .date("startDate", c.startDate)
        .date("endDate", c.endDate)
        .order("endDate", c.startDate, c.endDate)
        .result();
}

Status validate(const Household &h)
{
    return Checker()
        .required("name", h.name)
        .maxLength("name", h.name, Limits::Name)
        .maxLength("familyCoordinator", h.familyCoordinator, Limits::Name)
        .result();
}

Status validate(const HouseholdMember &m)
{
    return Checker()
        .required("householdId", m.householdId)
        .required("name", m.name)
        .maxLength("name", m.name, Limits::Name)
        .check("birthYear", m.birthYear == 0 || (m.birthYear >= 1900 && m.birthYear <= QDate::currentDate().year()),
            Issue::OutOfRange)
        .maxLength("relation", m.relation, Limits::Relation)
        .result();
}

Status validate(const Goal &g)
{
    return Checker()
        .required("citizenId", g.citizenId)
        .required("ownWords", g.ownWords)
        .maxLength("ownWords", g.ownWords, Limits::GoalWords)
        .result();
}

Status validate(const SteppingStone &s)
{
    return Checker()
        .required("goalId", s.goalId)
        .required("title", s.title)
        .maxLength("title", s.title, Limits::StoneTitle)
        .date("dueDate", s.dueDate)
        .result();
}

Status validate(const Note &n)
{
    return Checker()
        .required("citizenId", n.citizenId)
        .date("date", n.date, true)
        .maxLength("place", n.place, Limits::Place)
        .maxLength("participants", n.participants, Limits::Participants)
        .required("text", n.text)
        .maxLength("text", n.text, Limits::NoteText)
        .maxLength("agreements", n.agreements, Limits::Agreements)
        .result();
}

// Personal budgets ------------------------------------------------------------------------------------

Status validate(const Budget &b)
{
    return Checker()
        .check("cap", b.capMinor > 0, Issue::NotPositive)
        .check("periodStart", b.periodStart.isValid(), Issue::Required)
        .check("months", b.months == 12 || b.months == 15, Issue::OutOfRange)
        .result();
}

Status validate(const LedgerEntry &e)
{
    Checker c;
    c.maxLength("payee", e.payee, Limits::LedgerText)
        .maxLength("description", e.description, Limits::LedgerText)
        .maxLength("boughtBy", e.boughtBy, Limits::LedgerText)
        .maxLength("voidReason", e.voidReason, Limits::LedgerText);
    if (e.state == EntryState::Voided) // a voided entry no longer counts: only its reason is asked for
        return c.required("voidReason", e.voidReason).result();
    // Every amount is above zero: a refund gives room back, an adjustment uses room (fees, corrections).
    return c.check("date", e.date.isValid(), Issue::Required)
        .check("amount", e.amountMinor > 0, Issue::NotPositive)
        .check("stoneId", e.kind != EntryKind::Purchase || !e.stoneId.isEmpty(), Issue::Required)
        .result();
}

Status validate(const SpendingCategory &c)
{
    // A built-in category has a code and no name of its own.
    return Checker()
        .check("name", !c.code.isEmpty() || !c.name.trimmed().isEmpty(), Issue::Required)
        .maxLength("name", c.name, Limits::CategoryName)
        .result();
}

Status validate(const Attachment &a, const QByteArray &bytes)
{
    if (bytes.size() > Limits::AttachmentBytes)
        return Error::invalid(QStringLiteral("bytes"), Issue::TooLarge, { Limits::AttachmentBytes });
    return Checker()
        .check("bytes", !bytes.isEmpty(), Issue::Required)
        .required("fileName", a.fileName)
        .maxLength("fileName", a.fileName, Limits::FileName)
        .result();
}

// Outcomes ----------------------------------------------------------------------------------------------

namespace {

const QString Who5Code = QStringLiteral("who5");

/// Far above any real benefit (a billion kr. a month), and low enough that cost × days × 2 in costSeries
/// cannot overflow a qint64.
constexpr qint64 MaxMonthlyCostMinor = 100'000'000'000;

bool isWhole(double value)
{
    return std::isfinite(value) && std::floor(value) == value;
}

/// The range and categories an indicator needs to make sense of its measurements.
Status checkDefinition(const Indicator &i)
{
    Checker c;
    c.check("minimum", std::isfinite(i.minimum), Issue::OutOfRange)
        .check("maximum", std::isfinite(i.maximum), Issue::OutOfRange);
    switch (i.type) {
    case IndicatorType::Number:
        c.check("maximum", i.maximum == 0 || i.maximum >= i.minimum, Issue::OutOfRange);
        break;
    case IndicatorType::Scale:
        c.check("maximum", i.minimum < i.maximum, Issue::OutOfRange); // a scale of one point measures nothing
        break;
    case IndicatorType::Category: {
        // Stored one per line, so a label can be neither empty nor span lines.
        QSet<QString> seen;
        for (const QString &label : i.categories) {
            c.check("categories", !label.trimmed().isEmpty(), Issue::Required)
                .check("categories", !label.contains(QLatin1Char('\n')) && !label.contains(QLatin1Char('\r')),
                    Issue::OutOfRange)
                .maxLength("categories", label, Limits::MeasurementText)
                .check("categories", !seen.contains(label), Issue::InUse);
            seen.insert(label);
        }
        c.check("categories", i.categories.size() >= 2, Issue::Required);
        break;
    }
    case IndicatorType::YesNo:
        break;
    }
    return c.result();
}

/// The value of @p m against @p indicator (WHO-5: its five answers, from which the score is computed).
Status checkValue(const Indicator &indicator, const Measurement &m)
{
    const auto outOfRange = [](double minimum, double maximum) -> Status {
        return Error::invalid(QStringLiteral("value"), Issue::OutOfRange, { minimum, maximum });
    };
    if (indicator.code == Who5Code)
        return Checker().check("items", Who5::score(m.items).has_value(), Issue::OutOfRange).result();
    if (!m.items.isEmpty())
        return Error::invalid(QStringLiteral("items"), Issue::OutOfRange);
    const double v = m.value;
    switch (indicator.type) {
    case IndicatorType::Number:
        if (!std::isfinite(v) || v < indicator.minimum || (indicator.maximum != 0 && v > indicator.maximum))
            return outOfRange(indicator.minimum, indicator.maximum);
        break;
    case IndicatorType::Scale:
        if (!isWhole(v) || v < indicator.minimum || v > indicator.maximum)
            return outOfRange(indicator.minimum, indicator.maximum);
        break;
    case IndicatorType::YesNo:
        if (v != 0 && v != 1)
            return Error::invalid(QStringLiteral("value"), Issue::OutOfRange, { 0, 1 });
        break;
    case IndicatorType::Category:
        return Checker()
            .check("category", !m.category.isEmpty(), Issue::Required)
            .check("category", indicator.categories.contains(m.category), Issue::OutOfRange)
            .result();
    }
    return {};
}

} // namespace

Status validate(const Indicator &i)
{
    if (!i.code.isEmpty())
        return {};
    if (Status s = Checker()
                       .required("name", i.name)
                       .maxLength("name", i.name, Limits::MeasurementText)
                       .maxLength("unit", i.unit, Limits::MeasurementText)
                       .result();
        !s)
        return s;
    return checkDefinition(i);
}

Status validate(const Measurement &m, const Indicator &indicator)
{
    if (Status s = Checker()
                       .date("measuredOn", m.measuredOn, true)
                       .check("measuredOn", m.measuredOn <= QDate::currentDate(), Issue::InvalidDate)
                       .result();
        !s)
        return s;
    if (Status s = checkValue(indicator, m); !s)
        return s;
    return Checker()
        .maxLength("measuredBy", m.measuredBy, Limits::MeasurementText)
        .maxLength("note", m.note, Limits::MeasurementText)
        .result();
}

Status validate(const BenefitType &t)
{
    return Checker()
        .check("name", !t.code.isEmpty() || !t.name.trimmed().isEmpty(), Issue::Required)
        .maxLength("name", t.name, Limits::BenefitText)
        .check("code", t.code.isEmpty() || builtInBenefitTypeCodes().contains(t.code), Issue::UnknownReference)
        .result();
}

Status validate(const Benefit &b)
{
    return Checker()
        .check(
            "monthlyCostMinor", b.monthlyCostMinor >= 0 && b.monthlyCostMinor <= MaxMonthlyCostMinor, Issue::OutOfRange)
        .check("startDate", b.startDate.isValid(), Issue::Required)
        .check("endDate", !b.endDate.isValid() || b.endDate >= b.startDate, Issue::EndBeforeStart)
        .maxLength("note", b.note, Limits::BenefitText)
        .result();
}

// Family plan ---------------------------------------------------------------------------------------------

Status validate(const Department &d)
{
    return Checker()
        .check("name", !d.code.isEmpty() || !d.name.trimmed().isEmpty(), Issue::Required)
        .maxLength("name", d.name, Limits::DepartmentName)
        .result();
}

Status validate(const FamilyPlan &p)
{
    return Checker()
        .check("signedOn", p.status != PlanStatus::Signed || p.signedOn.isValid(), Issue::Required)
        .result();
}

Status validate(const FamilyGoal &g)
{
    return Checker()
        .required("text", g.text)
        .maxLength("text", g.text, Limits::PlanText)
        .check("linkedGoalIds", !hasDuplicates(g.linkedGoalIds), Issue::OutOfRange)
        .result();
}

Status validate(const Intervention &i)
{
    return Checker()
        .required("title", i.title)
        .maxLength("title", i.title, Limits::PlanText)
        .maxLength("purpose", i.purpose, Limits::PlanText)
        .maxLength("responsiblePerson", i.responsiblePerson, Limits::PlanText)
        .maxLength("responsibleRole", i.responsibleRole, Limits::PlanText)
        .order("endDate", i.startDate, i.endDate)
        .check("memberIds", !i.memberIds.isEmpty(), Issue::Required)
        .check("memberIds", !hasDuplicates(i.memberIds), Issue::OutOfRange)
        .result();
}

Status validate(const Consent &c)
{
    return Checker()
        .maxLength("scope", c.scope, Limits::PlanText)
        .check("givenOn", c.givenOn.isValid(), Issue::Required)
        .order("expiresOn", c.givenOn, c.expiresOn)
        .order("withdrawnOn", c.givenOn, c.withdrawnOn)
        .result();
}

} // namespace Traedesten::Domain::Validation
