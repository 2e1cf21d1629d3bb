#pragma once

#include "StoreCommand.h"

#include <QStringList>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/// Puts a citizen's goals, or a goal's stepping stones, in a new order; undo restores the old one.
class ReorderCommand : public StoreCommand
{
public:
    enum class Kind { Goals, SteppingStones, Interventions };

    /// @p parentId is the citizen (for goals), the goal (for stepping stones) or the plan (for
    /// interventions, with @p groupId their department).
    ReorderCommand(Storage::Caseload &caseload, Kind kind, QString parentId, QStringList before, QStringList after,
        const QString &text, ErrorHandler onError, QString groupId = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Status order(const QStringList &ids);

    Storage::Caseload &m_caseload;
    Kind m_kind;
    QString m_parentId;
    QString m_groupId;
    QStringList m_before;
    QStringList m_after;
};

} // namespace Traedesten::Ui
