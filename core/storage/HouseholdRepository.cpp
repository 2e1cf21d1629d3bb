#include "HouseholdRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
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

Status HouseholdRepository::removeMember(const QString &memberId)
{
    return m_file.write([&](Database &db) {
        const auto member = Kinds::householdMember().find(db, memberId);
        if (!member)
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::householdMember(), memberId, member->citizenId);
    });
}

} // namespace Traedesten::Storage
