#include "ReorderCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

ReorderCommand::ReorderCommand(Storage::Caseload &caseload, Kind kind, QString parentId, QStringList before,
    QStringList after, const QString &text, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_kind(kind)
    , m_parentId(std::move(parentId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status ReorderCommand::order(const QStringList &ids)
{
    return m_kind == Kind::Goals ? m_caseload.goals().reorderGoals(m_parentId, ids)
                                 : m_caseload.goals().reorderStones(m_parentId, ids);
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
