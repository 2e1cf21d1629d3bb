#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

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

    void notify(EntityType type, const QString &id, const QString &citizenId)
    {
        if (m_held > 0)
            m_queue.append({ type, id, citizenId, false });
        else
            Q_EMIT changed(type, id, citizenId);
    }
    /// A household's family plan changed in a way the caseload list shows (follow-ups).
    void notifyPlan(const QString &householdId)
    {
        if (m_held > 0)
            m_queue.append({ EntityType::FamilyPlan, householdId, {}, true });
        else
            Q_EMIT planChanged(householdId);
    }

    /// While a use case made of several writes runs as one transaction, its notifications wait.
    void hold() { ++m_held; }
    /// Ends a hold: after a commit the waiting notifications go out in order; after a rollback they are
    /// dropped, since what they announced never happened.
    void release(bool committed)
    {
        if (m_held == 0 || --m_held > 0)
            return;
        const QList<Pending> queue = std::exchange(m_queue, {});
        if (!committed)
            return;
        for (const Pending &p : queue) {
            if (p.plan)
                Q_EMIT planChanged(p.id);
            else
                Q_EMIT changed(p.type, p.id, p.citizenId);
        }
    }

Q_SIGNALS:
    /// @p id was created, updated or deleted; @p citizenId is the citizen it belongs to, if any.
    void changed(Traedesten::Storage::EntityType type, const QString &id, const QString &citizenId);
    void planChanged(const QString &householdId);

private:
    struct Pending
    {
        EntityType type;
        QString id;
        QString citizenId;
        bool plan = false;
    };
    int m_held = 0;
    QList<Pending> m_queue;
};

} // namespace Traedesten::Storage
