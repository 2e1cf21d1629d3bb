#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Traedesten::Domain {

/// A municipal department an intervention belongs to (built-in ones carry a code the UI translates).
struct Department
{
    QString id;
    QString code; ///< job_centre, family, housing_social, school, health_psychiatry; empty for the file's own
    QString name; ///< the file's own name; empty for a built-in one
    int position = 0;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Department &, const Department &) = default;
};

enum class PlanStatus { Draft, Signed };

/**
 * One version of a household's family plan. A version is edited as a draft,
 * signed at the meeting, and then kept as it was; changes go into a new
 * version (a review), so every earlier version stays viewable.
 */
struct FamilyPlan
{
    QString id;
    QString householdId;
    int version = 1;
    PlanStatus status = PlanStatus::Draft;
    QDate signedOn;
    QDate reviewDate; ///< the next review meeting
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const FamilyPlan &, const FamilyPlan &) = default;
};

/// A goal the family sets together, linked to members' own long-term goals.
struct FamilyGoal
{
    QString id;
    QString planId;
    QString text;
    QStringList linkedGoalIds; ///< long-term goals of citizens in the household
    int position = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const FamilyGoal &, const FamilyGoal &) = default;
};

enum class InterventionStatus { Planned, Active, Completed, Stopped };

/// An intervention (indsats) from one department for one or more members, in priority order.
struct Intervention
{
    QString id;
    QString planId;
    QStringList memberIds; ///< household members it is for
    QString departmentId;
    QString title;
    QString purpose;
    QString responsiblePerson;
    QString responsibleRole;
    QDate startDate;
    QDate endDate;
    InterventionStatus status = InterventionStatus::Planned;
    int position = 0; ///< priority within its department, 0 first
    QDate nextFollowUp;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Intervention &, const Intervention &) = default;
};

/// A member's consent that a department may take part (and share information) in the plan.
struct Consent
{
    QString id;
    QString householdId;
    QString memberId;
    QString departmentId;
    QString scope;
    QDate givenOn;
    QDate expiresOn; ///< none: until withdrawn
    QDate withdrawnOn;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// Given, not expired and not withdrawn on @p day.
    bool isValidOn(const QDate &day) const
    {
        return givenOn.isValid() && givenOn <= day && (!expiresOn.isValid() || day <= expiresOn)
            && (!withdrawnOn.isValid() || day < withdrawnOn);
    }

    friend bool operator==(const Consent &, const Consent &) = default;
};

QString planStatusCode(PlanStatus status);
PlanStatus planStatusFromCode(const QString &code);
QString interventionStatusCode(InterventionStatus status);
InterventionStatus interventionStatusFromCode(const QString &code);
/// The built-in departments in their order.
const QStringList &builtInDepartmentCodes();

} // namespace Traedesten::Domain
