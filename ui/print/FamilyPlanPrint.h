#pragma once

#include "domain/Citizen.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"
#include "storage/GoalRepository.h"

#include <QHash>
#include <QImage>

class QPagedPaintDevice;

namespace Traedesten::Ui {

/**
 * The family plan for the meeting, and a citizen's own plan ("Min plan") in
 * plain language: in Danish or English whatever the program's language, and
 * in a café-safe variant with first names only, no CPR number and no address.
 */
class FamilyPlanPrint
{
public:
    struct Member
    {
        Domain::HouseholdMember member;
        std::optional<Domain::Citizen> citizen; ///< when the member is a citizen in the caseload
        QList<Storage::GoalWithStones> goals; ///< the citizen's own goals and stepping stones, read from the records
    };
    struct Data
    {
        QString municipality;
        QImage logo; ///< the municipality's, from the file's settings (may be none)
        QString householdName;
        QString familyCoordinator; ///< the household's; signs the family plan
        QString supportPerson;
        Domain::FamilyPlan plan;
        QList<Member> members;
        QList<Domain::FamilyGoal> familyGoals;
        QList<Domain::Department> departments;
        QList<Domain::Intervention> interventions;
        QList<Domain::Consent> consents;
        QDate printedOn;
    };
    enum class Kind { FamilyPlan, MyPlan };

    /// @p language "da" or "en"; for Kind::MyPlan, @p citizenId is whose plan it is.
    FamilyPlanPrint(
        Data data, const QString &language, bool cafeSafe, Kind kind = Kind::FamilyPlan, const QString &citizenId = {});

    QString title() const;
    QString html() const;
    bool print(QPagedPaintDevice *device) const;

private:
    QString t(const char *source) const;
    QString domain(const char *source, const char *disambiguation = nullptr) const;
    QString date(const QDate &date) const;
    QString nameOf(const QString &fullName) const;
    QString memberName(const QString &memberId) const;
    QString departmentName(const QString &departmentId) const;
    QString header() const;
    QString familyPlanHtml() const;
    /// The date the plan is of: its signing date, or the day it is printed while it is a draft.
    QDate planDate() const;
    /// Who signs the family plan, in the family's order, then the family coordinator.
    QStringList signers() const;
    QString myPlanHtml() const;

    Data m_data;
    QString m_language;
    bool m_cafeSafe;
    Kind m_kind;
    QString m_citizenId;
};

} // namespace Traedesten::Ui
