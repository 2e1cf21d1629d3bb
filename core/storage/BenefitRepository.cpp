#include "BenefitRepository.h"

#include "storage/CaseFile.h"
#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

bool exists(Database &db, const char *sql, const QString &id)
{
    Statement s = db.cached(sql);
    s.bind(1, id);
    return s.next();
}

bool departmentExists(Database &db, const QString &id)
{
    return exists(db, "SELECT 1 FROM department WHERE id = ?1", id);
}

/// The citizen a household member is, if any: benefits are shown and audited under that citizen.
QString citizenOfMember(Database &db, const QString &memberId)
{
    const auto member = Kinds::householdMember().find(db, memberId);
    return member ? member->citizenId : QString();
}

/// A reference that must point at an existing row: empty is Required, unknown is UnknownReference.
void checkReference(const char *field, const QString &id, bool exists)
{
    if (id.isEmpty())
        refuse(field, Issue::Required);
    if (!exists)
        refuse(field, Issue::UnknownReference);
}

} // namespace

BenefitRepository::BenefitRepository(CaseFile &file)
    : m_file(file)
{ }

Result<QList<BenefitType>> BenefitRepository::types()
{
    return m_file.read([](Database &db) { return Kinds::benefitType().readAll(db); });
}

Result<BenefitType> BenefitRepository::createType(BenefitType type)
{
    if (type.id.isEmpty())
        type.id = newId();
    type.code.clear(); // the built-in ones come with the schema; a new one is always the file's own
    type.createdAt = type.updatedAt = now();
    // Appended last (all one list, no parent).
    auto position = m_file.read([](Database &db) {
        Statement s = db.cached("SELECT COALESCE(max(position) + 1, 0) FROM benefit_type");
        return s.next() ? static_cast<int>(s.int64(0)) : 0;
    });
    if (!position)
        return position.error();
    type.position = *position;
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
    if (Status s = Validation::validate(t); !s)
        return s;
    return m_file.write([&](Database &db) {
        // No department is allowed (the built-in "other" has none); a named one must exist.
        if (!t.departmentId.isEmpty() && !departmentExists(db, t.departmentId))
            refuse("departmentId", Issue::UnknownReference);
        m_file.putRecord(Kinds::benefitType(), t, {});
    });
}

Status BenefitRepository::removeType(const QString &typeId)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::benefitType().exists(db, typeId))
            refuse("id", Issue::UnknownReference);
        // A benefit keeps its type for its whole history: such a type is archived instead.
        if (exists(db, "SELECT 1 FROM benefit WHERE type_id = ?1 LIMIT 1", typeId))
            refuse("id", Issue::InUse);
        m_file.removeRecord(Kinds::benefitType(), typeId, {});
    });
}

Result<QList<Benefit>> BenefitRepository::benefits(const QString &householdId)
{
    return m_file.read([&](Database &db) {
        const auto &kind = Kinds::benefit();
        Statement s = db.cached("SELECT " + Kinds::qualifiedColumns(kind, "b")
            + " FROM benefit b JOIN household_member m ON m.id = b.member_id WHERE m.household_id = ?1"
              " ORDER BY m.position, m.created_at, m.id, b.start_date, b.created_at, b.id");
        s.bind(1, householdId);
        QList<Benefit> result;
        while (s.next())
            result.append(kind.read(s));
        return result;
    });
}

Result<Benefit> BenefitRepository::benefit(const QString &benefitId)
{
    return m_file.read([&](Database &db) {
        const auto b = Kinds::benefit().find(db, benefitId);
        if (!b)
            refuse("id", Issue::UnknownReference);
        return *b;
    });
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
    if (Status s = Validation::validate(b); !s)
        return s;
    return m_file.write([&](Database &db) {
        checkReference("memberId", b.memberId, Kinds::householdMember().exists(db, b.memberId));
        checkReference("typeId", b.typeId, Kinds::benefitType().exists(db, b.typeId));
        checkReference("departmentId", b.departmentId, departmentExists(db, b.departmentId));
        m_file.putRecord(Kinds::benefit(), b, citizenOfMember(db, b.memberId));
    });
}

Status BenefitRepository::removeBenefit(const QString &benefitId)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::benefit().find(db, benefitId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::benefit(), benefitId, citizenOfMember(db, stored->memberId));
    });
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
    return m_file.read([&](Database &db) {
        Statement s = db.cached("SELECT min(b.start_date) FROM benefit b JOIN household_member m ON m.id = b.member_id "
                                "WHERE m.household_id = ?1");
        s.bind(1, householdId);
        return s.next() ? dateAt(s, 0) : QDate();
    });
}

} // namespace Traedesten::Storage
