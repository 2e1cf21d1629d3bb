#pragma once

#include "StoreCommand.h"
#include "storage/HouseholdRepository.h"

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * Removes a household member with what points at them (consents, benefits, their place in interventions),
 * one core use case and one transaction; undo puts all of it back exactly, redo takes the same away again.
 */
class RemoveMemberCommand : public StoreCommand
{
public:
    RemoveMemberCommand(Storage::Caseload &caseload, QString memberId, const QString &text, ErrorHandler onError);
    /// What the last redo took away.
    const Storage::RemovedMember &removed() const { return m_removed; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Storage::Caseload &m_caseload;
    QString m_memberId;
    Storage::RemovedMember m_removed;
};

} // namespace Traedesten::Ui
