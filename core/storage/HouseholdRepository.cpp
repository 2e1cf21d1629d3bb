#include "HouseholdRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

HouseholdRepository::HouseholdRepository(CaseFile &file)
    : m_file(file)
{ }

Result<Household> HouseholdRepository::get(const QString &id)
{
    return m_file.read([&](Database &db) {
        const auto household = Kinds::household().find(db, id);
        if (!household)
            refuse("id", Issue::UnknownReference);
        return *household;
    });
}

Result<QList<Household>> HouseholdRepository::all()
{
    return m_file.read([&](Database &db) { return Kinds::household().readAll(db); });
}

Result<Household> HouseholdRepository::create(Household household)
{
    if (household.id.isEmpty())
        household.id = newId();
    household.createdAt = household.updatedAt = now();
    if (Status s = put(household); !s)
        return s.error();
    return household;
}

Result<Household> HouseholdRepository::update(Household household)
{
    household.updatedAt = now();
    if (Status s = put(household); !s)
        return s.error();
    return household;
}

Status HouseholdRepository::put(const Household &h)
{
    if (Status s = Validation::validate(h); !s)
        return s;
    return m_file.write([&] { m_file.putRecord(Kinds::household(), h, {}); });
}

Status HouseholdRepository::remove(const QString &id)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::household().exists(db, id))
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::household(), id, {});
    });
}

Result<NewHousehold> HouseholdRepository::createForCitizen(Household household, const QString &citizenId)
{
    household.id = newId();
    household.createdAt = household.updatedAt = now();
    if (Status s = Validation::validate(household); !s)
        return s.error();
    NewHousehold created;
    Status s = m_file.write([&](Database &db) {
        const auto citizen = Kinds::citizen().find(db, citizenId);
        if (!citizen)
            refuse("citizenId", Issue::UnknownReference);
        created.household = household;
        created.citizenBefore = *citizen;
        created.citizen = *citizen;
        created.citizen.householdId = household.id;
        created.citizen.updatedAt = household.updatedAt;
        HouseholdMember &self = created.member;
        self.id = newId();
        self.householdId = household.id;
        self.name = citizen->name;
        self.citizenId = citizen->id;
        self.birthYear = citizen->birthDate.isValid() ? citizen->birthDate.year() : 0;
        self.createdAt = self.updatedAt = household.updatedAt;
        refuseIfInvalid(Validation::validate(self));
        m_file.putRecord(Kinds::household(), created.household, {});
        m_file.putRecord(Kinds::citizen(), created.citizen, citizenId);
        m_file.putRecord(Kinds::householdMember(), self, citizenId);
    });
    if (!s)
        return s.error();
    return created;
}

Status HouseholdRepository::withdraw(const NewHousehold &created)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::householdMember().exists(db, created.member.id)
            || !Kinds::household().exists(db, created.household.id))
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::householdMember(), created.member.id, created.citizen.id);
        m_file.putRecord(Kinds::citizen(), created.citizenBefore, created.citizen.id);
        m_file.removeRecord(Kinds::household(), created.household.id, {});
    });
}

Status HouseholdRepository::restore(const NewHousehold &created)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, created.citizen.id))
            refuse("citizenId", Issue::UnknownReference);
        m_file.putRecord(Kinds::household(), created.household, {});
        m_file.putRecord(Kinds::citizen(), created.citizen, created.citizen.id);
        m_file.putRecord(Kinds::householdMember(), created.member, created.citizen.id);
    });
}

Result<QList<HouseholdMember>> HouseholdRepository::members(const QString &householdId)
{
    return m_file.read(
        [&](Database &db) { return Kinds::householdMember().readWhere(db, "household_id = ?1", { householdId }); });
}

Result<HouseholdMember> HouseholdRepository::createMember(HouseholdMember member)
{
    if (member.id.isEmpty())
        member.id = newId();
    member.createdAt = member.updatedAt = now();
    if (Status s = putMember(member); !s)
        return s.error();
    return member;
}

Result<HouseholdMember> HouseholdRepository::updateMember(HouseholdMember member)
{
    member.updatedAt = now();
    if (Status s = putMember(member); !s)
        return s.error();
    return member;
}

Status HouseholdRepository::putMember(const HouseholdMember &m)
{
    if (Status s = Validation::validate(m); !s)
        return s;
    return m_file.write([&](Database &db) {
        if (!Kinds::household().exists(db, m.householdId))
            refuse("householdId", Issue::UnknownReference);
        if (!m.citizenId.isEmpty() && !Kinds::citizen().exists(db, m.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        m_file.putRecord(Kinds::householdMember(), m, m.citizenId);
    });
}

namespace {

RemovedMember dependentsOf(Database &db, const QString &memberId)
{
    const auto member = Kinds::householdMember().find(db, memberId);
    if (!member)
        refuse("id", Issue::UnknownReference);
    return RemovedMember { *member, Kinds::consent().readWhere(db, "member_id = ?1", { memberId }),
        Kinds::benefit().readWhere(db, "member_id = ?1", { memberId }),
        Kinds::intervention().readWhere(
            db, "id IN (SELECT intervention_id FROM intervention_member WHERE member_id = ?1)", { memberId }) };
}

} // namespace

qsizetype RemovedMember::interventionsRemoved() const
{
    return std::count_if(
        interventions.cbegin(), interventions.cend(), [](const Intervention &i) { return i.memberIds.size() == 1; });
}

Result<RemovedMember> HouseholdRepository::dependentsOfMember(const QString &memberId)
{
    return m_file.read([&](Database &db) { return dependentsOf(db, memberId); });
}

Result<RemovedMember> HouseholdRepository::removeMember(const QString &memberId)
{
    RemovedMember removed;
    const Status s = m_file.write([&](Database &db) {
        removed = dependentsOf(db, memberId);
        const QString &citizen = removed.member.citizenId;
        const QString &household = removed.member.householdId;
        // Each record that goes is logged as it goes (the foreign keys would cascade silently).
        for (const Consent &c : std::as_const(removed.consents))
            m_file.removeRecord(Kinds::consent(), c.id, citizen);
        for (const Benefit &b : std::as_const(removed.benefits))
            m_file.removeRecord(Kinds::benefit(), b.id, citizen);
        for (const Intervention &i : std::as_const(removed.interventions)) {
            if (i.memberIds.size() == 1) {
                m_file.removeRecord(Kinds::intervention(), i.id, citizen, household);
                Kinds::shiftInterventions(db, i, false);
            } else {
                Intervention without = i;
                without.memberIds.removeAll(memberId);
                m_file.putRecord(Kinds::intervention(), without, citizen, household);
            }
        }
        m_file.removeRecord(Kinds::householdMember(), memberId, citizen);
    });
    if (!s)
        return s.error();
    return removed;
}

Status HouseholdRepository::restoreMember(const RemovedMember &removed)
{
    return m_file.write([&](Database &db) {
        const HouseholdMember &m = removed.member;
        if (Kinds::householdMember().exists(db, m.id))
            refuse("id", Issue::InUse);
        if (!Kinds::household().exists(db, m.householdId))
            refuse("householdId", Issue::UnknownReference);
        m_file.putRecord(Kinds::householdMember(), m, m.citizenId);
        for (const Intervention &i : removed.interventions) {
            if (!Kinds::intervention().exists(db, i.id))
                Kinds::shiftInterventions(db, i, true);
            m_file.putRecord(Kinds::intervention(), i, m.citizenId, m.householdId);
        }
        for (const Benefit &b : removed.benefits)
            m_file.putRecord(Kinds::benefit(), b, m.citizenId);
        for (const Consent &c : removed.consents)
            m_file.putRecord(Kinds::consent(), c, m.citizenId);
    });
}

} // namespace Traedesten::Storage
