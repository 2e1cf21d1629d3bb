#pragma once

#include "Result.h"
#include "domain/FamilyPlan.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Traedesten::Storage {

class CaseFile;

/// An intervention's follow-up that falls due, for the caseload.
struct DueFollowUp
{
    QString householdId;
    QString interventionId;
    QString title;
    QDate date;
};

/**
 * The shared family plan of a household: versions, family goals,
 * interventions by department in priority order, and consents. A draft
 * version is edited; a signed one is kept as it was (Issue::Signed) and
 * changes go into a new version. An intervention in a department without a
 * valid consent is flagged by missingConsents(), never refused. The records'
 * mappings are Kinds::department() … Kinds::consent() (PlanKinds.h); field
 * limits are Domain::Validation's.
 */
class FamilyPlanRepository
{
public:
    explicit FamilyPlanRepository(CaseFile &file);

    Result<QList<Domain::Department>> departments();
    /// The file's own department (the built-in ones have codes); appended last.
    Result<Domain::Department> createDepartment(Domain::Department department);
    Result<Domain::Department> updateDepartment(Domain::Department department);
    Status putDepartment(const Domain::Department &department);
    /// Only a department nothing refers to can go (undoing its creation); otherwise archive it.
    Status removeDepartment(const QString &departmentId);

    /// Every version of the household's plan, newest first.
    Result<QList<Domain::FamilyPlan>> plans(const QString &householdId);
    Result<Domain::FamilyPlan> plan(const QString &planId);
    /// Version 1, a draft; refused (InUse) when the household already has a plan.
    Result<Domain::FamilyPlan> createPlan(const QString &householdId);
    /// Stores exactly @p plan (review date, signing; undo).
    Status putPlan(const Domain::FamilyPlan &plan);
    /// Marks a draft signed on @p day.
    Result<Domain::FamilyPlan> signPlan(const QString &planId, const QDate &day);
    /// Copies the newest version, with its goals and interventions, into a new draft version.
    Result<Domain::FamilyPlan> startNewVersion(const QString &planId);
    /// Puts back a version removed by removePlan() exactly, with its goals and interventions (redo).
    Status restorePlan(const Domain::FamilyPlan &plan, const QList<Domain::FamilyGoal> &goals,
        const QList<Domain::Intervention> &interventions);
    /// Removes a version with its goals and interventions (undoing its creation); only the newest.
    Status removePlan(const QString &planId);

    Result<QList<Domain::FamilyGoal>> goals(const QString &planId);
    Result<Domain::FamilyGoal> createGoal(Domain::FamilyGoal goal);
    Result<Domain::FamilyGoal> updateGoal(Domain::FamilyGoal goal);
    Status putGoal(const Domain::FamilyGoal &goal);
    Status removeGoal(const QString &goalId);

    /// The plan's interventions by department (in the departments' order), then priority.
    Result<QList<Domain::Intervention>> interventions(const QString &planId);
    Result<Domain::Intervention> createIntervention(Domain::Intervention intervention);
    Result<Domain::Intervention> updateIntervention(Domain::Intervention intervention);
    Status putIntervention(const Domain::Intervention &intervention);
    Status removeIntervention(const QString &interventionId);
    /// Gives one department's interventions in the plan the order of @p ids (all of them, each once).
    Status reorderInterventions(const QString &planId, const QString &departmentId, const QStringList &ids);

    Result<QList<Domain::Consent>> consents(const QString &householdId);
    Result<Domain::Consent> createConsent(Domain::Consent consent);
    Result<Domain::Consent> updateConsent(Domain::Consent consent);
    Status putConsent(const Domain::Consent &consent);
    Status removeConsent(const QString &consentId);

    /// Intervention id -> the members it is for who have no valid consent for its department on @p day.
    Result<QHash<QString, QStringList>> missingConsents(const QString &planId, const QDate &day);
    /// Follow-ups of the newest plan versions falling due from @p from to @p to, soonest first.
    Result<QList<DueFollowUp>> dueFollowUps(const QDate &from, const QDate &to);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
