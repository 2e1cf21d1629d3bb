#pragma once

#include <QObject>
#include <QString>

namespace Traedesten::Storage {

/// Which kind of record changed.
enum class EntityType {
    Citizen,
    Household,
    HouseholdMember,
    Goal,
    SteppingStone,
    Note,
    Budget,
    LedgerEntry,
    Attachment,
    SpendingCategory,
    FamilyPlan,
    FamilyGoal,
    Intervention,
    Consent,
    Department,
    Indicator,
    Measurement,
    BenefitType,
    Benefit,
};

/**
 * Tells the UI's models what changed after a write has committed, so they
 * can update the affected rows instead of reloading everything.
 */
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void notify(EntityType type, const QString &id, const QString &citizenId) { Q_EMIT changed(type, id, citizenId); }
    /// A household's family plan changed in a way the caseload list shows (follow-ups).
    void notifyPlan(const QString &householdId) { Q_EMIT planChanged(householdId); }

Q_SIGNALS:
    /// @p id was created, updated or deleted; @p citizenId is the citizen it belongs to, if any.
    void changed(Traedesten::Storage::EntityType type, const QString &id, const QString &citizenId);
    void planChanged(const QString &householdId);
};

} // namespace Traedesten::Storage
