#pragma once

#include "Result.h"
#include "domain/Benefit.h"
#include "domain/Citizen.h"
#include "domain/FamilyPlan.h"
#include "domain/Household.h"
#include "domain/HouseholdMember.h"

#include <QList>

namespace Traedesten::Storage {

class CaseFile;

/// A household started from one of its citizens: what createForCitizen() wrote, so that it can be taken back.
struct NewHousehold
{
    Domain::Household household;
    Domain::Citizen citizenBefore; ///< the citizen as it was, outside any household
    Domain::Citizen citizen; ///< the citizen placed in the household
    Domain::HouseholdMember member; ///< the citizen as the household's first adult

    friend bool operator==(const NewHousehold &, const NewHousehold &) = default;
};

/**
 * A household member and what pointed at them, as removeMember() took it away: their consents and benefits,
 * and the interventions that named them, as they were (those that named only them were removed, the others
 * lost the member from their list). restoreMember() puts all of it back exactly.
 */
struct RemovedMember
{
    Domain::HouseholdMember member;
    QList<Domain::Consent> consents;
    QList<Domain::Benefit> benefits;
    QList<Domain::Intervention> interventions;

    /// The interventions that named no one else (removed with the member).
    qsizetype interventionsRemoved() const;

    friend bool operator==(const RemovedMember &, const RemovedMember &) = default;
};

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

    /**
     * Starts a household for the citizen @p citizenId, in one transaction: the household (new id and
     * timestamps), the citizen placed in it, and the citizen as its first adult member.
     */
    Result<NewHousehold> createForCitizen(Domain::Household household, const QString &citizenId);
    /// Takes a new household back exactly, in one transaction: the member, the citizen as before, the household.
    Status withdraw(const NewHousehold &created);
    /// Puts a withdrawn new household back exactly, in one transaction.
    Status restore(const NewHousehold &created);

    Result<QList<Domain::HouseholdMember>> members(const QString &householdId);
    Result<Domain::HouseholdMember> createMember(Domain::HouseholdMember member);
    Result<Domain::HouseholdMember> updateMember(Domain::HouseholdMember member);
    Status putMember(const Domain::HouseholdMember &member);
    /// What removeMember() would take with the member (nothing is written), for the question before it.
    Result<RemovedMember> dependentsOfMember(const QString &memberId);
    /**
     * Removes a member with what points at them, in one transaction: their consents and benefits, their place
     * in every intervention's list (in every plan version) and the interventions that named only them.
     */
    Result<RemovedMember> removeMember(const QString &memberId);
    /// Puts a removed member back exactly, with everything removeMember() took, in one transaction.
    Status restoreMember(const RemovedMember &removed);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
