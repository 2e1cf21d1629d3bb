#pragma once

#include "Result.h"
#include "domain/Household.h"
#include "domain/HouseholdMember.h"

#include <QList>

namespace Traedesten::Storage {

class CaseFile;

/// Households and their members; every write validated, audited, one transaction.
class HouseholdRepository
{
public:
    explicit HouseholdRepository(CaseFile &file);

    Result<Domain::Household> get(const QString &id);
    Result<QList<Domain::Household>> all();
    Result<Domain::Household> create(Domain::Household household);
    Result<Domain::Household> update(Domain::Household household);
    /// Stores exactly @p household (insert or update).
    Status put(const Domain::Household &household);
    /// Deletes the household and its members; its citizens stay, without household.
    Status remove(const QString &id);

    Result<QList<Domain::HouseholdMember>> members(const QString &householdId);
    Result<Domain::HouseholdMember> createMember(Domain::HouseholdMember member);
    Result<Domain::HouseholdMember> updateMember(Domain::HouseholdMember member);
    Status putMember(const Domain::HouseholdMember &member);
    Status removeMember(const QString &memberId);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
