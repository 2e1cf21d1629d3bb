#include "RemoveMemberCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

RemoveMemberCommand::RemoveMemberCommand(
    Storage::Caseload &caseload, QString memberId, const QString &text, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_memberId(std::move(memberId))
{ }

Status RemoveMemberCommand::apply()
{
    auto removed = m_caseload.households().removeMember(m_memberId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return {};
}

Status RemoveMemberCommand::revert()
{
    return m_caseload.households().restoreMember(m_removed);
}

} // namespace Traedesten::Ui
