#include "HouseholdRepository.h"

#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString HouseholdEntity = QStringLiteral("household");
const QString MemberEntity = QStringLiteral("household_member");

Household householdAt(const Statement &s)
{
    return Household { s.text(0), s.text(1), s.text(2), timestampAt(s, 3), timestampAt(s, 4) };
}

HouseholdMember memberAt(const Statement &s)
{
    HouseholdMember m;
    m.id = s.text(0);
    m.householdId = s.text(1);
    m.name = s.text(2);
    m.birthYear = static_cast<int>(s.int64(3));
    m.role = memberRoleFromCode(s.text(4));
    m.relation = s.text(5);
    m.parentalResponsibility = s.int64(6) != 0;
    m.citizenId = s.text(7);
    m.position = static_cast<int>(s.int64(8));
    m.createdAt = timestampAt(s, 9);
    m.updatedAt = timestampAt(s, 10);
    return m;
}

bool exists(Database &db, const char *sql, const QString &id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.next();
}

} // namespace

HouseholdRepository::HouseholdRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<Household> HouseholdRepository::get(const QString &id)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        Statement s = db->prepare("SELECT id, name, family_coordinator, created_at, updated_at FROM household "
                                  "WHERE id = ?1");
        s.bind(1, id);
        if (!s.next())
            return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
        return householdAt(s);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<QList<Household>> HouseholdRepository::all()
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Household> result;
    try {
        Statement s = db->prepare("SELECT id, name, family_coordinator, created_at, updated_at FROM household "
                                  "ORDER BY name COLLATE NOCASE");
        while (s.next())
            result.append(householdAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
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
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const bool existed = exists(db, "SELECT 1 FROM household WHERE id = ?1", h.id);
        Statement s = db.prepare(R"sql(
            INSERT INTO household (id, name, family_coordinator, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, family_coordinator = excluded.family_coordinator,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, h.id).bind(2, h.name).bind(3, h.familyCoordinator);
        bindTimestamp(s, 4, h.createdAt);
        bindTimestamp(s, 5, h.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, HouseholdEntity, h.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Household, h.id, {});
    return status;
}

Status HouseholdRepository::remove(const QString &id)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM household WHERE id = ?1", id))
            throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::UnknownReference));
        Statement s = db.prepare("DELETE FROM household WHERE id = ?1");
        s.bind(1, id).run();
        m_file.appendEvent(AuditAction::RecordDeleted, HouseholdEntity, id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Household, id, {});
    return status;
}

Result<QList<HouseholdMember>> HouseholdRepository::members(const QString &householdId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<HouseholdMember> result;
    try {
        Statement s = db->prepare(R"sql(
            SELECT id, household_id, name, birth_year, role, relation, parental_responsibility,
                   COALESCE(citizen_id, ''), position, created_at, updated_at
            FROM household_member WHERE household_id = ?1 ORDER BY position, name
        )sql");
        s.bind(1, householdId);
        while (s.next())
            result.append(memberAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
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
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM household WHERE id = ?1", m.householdId))
            throw SqliteError(Error::invalid(QStringLiteral("householdId"), Issue::UnknownReference));
        if (!m.citizenId.isEmpty() && !exists(db, "SELECT 1 FROM citizen WHERE id = ?1", m.citizenId))
            throw SqliteError(Error::invalid(QStringLiteral("citizenId"), Issue::UnknownReference));
        const bool existed = exists(db, "SELECT 1 FROM household_member WHERE id = ?1", m.id);
        Statement s = db.prepare(R"sql(
            INSERT INTO household_member (id, household_id, name, birth_year, role, relation,
                                          parental_responsibility, citizen_id, position, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
            ON CONFLICT (id) DO UPDATE SET household_id = excluded.household_id, name = excluded.name,
                birth_year = excluded.birth_year, role = excluded.role, relation = excluded.relation,
                parental_responsibility = excluded.parental_responsibility, citizen_id = excluded.citizen_id,
                position = excluded.position, created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, m.id).bind(2, m.householdId).bind(3, m.name).bind(4, m.birthYear);
        s.bind(5, memberRoleCode(m.role)).bind(6, m.relation).bind(7, m.parentalResponsibility ? 1 : 0);
        bindOptional(s, 8, m.citizenId);
        s.bind(9, m.position);
        bindTimestamp(s, 10, m.createdAt);
        bindTimestamp(s, 11, m.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, MemberEntity, m.id, m.citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::HouseholdMember, m.id, m.citizenId);
    return status;
}

Status HouseholdRepository::removeMember(const QString &memberId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT COALESCE(citizen_id, '') FROM household_member WHERE id = ?1");
        find.bind(1, memberId);
        if (!find.next())
            throw SqliteError(Error::invalid(QStringLiteral("id"), Issue::UnknownReference));
        citizenId = find.text(0);
        Statement s = db.prepare("DELETE FROM household_member WHERE id = ?1");
        s.bind(1, memberId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, MemberEntity, memberId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::HouseholdMember, memberId, citizenId);
    return status;
}

} // namespace Traedesten::Storage
