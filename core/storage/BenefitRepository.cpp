#include "BenefitRepository.h"

#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

#include <optional>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString TypeEntity = QStringLiteral("benefit_type");
const QString BenefitEntity = QStringLiteral("benefit");

/// Far above any real benefit (a billion kr. a month), and low enough that cost × days × 2 in costSeries
/// cannot overflow a qint64.
constexpr qint64 MaxMonthlyCostMinor = 100'000'000'000;

constexpr const char *TypeColumns = "id, code, name, department_id, position, archived, created_at, updated_at";
constexpr const char *BenefitColumns = "b.id, b.member_id, b.type_id, b.department_id, b.monthly_cost_minor, "
                                       "b.start_date, b.end_date, b.note, b.created_at, b.updated_at";

[[noreturn]] void refuse(const char *field, Issue issue, QVariantList args = {})
{
    throw SqliteError(Error::invalid(QString::fromLatin1(field), issue, std::move(args)));
}

BenefitType typeAt(const Statement &s)
{
    return BenefitType { s.text(0), s.text(1), s.text(2), s.text(3), static_cast<int>(s.int64(4)), s.int64(5) != 0,
        timestampAt(s, 6), timestampAt(s, 7) };
}

Benefit benefitAt(const Statement &s)
{
    return Benefit { s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), dateAt(s, 5), dateAt(s, 6), s.text(7),
        timestampAt(s, 8), timestampAt(s, 9) };
}

std::optional<Benefit> loadBenefit(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + BenefitColumns + " FROM benefit b WHERE b.id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return benefitAt(s);
}

bool exists(Database &db, const char *sql, const QString &id)
{
    Statement s = db.prepare(sql);
    s.bind(1, id);
    return s.next();
}

/// The citizen a household member is, if any: benefits are shown and audited under that citizen.
QString citizenOfMember(Database &db, const QString &memberId)
{
    Statement s = db.prepare("SELECT citizen_id FROM household_member WHERE id = ?1");
    s.bind(1, memberId);
    return s.next() && !s.isNull(0) ? s.text(0) : QString();
}

/// The checks that need no database, so a refusal costs no transaction.
Status checkBenefit(const Benefit &b)
{
    if (b.monthlyCostMinor < 0 || b.monthlyCostMinor > MaxMonthlyCostMinor)
        return Error::invalid(QStringLiteral("monthlyCostMinor"), Issue::OutOfRange);
    if (!b.startDate.isValid())
        return Error::invalid(QStringLiteral("startDate"), Issue::Required);
    if (b.endDate.isValid() && b.endDate < b.startDate)
        return Error::invalid(QStringLiteral("endDate"), Issue::EndBeforeStart);
    if (b.note.size() > BenefitRepository::MaxTextLength)
        return Error::invalid(QStringLiteral("note"), Issue::TooLong);
    return {};
}

/// A reference that must point at an existing row: empty is Required, unknown is UnknownReference.
void checkReference(Database &db, const char *field, const char *sql, const QString &id)
{
    if (id.isEmpty())
        refuse(field, Issue::Required);
    if (!exists(db, sql, id))
        refuse(field, Issue::UnknownReference);
}

} // namespace

BenefitRepository::BenefitRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

Result<QList<BenefitType>> BenefitRepository::types()
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<BenefitType> result;
    try {
        // Built-in ones (with a code) first; within each, by position.
        const QByteArray sql
            = QByteArray("SELECT ") + TypeColumns + " FROM benefit_type ORDER BY code = '', position, name, created_at";
        Statement s = db->prepare(sql.constData());
        while (s.next())
            result.append(typeAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<BenefitType> BenefitRepository::createType(BenefitType type)
{
    if (type.id.isEmpty())
        type.id = newId();
    type.code.clear(); // the built-in ones come with the schema; a new one is always the file's own
    type.createdAt = type.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT COALESCE(max(position) + 1, 0) FROM benefit_type");
            if (s.next())
                type.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putType(type); !s)
        return s.error();
    return type;
}

Result<BenefitType> BenefitRepository::updateType(BenefitType type)
{
    type.updatedAt = now();
    if (Status s = putType(type); !s)
        return s.error();
    return type;
}

Status BenefitRepository::putType(const BenefitType &t)
{
    if (t.code.isEmpty() && t.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), Issue::Required);
    if (t.name.size() > MaxTextLength)
        return Error::invalid(QStringLiteral("name"), Issue::TooLong);
    if (!t.code.isEmpty() && !builtInBenefitTypeCodes().contains(t.code))
        return Error::invalid(QStringLiteral("code"), Issue::UnknownReference);
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        // No department is allowed (the built-in "other" has none); a named one must exist.
        if (!t.departmentId.isEmpty() && !exists(db, "SELECT 1 FROM department WHERE id = ?1", t.departmentId))
            refuse("departmentId", Issue::UnknownReference);
        const bool existed = exists(db, "SELECT 1 FROM benefit_type WHERE id = ?1", t.id);
        Statement s = db.prepare(R"sql(
            INSERT INTO benefit_type (id, code, name, department_id, position, archived, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name,
                department_id = excluded.department_id, position = excluded.position, archived = excluded.archived,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, t.id).bind(2, t.code).bind(3, t.name);
        bindOptional(s, 4, t.departmentId);
        s.bind(5, t.position).bind(6, t.archived ? 1 : 0);
        bindTimestamp(s, 7, t.createdAt);
        bindTimestamp(s, 8, t.updatedAt);
        s.run();
        m_file.appendEvent(existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, TypeEntity, t.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::BenefitType, t.id, {});
    return status;
}

Status BenefitRepository::removeType(const QString &typeId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        if (!exists(db, "SELECT 1 FROM benefit_type WHERE id = ?1", typeId))
            refuse("id", Issue::UnknownReference);
        // A benefit keeps its type for its whole history: such a type is archived instead.
        if (exists(db, "SELECT 1 FROM benefit WHERE type_id = ?1 LIMIT 1", typeId))
            refuse("id", Issue::InUse);
        Statement s = db.prepare("DELETE FROM benefit_type WHERE id = ?1");
        s.bind(1, typeId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, TypeEntity, typeId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::BenefitType, typeId, {});
    return status;
}

Result<QList<Benefit>> BenefitRepository::benefits(const QString &householdId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Benefit> result;
    try {
        const QByteArray sql = QByteArray("SELECT ") + BenefitColumns
            + " FROM benefit b JOIN household_member m ON m.id = b.member_id WHERE m.household_id = ?1"
              " ORDER BY m.position, m.created_at, m.id, b.start_date, b.created_at, b.id";
        Statement s = db->prepare(sql.constData());
        s.bind(1, householdId);
        while (s.next())
            result.append(benefitAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Benefit> BenefitRepository::benefit(const QString &benefitId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto b = loadBenefit(*db, benefitId))
            return *b;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Benefit> BenefitRepository::createBenefit(Benefit benefit)
{
    if (benefit.id.isEmpty())
        benefit.id = newId();
    benefit.createdAt = benefit.updatedAt = now();
    if (Status s = putBenefit(benefit); !s)
        return s.error();
    return benefit;
}

Result<Benefit> BenefitRepository::updateBenefit(Benefit benefit)
{
    benefit.updatedAt = now();
    if (Status s = putBenefit(benefit); !s)
        return s.error();
    return benefit;
}

Status BenefitRepository::putBenefit(const Benefit &b)
{
    if (Status checked = checkBenefit(b); !checked)
        return checked;
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        checkReference(db, "memberId", "SELECT 1 FROM household_member WHERE id = ?1", b.memberId);
        checkReference(db, "typeId", "SELECT 1 FROM benefit_type WHERE id = ?1", b.typeId);
        checkReference(db, "departmentId", "SELECT 1 FROM department WHERE id = ?1", b.departmentId);
        citizenId = citizenOfMember(db, b.memberId);
        const bool existed = exists(db, "SELECT 1 FROM benefit WHERE id = ?1", b.id);
        Statement s = db.prepare(R"sql(
            INSERT INTO benefit (id, member_id, type_id, department_id, monthly_cost_minor, start_date, end_date,
                                 note, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT (id) DO UPDATE SET member_id = excluded.member_id, type_id = excluded.type_id,
                department_id = excluded.department_id, monthly_cost_minor = excluded.monthly_cost_minor,
                start_date = excluded.start_date, end_date = excluded.end_date, note = excluded.note,
                created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, b.id).bind(2, b.memberId).bind(3, b.typeId).bind(4, b.departmentId).bind(5, b.monthlyCostMinor);
        bindDate(s, 6, b.startDate);
        bindDate(s, 7, b.endDate);
        s.bind(8, b.note);
        bindTimestamp(s, 9, b.createdAt);
        bindTimestamp(s, 10, b.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, BenefitEntity, b.id, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Benefit, b.id, citizenId);
    return status;
}

Status BenefitRepository::removeBenefit(const QString &benefitId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto stored = loadBenefit(db, benefitId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        citizenId = citizenOfMember(db, stored->memberId);
        Statement s = db.prepare("DELETE FROM benefit WHERE id = ?1");
        s.bind(1, benefitId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, BenefitEntity, benefitId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Benefit, benefitId, citizenId);
    return status;
}

Result<QList<MonthlyCost>> BenefitRepository::costSeries(const QString &householdId, const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), Issue::InvalidDate);
    if (!to.isValid())
        return Error::invalid(QStringLiteral("to"), Issue::InvalidDate);
    const QDate first(from.year(), from.month(), 1);
    const QDate last(to.year(), to.month(), 1);
    if (last < first)
        return Error::invalid(QStringLiteral("to"), Issue::EndBeforeStart);
    auto all = benefits(householdId);
    if (!all)
        return all.error();

    QList<MonthlyCost> result;
    for (QDate month = first; month <= last; month = month.addMonths(1))
        result.append(monthlyCost(*all, month));
    return result;
}

Result<QDate> BenefitRepository::firstStart(const QString &householdId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        Statement s
            = db->prepare("SELECT min(b.start_date) FROM benefit b JOIN household_member m ON m.id = b.member_id "
                          "WHERE m.household_id = ?1");
        s.bind(1, householdId);
        return s.next() ? dateAt(s, 0) : QDate();
    } catch (const SqliteError &e) {
        return e.error();
    }
}

} // namespace Traedesten::Storage
