#include "NewHouseholdCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

NewHouseholdCommand::NewHouseholdCommand(Storage::Caseload &caseload, Domain::Household household, QString citizenId,
    const QString &text, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_household(std::move(household))
    , m_citizenId(std::move(citizenId))
{ }

Status NewHouseholdCommand::apply()
{
    if (m_done)
        return m_caseload.households().restore(m_created);
    auto created = m_caseload.households().createForCitizen(m_household, m_citizenId);
    if (!created)
        return created.error();
    m_created = *created;
    m_done = true;
    return {};
}

Status NewHouseholdCommand::revert()
{
    return m_caseload.households().withdraw(m_created);
}

} // namespace Traedesten::Ui
