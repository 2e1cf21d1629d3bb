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
                Q_EMIT changed(c.type, c.id, c.citizenId);
            }
            if (!c.householdId.isEmpty() && !households.contains(c.householdId))
                households.append(c.householdId);
        }
        for (const QString &household : std::as_const(households))
            Q_EMIT planChanged(household);
    }

Q_SIGNALS:
    /// @p id was created, updated or deleted; @p citizenId is the citizen it belongs to, if any.
    void changed(Traedesten::Storage::EntityType type, const QString &id, const QString &citizenId);
    void planChanged(const QString &householdId);
};

} // namespace Traedesten::Storage
