#pragma once

#include "StoreCommand.h"
#include "storage/HouseholdRepository.h"

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * Starts a household from a citizen (the household, the citizen placed in it, the citizen as its first
 * adult), one core use case and one transaction; undo takes all three back, redo puts back exactly the same.
 */
class NewHouseholdCommand : public StoreCommand
{
public:
    NewHouseholdCommand(Storage::Caseload &caseload, Domain::Household household, QString citizenId,
        const QString &text, ErrorHandler onError);
    const Storage::NewHousehold &created() const { return m_created; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Storage::Caseload &m_caseload;
    Domain::Household m_household;
    QString m_citizenId;
    bool m_done = false;
    Storage::NewHousehold m_created;
};

} // namespace Traedesten::Ui
