#include "Validation.h"

#include "Cpr.h"

namespace Traedesten::Domain::Validation {

namespace {

// Dates outside this window are typing mistakes, not real plans or births.
const QDate Earliest(1900, 1, 1);
const QDate Latest(2100, 12, 31);

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

// Family plan

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
    return Checker().required("text", g.text).maxLength("text", g.text, Limits::PlanText).result();
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
