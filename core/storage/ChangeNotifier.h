#pragma once

#include "storage/RecordChange.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <utility>

namespace Traedesten::Storage {

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

    /**
     * Announces what one committed transaction changed (CaseFile calls this from the transaction's audit
     * events): one changed() per kind of record and citizen (per record, for records of no citizen), in
     * the order of the first change, then one planChanged() per household whose family plan changed.
     */
    void publish(const QList<RecordChange> &changes)
    {
        QList<std::pair<EntityType, QString>> seen;
        QStringList households;
        for (const RecordChange &c : changes) {
            const auto key = std::make_pair(c.type, c.citizenId.isEmpty() ? c.id : c.citizenId);
            if (!seen.contains(key)) {
                seen.append(key);
                notify(c.type, c.id, c.citizenId);
            }
            if (!c.householdId.isEmpty() && !households.contains(c.householdId))
                households.append(c.householdId);
        }
        for (const QString &household : std::as_const(households))
            notifyPlan(household);
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
