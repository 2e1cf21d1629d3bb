#include "BudgetRepository.h"

#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/SqlValues.h"

#include <QSet>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

const QString BudgetEntity = QStringLiteral("budget");
const QString EntryEntity = QStringLiteral("ledger_entry");
const QString CategoryEntity = QStringLiteral("spending_category");
const QString AttachmentEntity = QStringLiteral("attachment");

constexpr const char *BudgetColumns
    = "id, citizen_id, cap_minor, currency, period_start, months, status, created_at, updated_at";
constexpr const char *EntryColumns
    = "id, budget_id, kind, state, date, amount_minor, payee, description, COALESCE(category_id, ''), "
      "COALESCE(stone_id, ''), bought_by, decided_with_citizen, void_reason, created_at, updated_at";

Budget budgetAt(const Statement &s)
{
    Budget b;
    b.id = s.text(0);
    b.citizenId = s.text(1);
    b.capMinor = s.int64(2);
    b.currency = currencyFromCode(s.text(3));
    b.periodStart = dateAt(s, 4);
    b.months = static_cast<int>(s.int64(5));
    b.status = budgetStatusFromCode(s.text(6));
    b.createdAt = timestampAt(s, 7);
    b.updatedAt = timestampAt(s, 8);
    return b;
}

LedgerEntry entryAt(const Statement &s)
{
    LedgerEntry e;
    e.id = s.text(0);
    e.budgetId = s.text(1);
    e.kind = entryKindFromCode(s.text(2));
    e.state = entryStateFromCode(s.text(3));
    e.date = dateAt(s, 4);
    e.amountMinor = s.int64(5);
    e.payee = s.text(6);
    e.description = s.text(7);
    e.categoryId = s.text(8);
    e.stoneId = s.text(9);
    e.boughtBy = s.text(10);
    e.decidedWithCitizen = s.int64(11) != 0;
    e.voidReason = s.text(12);
    e.createdAt = timestampAt(s, 13);
    e.updatedAt = timestampAt(s, 14);
    return e;
}

[[noreturn]] void refuse(const char *field, Issue issue, QVariantList args = {})
{
    throw SqliteError(Error::invalid(QString::fromLatin1(field), issue, std::move(args)));
}

std::optional<Budget> loadBudget(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + BudgetColumns + " FROM budget WHERE id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return budgetAt(s);
}

std::optional<LedgerEntry> loadEntry(Database &db, const QString &id)
{
    const QByteArray sql = QByteArray("SELECT ") + EntryColumns + " FROM ledger_entry WHERE id = ?1";
    Statement s = db.prepare(sql.constData());
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return entryAt(s);
}

/// What the budget's ledger uses, leaving out @p exceptId (the entry being changed).
qint64 usedExcept(Database &db, const QString &budgetId, const QString &exceptId)
{
    Statement s = db.prepare(R"sql(
        SELECT COALESCE(SUM(CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END), 0)
        FROM ledger_entry WHERE budget_id = ?1 AND state <> 'voided' AND id <> ?2
    )sql");
    s.bind(1, budgetId).bind(2, exceptId);
    return s.next() ? s.int64(0) : 0;
}

void validateText(const LedgerEntry &e)
{
    const auto tooLong = [](const QString &t) {
        return t.size() > BudgetRepository::MaxTextLength;
    };
    if (tooLong(e.payee))
        refuse("payee", Issue::TooLong);
    if (tooLong(e.description))
        refuse("description", Issue::TooLong);
    if (tooLong(e.boughtBy))
        refuse("boughtBy", Issue::TooLong);
    if (tooLong(e.voidReason))
        refuse("voidReason", Issue::TooLong);
}

/// The budget's rules for @p e as it is to be stored; throws the refusal.
void checkEntry(Database &db, const Budget &budget, const LedgerEntry &e)
{
    validateText(e);
    if (!e.date.isValid())
        refuse("date", Issue::Required);
    // Every amount is above zero: a refund gives room back, an adjustment uses room (fees, corrections).
    if (e.amountMinor <= 0)
        refuse("amount", Issue::NotPositive);
    if (budget.status == BudgetStatus::Closed)
        refuse("budgetId", Issue::BudgetClosed);
    if (e.state == EntryState::Voided && e.voidReason.trimmed().isEmpty())
        refuse("voidReason", Issue::Required);
    if (!budget.contains(e.date))
        refuse("date", Issue::OutsidePeriod, { budget.periodStart, budget.periodEnd() });
    if (e.kind == EntryKind::Purchase && e.stoneId.isEmpty())
        refuse("stoneId", Issue::Required);
    if (!e.stoneId.isEmpty()) {
        // The stepping stone must be one of this citizen's.
        Statement s = db.prepare(R"sql(
            SELECT 1 FROM stepping_stone st JOIN goal g ON g.id = st.goal_id WHERE st.id = ?1 AND g.citizen_id = ?2
        )sql");
        s.bind(1, e.stoneId).bind(2, budget.citizenId);
        if (!s.next())
            refuse("stoneId", Issue::UnknownReference);
    }
    if (!e.categoryId.isEmpty()) {
        Statement s = db.prepare("SELECT 1 FROM spending_category WHERE id = ?1");
        s.bind(1, e.categoryId);
        if (!s.next())
            refuse("categoryId", Issue::UnknownReference);
    }
    const qint64 others = usedExcept(db, budget.id, e.id);
    const qint64 after = others + e.usedMinor();
    if (after > budget.capMinor)
        refuse("amount", Issue::ExceedsCap, { qMax<qint64>(0, budget.capMinor - others), budget.capMinor });
    if (after < 0)
        refuse("amount", Issue::OutOfRange, { others }); // a refund larger than what was spent
}

void writeEntry(Database &db, const LedgerEntry &e)
{
    Statement s = db.prepare(R"sql(
        INSERT INTO ledger_entry (id, budget_id, kind, state, date, amount_minor, payee, description, category_id,
                                  stone_id, bought_by, decided_with_citizen, void_reason, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
        ON CONFLICT (id) DO UPDATE SET budget_id = excluded.budget_id, kind = excluded.kind, state = excluded.state,
            date = excluded.date, amount_minor = excluded.amount_minor, payee = excluded.payee,
            description = excluded.description, category_id = excluded.category_id, stone_id = excluded.stone_id,
            bought_by = excluded.bought_by, decided_with_citizen = excluded.decided_with_citizen,
            void_reason = excluded.void_reason, created_at = excluded.created_at, updated_at = excluded.updated_at
    )sql");
    s.bind(1, e.id).bind(2, e.budgetId).bind(3, entryKindCode(e.kind)).bind(4, entryStateCode(e.state));
    bindDate(s, 5, e.date);
    s.bind(6, e.amountMinor).bind(7, e.payee).bind(8, e.description);
    bindOptional(s, 9, e.categoryId);
    bindOptional(s, 10, e.stoneId);
    s.bind(11, e.boughtBy).bind(12, e.decidedWithCitizen ? 1 : 0).bind(13, e.voidReason);
    bindTimestamp(s, 14, e.createdAt);
    bindTimestamp(s, 15, e.updatedAt);
    s.run();
}

} // namespace

BudgetRepository::BudgetRepository(CaseFile &file, ChangeNotifier *notifier)
    : m_file(file)
    , m_notifier(notifier)
{ }

QString BudgetRepository::citizenOfBudget(const QString &budgetId)
{
    Statement s = m_file.database()->prepare("SELECT citizen_id FROM budget WHERE id = ?1");
    s.bind(1, budgetId);
    if (!s.next())
        refuse("budgetId", Issue::UnknownReference);
    return s.text(0);
}

Result<std::optional<Budget>> BudgetRepository::budgetOf(const QString &citizenId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        const QByteArray sql = QByteArray("SELECT ") + BudgetColumns + " FROM budget WHERE citizen_id = ?1";
        Statement s = db->prepare(sql.constData());
        s.bind(1, citizenId);
        if (!s.next())
            return std::optional<Budget>();
        return std::optional<Budget>(budgetAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Budget> BudgetRepository::budget(const QString &budgetId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto b = loadBudget(*db, budgetId))
            return *b;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<Budget> BudgetRepository::createBudget(Budget budget)
{
    if (budget.id.isEmpty())
        budget.id = newId();
    budget.createdAt = budget.updatedAt = now();
    if (Status s = putBudget(budget); !s)
        return s.error();
    return budget;
}

Result<Budget> BudgetRepository::updateBudget(Budget budget)
{
    budget.updatedAt = now();
    if (Status s = putBudget(budget); !s)
        return s.error();
    return budget;
}

Status BudgetRepository::putBudget(const Budget &b)
{
    if (b.capMinor <= 0)
        return Error::invalid(QStringLiteral("cap"), Issue::NotPositive);
    if (!b.periodStart.isValid())
        return Error::invalid(QStringLiteral("periodStart"), Issue::Required);
    if (b.months != 12 && b.months != 15)
        return Error::invalid(QStringLiteral("months"), Issue::OutOfRange);
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement citizen = db.prepare("SELECT 1 FROM citizen WHERE id = ?1");
        citizen.bind(1, b.citizenId);
        if (!citizen.next())
            refuse("citizenId", Issue::UnknownReference);
        const bool existed = loadBudget(db, b.id).has_value();
        if (!existed) {
            Statement other = db.prepare("SELECT 1 FROM budget WHERE citizen_id = ?1");
            other.bind(1, b.citizenId);
            if (other.next())
                refuse("citizenId", Issue::InUse); // one personal budget per citizen
        } else {
            const auto stored = loadBudget(db, b.id);
            if (stored->citizenId != b.citizenId)
                refuse("citizenId", Issue::InUse);
            if (stored->currency != b.currency)
                refuse("currency", Issue::InUse);
            // A smaller cap or a shorter period must still hold the ledger.
            const qint64 used = usedExcept(db, b.id, QString());
            if (used > b.capMinor)
                refuse("cap", Issue::ExceedsCap, { used, b.capMinor });
            Statement range = db.prepare(
                "SELECT MIN(date), MAX(date) FROM ledger_entry WHERE budget_id = ?1 AND state <> 'voided'");
            range.bind(1, b.id);
            if (range.next() && !range.isNull(0)) {
                if (!b.contains(dateAt(range, 0)) || !b.contains(dateAt(range, 1)))
                    refuse("periodStart", Issue::OutsidePeriod, { dateAt(range, 0), dateAt(range, 1) });
            }
        }
        Statement s = db.prepare(R"sql(
            INSERT INTO budget (id, citizen_id, cap_minor, currency, period_start, months, status, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id, cap_minor = excluded.cap_minor,
                currency = excluded.currency, period_start = excluded.period_start, months = excluded.months,
                status = excluded.status, created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, b.id).bind(2, b.citizenId).bind(3, b.capMinor).bind(4, currencyCode(b.currency));
        bindDate(s, 5, b.periodStart);
        s.bind(6, b.months).bind(7, budgetStatusCode(b.status));
        bindTimestamp(s, 8, b.createdAt);
        bindTimestamp(s, 9, b.updatedAt);
        s.run();
        m_file.appendEvent(
            existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, BudgetEntity, b.id, b.citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Budget, b.id, b.citizenId);
    return status;
}

Status BudgetRepository::removeBudget(const QString &budgetId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        citizenId = citizenOfBudget(budgetId);
        Statement entries = db.prepare("SELECT 1 FROM ledger_entry WHERE budget_id = ?1");
        entries.bind(1, budgetId);
        if (entries.next())
            refuse("id", Issue::InUse);
        Statement s = db.prepare("DELETE FROM budget WHERE id = ?1");
        s.bind(1, budgetId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, BudgetEntity, budgetId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Budget, budgetId, citizenId);
    return status;
}

Result<QList<LedgerEntry>> BudgetRepository::entries(const QString &budgetId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<LedgerEntry> result;
    try {
        const QByteArray sql = QByteArray("SELECT ") + EntryColumns
            + " FROM ledger_entry WHERE budget_id = ?1 ORDER BY date, created_at, id";
        Statement s = db->prepare(sql.constData());
        s.bind(1, budgetId);
        while (s.next())
            result.append(entryAt(s));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<LedgerEntry> BudgetRepository::entry(const QString &entryId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        if (auto e = loadEntry(*db, entryId))
            return *e;
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Result<LedgerEntry> BudgetRepository::createEntry(LedgerEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = newId();
    entry.createdAt = entry.updatedAt = now();
    if (entry.state == EntryState::Voided)
        return Error::invalid(QStringLiteral("state"), Issue::AlreadyVoided);
    if (Status s = putEntry(entry); !s)
        return s.error();
    return entry;
}

Result<LedgerEntry> BudgetRepository::updateEntry(LedgerEntry entry)
{
    if (Database *db = m_file.database()) {
        try {
            const auto stored = loadEntry(*db, entry.id);
            if (!stored)
                return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
            if (stored->state == EntryState::Voided)
                return Error::invalid(QStringLiteral("state"), Issue::AlreadyVoided);
            if (stored->budgetId != entry.budgetId)
                return Error::invalid(QStringLiteral("budgetId"), Issue::UnknownReference);
            if (entry.state == EntryState::Voided) {
                // Voiding changes the state and the reason; the rest stays as it counted.
                LedgerEntry expected = *stored;
                expected.state = EntryState::Voided;
                expected.voidReason = entry.voidReason;
                expected.updatedAt = entry.updatedAt;
                if (!(expected == entry))
                    return Error::invalid(QStringLiteral("state"), Issue::AlreadyVoided);
            } else if (stored->state == EntryState::Paid
                && (entry.amountMinor != stored->amountMinor || entry.kind != stored->kind || entry.date != stored->date
                    || entry.stoneId != stored->stoneId || entry.state != EntryState::Paid)) {
                // Money that has left stays as it was paid; a mistake is voided and entered again.
                return Error::invalid(QStringLiteral("amount"), Issue::AlreadyPaid);
            }
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    entry.updatedAt = now();
    if (Status s = putEntry(entry); !s)
        return s.error();
    return entry;
}

Result<LedgerEntry> BudgetRepository::voidEntry(const QString &entryId, const QString &reason)
{
    auto stored = entry(entryId);
    if (!stored)
        return stored.error();
    if (stored->state == EntryState::Voided)
        return Error::invalid(QStringLiteral("state"), Issue::AlreadyVoided);
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("voidReason"), Issue::Required);
    LedgerEntry voided = *stored;
    voided.state = EntryState::Voided;
    voided.voidReason = reason.trimmed();
    voided.updatedAt = now();
    if (Status s = putEntry(voided); !s)
        return s.error();
    return voided;
}

Status BudgetRepository::putEntry(const LedgerEntry &e)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto budget = loadBudget(db, e.budgetId);
        if (!budget)
            refuse("budgetId", Issue::UnknownReference);
        citizenId = budget->citizenId;
        const auto stored = loadEntry(db, e.id);
        if (stored && stored->budgetId != e.budgetId)
            refuse("budgetId", Issue::UnknownReference);
        if (e.state == EntryState::Voided) {
            // A voided entry no longer counts. Voiding a refund takes its room away again, so the
            // cap still applies.
            validateText(e);
            if (e.voidReason.trimmed().isEmpty())
                refuse("voidReason", Issue::Required);

            const qint64 others = usedExcept(db, budget->id, e.id);
            if (others > budget->capMinor)
                refuse("state", Issue::ExceedsCap,
                    { qMax<qint64>(0, budget->capMinor - others - (stored ? stored->usedMinor() : 0)),
                        budget->capMinor });
            if (others < 0)
                refuse("state", Issue::OutOfRange, { others });
        } else {
            checkEntry(db, *budget, e);
        }
        writeEntry(db, e);
        m_file.appendEvent(
            stored ? AuditAction::RecordUpdated : AuditAction::RecordCreated, EntryEntity, e.id, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::LedgerEntry, e.id, citizenId);
    return status;
}

Status BudgetRepository::withdrawEntry(const QString &entryId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto stored = loadEntry(db, entryId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        citizenId = citizenOfBudget(stored->budgetId);
        const auto budget = loadBudget(db, stored->budgetId);
        const qint64 others = usedExcept(db, stored->budgetId, entryId);
        if (others > budget->capMinor)
            refuse("state", Issue::ExceedsCap, { qMax<qint64>(0, budget->capMinor - others), budget->capMinor });
        if (others < 0)
            refuse("state", Issue::OutOfRange, { others });
        Statement s = db.prepare("DELETE FROM ledger_entry WHERE id = ?1"); // receipts follow (CASCADE)
        s.bind(1, entryId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, EntryEntity, entryId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::LedgerEntry, entryId, citizenId);
    return status;
}

Result<BudgetSummary> BudgetRepository::summary(const QString &budgetId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    BudgetSummary sum;
    try {
        const auto budget = loadBudget(*db, budgetId);
        if (!budget)
            return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
        sum.capMinor = budget->capMinor;
        Statement totals = db->prepare(R"sql(
            SELECT
                COALESCE(SUM(CASE WHEN kind = 'purchase' AND state = 'paid' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'purchase' AND state = 'reserved' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'refund' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'adjustment' THEN amount_minor END), 0)
            FROM ledger_entry WHERE budget_id = ?1 AND state <> 'voided'
        )sql");
        totals.bind(1, budgetId);
        if (totals.next()) {
            sum.paidMinor = totals.int64(0);
            sum.reservedMinor = totals.int64(1);
            sum.refundedMinor = totals.int64(2);
            sum.adjustedMinor = totals.int64(3);
        }
        sum.usedMinor = sum.paidMinor + sum.reservedMinor - sum.refundedMinor + sum.adjustedMinor;
        sum.remainingMinor = qMax<qint64>(0, sum.capMinor - sum.usedMinor);
        const QDate today = QDate::currentDate();
        sum.daysLeft
            = today > budget->periodEnd() ? 0 : int(qMax(today, budget->periodStart).daysTo(budget->periodEnd())) + 1;

        Statement byStone = db->prepare(R"sql(
            SELECT e.stone_id, st.goal_id, SUM(CASE e.kind WHEN 'refund' THEN -e.amount_minor ELSE e.amount_minor END)
            FROM ledger_entry e JOIN stepping_stone st ON st.id = e.stone_id
            WHERE e.budget_id = ?1 AND e.state <> 'voided'
            GROUP BY e.stone_id
        )sql");
        byStone.bind(1, budgetId);
        while (byStone.next()) {
            sum.usedByStone.insert(byStone.text(0), byStone.int64(2));
            sum.usedByGoal[byStone.text(1)] += byStone.int64(2);
        }
        Statement byCategory = db->prepare(R"sql(
            SELECT COALESCE(category_id, ''), SUM(CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END)
            FROM ledger_entry WHERE budget_id = ?1 AND state <> 'voided'
            GROUP BY COALESCE(category_id, '')
        )sql");
        byCategory.bind(1, budgetId);
        while (byCategory.next())
            sum.usedByCategory.insert(byCategory.text(0), byCategory.int64(1));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return sum;
}

Result<QList<SpendingCategory>> BudgetRepository::categories()
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<SpendingCategory> result;
    try {
        Statement s = db->prepare(R"sql(
            SELECT id, code, name, position, archived, created_at, updated_at
            FROM spending_category ORDER BY position, name
        )sql");
        while (s.next()) {
            result.append(SpendingCategory { s.text(0), s.text(1), s.text(2), static_cast<int>(s.int64(3)),
                s.int64(4) != 0, timestampAt(s, 5), timestampAt(s, 6) });
        }
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<SpendingCategory> BudgetRepository::createCategory(SpendingCategory category)
{
    if (category.id.isEmpty())
        category.id = newId();
    category.code.clear(); // only the built-in ones have codes
    category.createdAt = category.updatedAt = now();
    if (Database *db = m_file.database()) {
        try {
            Statement s = db->prepare("SELECT COALESCE(MAX(position) + 1, 0) FROM spending_category");
            if (s.next())
                category.position = static_cast<int>(s.int64(0));
        } catch (const SqliteError &e) {
            return e.error();
        }
    }
    if (Status s = putCategory(category); !s)
        return s.error();
    return category;
}

Result<SpendingCategory> BudgetRepository::updateCategory(SpendingCategory category)
{
    category.updatedAt = now();
    if (Status s = putCategory(category); !s)
        return s.error();
    return category;
}

Status BudgetRepository::removeCategory(const QString &categoryId)
{
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement used = db.prepare("SELECT 1 FROM ledger_entry WHERE category_id = ?1 LIMIT 1");
        used.bind(1, categoryId);
        if (used.next())
            refuse("id", Issue::InUse);
        Statement s = db.prepare("DELETE FROM spending_category WHERE id = ?1");
        s.bind(1, categoryId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, CategoryEntity, categoryId, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::SpendingCategory, categoryId, {});
    return status;
}

Status BudgetRepository::putCategory(const SpendingCategory &c)
{
    if (c.code.isEmpty() && c.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), Issue::Required);
    if (c.name.size() > 100)
        return Error::invalid(QStringLiteral("name"), Issue::TooLong);
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT 1 FROM spending_category WHERE id = ?1");
        find.bind(1, c.id);
        const bool existed = find.next();
        Statement s = db.prepare(R"sql(
            INSERT INTO spending_category (id, code, name, position, archived, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (id) DO UPDATE SET code = excluded.code, name = excluded.name, position = excluded.position,
                archived = excluded.archived, created_at = excluded.created_at, updated_at = excluded.updated_at
        )sql");
        s.bind(1, c.id).bind(2, c.code).bind(3, c.name).bind(4, c.position).bind(5, c.archived ? 1 : 0);
        bindTimestamp(s, 6, c.createdAt);
        bindTimestamp(s, 7, c.updatedAt);
        s.run();
        m_file.appendEvent(existed ? AuditAction::RecordUpdated : AuditAction::RecordCreated, CategoryEntity, c.id, {});
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::SpendingCategory, c.id, {});
    return status;
}

Result<QHash<QString, int>> BudgetRepository::attachmentCounts(const QString &budgetId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QHash<QString, int> counts;
    try {
        Statement s = db->prepare(R"sql(
            SELECT a.entry_id, count(*) FROM attachment a JOIN ledger_entry e ON e.id = a.entry_id
            WHERE e.budget_id = ?1 GROUP BY a.entry_id
        )sql");
        s.bind(1, budgetId);
        while (s.next())
            counts.insert(s.text(0), static_cast<int>(s.int64(1)));
    } catch (const SqliteError &e) {
        return e.error();
    }
    return counts;
}

Result<QList<Attachment>> BudgetRepository::attachments(const QString &entryId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<Attachment> result;
    try {
        Statement s = db->prepare(R"sql(
            SELECT id, entry_id, file_name, mime_type, size, created_at FROM attachment
            WHERE entry_id = ?1 ORDER BY created_at, id
        )sql");
        s.bind(1, entryId);
        while (s.next())
            result.append(Attachment { s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), timestampAt(s, 5) });
    } catch (const SqliteError &e) {
        return e.error();
    }
    return result;
}

Result<Attachment> BudgetRepository::addAttachment(
    const QString &entryId, const QString &fileName, const QString &mimeType, const QByteArray &bytes)
{
    Attachment a { newId(), entryId, fileName, mimeType, bytes.size(), now() };
    if (Status s = restoreAttachment(a, bytes); !s)
        return s.error();
    return a;
}

Status BudgetRepository::restoreAttachment(const Attachment &a, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Error::invalid(QStringLiteral("bytes"), Issue::Required);
    if (bytes.size() > MaxAttachmentBytes)
        return Error::invalid(QStringLiteral("bytes"), Issue::TooLarge, { MaxAttachmentBytes });
    if (a.fileName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("fileName"), Issue::Required);
    if (a.fileName.size() > 255)
        return Error::invalid(QStringLiteral("fileName"), Issue::TooLong);
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        const auto entry = loadEntry(db, a.entryId);
        if (!entry)
            refuse("entryId", Issue::UnknownReference);
        citizenId = citizenOfBudget(entry->budgetId);
        Statement s = db.prepare(R"sql(
            INSERT INTO attachment (id, entry_id, file_name, mime_type, size, bytes, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        )sql");
        s.bind(1, a.id).bind(2, a.entryId).bind(3, a.fileName).bind(4, a.mimeType).bind(5, qint64(bytes.size()));
        s.bindBlob(6, bytes);
        bindTimestamp(s, 7, a.createdAt);
        s.run();
        m_file.appendEvent(AuditAction::RecordCreated, AttachmentEntity, a.id, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Attachment, a.id, citizenId);
    return status;
}

Result<QByteArray> BudgetRepository::attachmentBytes(const QString &attachmentId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    try {
        Statement s = db->prepare("SELECT bytes FROM attachment WHERE id = ?1");
        s.bind(1, attachmentId);
        if (!s.next())
            return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
        return s.blob(0);
    } catch (const SqliteError &e) {
        return e.error();
    }
}

Status BudgetRepository::removeAttachment(const QString &attachmentId)
{
    QString citizenId;
    Status status = m_file.write([&] {
        Database &db = *m_file.database();
        Statement find = db.prepare("SELECT b.citizen_id FROM attachment a JOIN ledger_entry e ON e.id = a.entry_id "
                                    "JOIN budget b ON b.id = e.budget_id WHERE a.id = ?1");
        find.bind(1, attachmentId);
        if (!find.next())
            refuse("id", Issue::UnknownReference);
        citizenId = find.text(0);
        Statement s = db.prepare("DELETE FROM attachment WHERE id = ?1");
        s.bind(1, attachmentId).run();
        m_file.appendEvent(AuditAction::RecordDeleted, AttachmentEntity, attachmentId, citizenId);
    });
    if (status && m_notifier)
        m_notifier->notify(EntityType::Attachment, attachmentId, citizenId);
    return status;
}

} // namespace Traedesten::Storage
