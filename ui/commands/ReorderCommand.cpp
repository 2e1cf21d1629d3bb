#include "ReorderCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

ReorderCommand::ReorderCommand(Storage::Caseload &caseload, Kind kind, QString parentId, QStringList before,
    QStringList after, const QString &text, ErrorHandler onError, QString groupId)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_kind(kind)
    , m_parentId(std::move(parentId))
    , m_groupId(std::move(groupId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status ReorderCommand::order(const QStringList &ids)
{
    switch (m_kind) {
    case Kind::Goals:
        return m_caseload.goals().reorderGoals(m_parentId, ids);
    case Kind::SteppingStones:
        return m_caseload.goals().reorderStones(m_parentId, ids);
    case Kind::Interventions:
        return m_caseload.plans().reorderInterventions(m_parentId, m_groupId, ids);
    }
    return {};
}

Status ReorderCommand::apply()
{
    return order(m_after);
}

Status ReorderCommand::revert()
{
    return order(m_before);
}

} // namespace Traedesten::Ui
