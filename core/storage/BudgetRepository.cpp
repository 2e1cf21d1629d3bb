#include "BudgetRepository.h"

#include "storage/BudgetKinds.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

namespace {

Budget budgetOrRefuse(Database &db, const QString &budgetId, const char *field)
{
    const auto budget = Kinds::budget().find(db, budgetId);
    if (!budget)
        refuse(field, Issue::UnknownReference);
    return *budget;
}

/// What the budget's ledger uses, leaving out @p exceptId (the entry being changed).
qint64 usedExcept(Database &db, const QString &budgetId, const QString &exceptId)
{
    Statement s = db.prepare(R"sql(
        SELECT COALESCE(SUM(used_minor), 0) FROM ledger_use WHERE budget_id = ?1 AND id <> ?2
    )sql");
    s.bind(1, budgetId).bind(2, exceptId);
    return s.next() ? s.int64(0) : 0;
}

/// Whether the ledger still fits the cap without @p entryId (a voided or withdrawn entry); throws the refusal.
/// @p stillCounted is what the entry used until now, to name the room left before it goes.
void checkWithout(Database &db, const Budget &budget, const QString &entryId, qint64 stillCounted)
{
    const qint64 others = usedExcept(db, budget.id, entryId);
    if (others > budget.capMinor)
        refuse(
            "state", Issue::ExceedsCap, { qMax<qint64>(0, budget.capMinor - others - stillCounted), budget.capMinor });
    if (others < 0)
        refuse("state", Issue::OutOfRange, { others });
}

/// The budget's rules for an entry that counts (Validation::validate() checked its fields); throws the refusal.
void checkEntry(Database &db, const Budget &budget, const LedgerEntry &e)
{
    if (budget.status == BudgetStatus::Closed)
        refuse("budgetId", Issue::BudgetClosed);
    if (!budget.contains(e.date))
        refuse("date", Issue::OutsidePeriod, { budget.periodStart, budget.periodEnd() });
    if (!e.stoneId.isEmpty()) {
        // The stepping stone must be one of this citizen's.
        Statement s = db.prepare(R"sql(
            SELECT 1 FROM stepping_stone st JOIN goal g ON g.id = st.goal_id WHERE st.id = ?1 AND g.citizen_id = ?2
        )sql");
        s.bind(1, e.stoneId).bind(2, budget.citizenId);
        if (!s.next())
            refuse("stoneId", Issue::UnknownReference);
    }
    if (!e.categoryId.isEmpty() && !Kinds::spendingCategory().exists(db, e.categoryId))
        refuse("categoryId", Issue::UnknownReference);
    const qint64 others = usedExcept(db, budget.id, e.id);
    const qint64 after = others + e.usedMinor();
    if (after > budget.capMinor)
        refuse("amount", Issue::ExceedsCap, { qMax<qint64>(0, budget.capMinor - others), budget.capMinor });
    if (after < 0)
        refuse("amount", Issue::OutOfRange, { others }); // a refund larger than what was spent
}

} // namespace

BudgetRepository::BudgetRepository(CaseFile &file)
    : m_file(file)
{ }

Result<std::optional<Budget>> BudgetRepository::budgetOf(const QString &citizenId)
{
    return m_file.read([&](Database &db) {
        const QList<Budget> budgets = Kinds::budget().readWhere(db, "citizen_id = ?1", { citizenId });
        return budgets.isEmpty() ? std::optional<Budget>() : std::optional<Budget>(budgets.first());
    });
}

Result<Budget> BudgetRepository::budget(const QString &budgetId)
{
    return m_file.read([&](Database &db) { return budgetOrRefuse(db, budgetId, "id"); });
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
    if (Status s = Validation::validate(b); !s)
        return s;
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, b.citizenId))
            refuse("citizenId", Issue::UnknownReference);
        if (const auto stored = Kinds::budget().find(db, b.id)) {
            if (stored->citizenId != b.citizenId)
                refuse("citizenId", Issue::InUse);
            if (stored->currency != b.currency)
                refuse("currency", Issue::InUse);
            // A smaller cap or a shorter period must still hold the ledger.
            const qint64 used = usedExcept(db, b.id, QString());
            if (used > b.capMinor)
                refuse("cap", Issue::ExceedsCap, { used, b.capMinor });
            Statement range = db.prepare("SELECT MIN(date), MAX(date) FROM ledger_use WHERE budget_id = ?1");
            range.bind(1, b.id);
            if (range.next() && !range.isNull(0)) {
                if (!b.contains(dateAt(range, 0)) || !b.contains(dateAt(range, 1)))
                    refuse("periodStart", Issue::OutsidePeriod, { dateAt(range, 0), dateAt(range, 1) });
            }
        } else if (!Kinds::budget().readWhere(db, "citizen_id = ?1", { b.citizenId }).isEmpty()) {
            refuse("citizenId", Issue::InUse); // one personal budget per citizen
        }
        m_file.putRecord(Kinds::budget(), b, b.citizenId);
    });
}

Status BudgetRepository::removeBudget(const QString &budgetId)
{
    return m_file.write([&](Database &db) {
        const QString citizenId = budgetOrRefuse(db, budgetId, "budgetId").citizenId;
        Statement entries = db.prepare("SELECT 1 FROM ledger_entry WHERE budget_id = ?1");
        entries.bind(1, budgetId);
        if (entries.next())
            refuse("id", Issue::InUse);
        m_file.removeRecord(Kinds::budget(), budgetId, citizenId);
    });
}

Result<QList<LedgerEntry>> BudgetRepository::entries(const QString &budgetId)
{
    return m_file.read(
        [&](Database &db) { return Kinds::ledgerEntry().readWhere(db, "budget_id = ?1", { budgetId }); });
}

Result<LedgerEntry> BudgetRepository::entry(const QString &entryId)
{
    return m_file.read([&](Database &db) {
        const auto e = Kinds::ledgerEntry().find(db, entryId);
        if (!e)
            refuse("id", Issue::UnknownReference);
        return *e;
    });
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
    const auto allowed = m_file.read([&](Database &db) {
        const auto stored = Kinds::ledgerEntry().find(db, entry.id);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        if (stored->state == EntryState::Voided)
            refuse("state", Issue::AlreadyVoided);
        if (stored->budgetId != entry.budgetId)
            refuse("budgetId", Issue::UnknownReference);
        if (entry.state == EntryState::Voided) {
            // Voiding changes the state and the reason; the rest stays as it counted.
            LedgerEntry expected = *stored;
            expected.state = EntryState::Voided;
            expected.voidReason = entry.voidReason;
            expected.updatedAt = entry.updatedAt;
            if (!(expected == entry))
                refuse("state", Issue::AlreadyVoided);
        } else if (stored->state == EntryState::Paid
            && (entry.amountMinor != stored->amountMinor || entry.kind != stored->kind || entry.date != stored->date
                || entry.stoneId != stored->stoneId || entry.state != EntryState::Paid)) {
            // Money that has left stays as it was paid; a mistake is voided and entered again.
            refuse("amount", Issue::AlreadyPaid);
        }
        return true;
    });
    if (!allowed)
        return allowed.error();
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
    if (Status s = Validation::validate(e); !s)
        return s;
    return m_file.write([&](Database &db) {
        const Budget budget = budgetOrRefuse(db, e.budgetId, "budgetId");
        const auto stored = Kinds::ledgerEntry().find(db, e.id);
        if (stored && stored->budgetId != e.budgetId)
            refuse("budgetId", Issue::UnknownReference);
        if (e.state == EntryState::Voided) {
            // A voided entry no longer counts. Voiding a refund takes its room away again, so the
            // cap still applies.
            checkWithout(db, budget, e.id, stored ? stored->usedMinor() : 0);
        } else {
            checkEntry(db, budget, e);
        }
        m_file.putRecord(Kinds::ledgerEntry(), e, budget.citizenId);
    });
}

Status BudgetRepository::withdrawEntry(const QString &entryId)
{
    return m_file.write([&](Database &db) {
        const auto stored = Kinds::ledgerEntry().find(db, entryId);
        if (!stored)
            refuse("id", Issue::UnknownReference);
        const Budget budget = budgetOrRefuse(db, stored->budgetId, "budgetId");
        checkWithout(db, budget, entryId, 0);
        // The one deletion of an entry (an undone creation); its receipts follow (CASCADE).
        m_file.removeRecord(Kinds::ledgerEntry(), entryId, budget.citizenId);
    });
}

Result<BudgetSummary> BudgetRepository::summary(const QString &budgetId)
{
    return m_file.read([&](Database &db) {
        const Budget budget = budgetOrRefuse(db, budgetId, "id");
        BudgetSummary sum;
        sum.capMinor = budget.capMinor;
        Statement totals = db.prepare(R"sql(
            SELECT
                COALESCE(SUM(CASE WHEN kind = 'purchase' AND state = 'paid' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'purchase' AND state = 'reserved' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'refund' THEN amount_minor END), 0),
                COALESCE(SUM(CASE WHEN kind = 'adjustment' THEN amount_minor END), 0),
                COALESCE(SUM(used_minor), 0)
            FROM ledger_use WHERE budget_id = ?1
        )sql");
        totals.bind(1, budgetId);
        if (totals.next()) {
            sum.paidMinor = totals.int64(0);
            sum.reservedMinor = totals.int64(1);
            sum.refundedMinor = totals.int64(2);
            sum.adjustedMinor = totals.int64(3);
            sum.usedMinor = totals.int64(4);
        }
        sum.remainingMinor = qMax<qint64>(0, sum.capMinor - sum.usedMinor);
        const QDate today = QDate::currentDate();
        sum.daysLeft
            = today > budget.periodEnd() ? 0 : int(qMax(today, budget.periodStart).daysTo(budget.periodEnd())) + 1;

        Statement byStone = db.prepare(R"sql(
            SELECT e.stone_id, st.goal_id, SUM(e.used_minor)
            FROM ledger_use e JOIN stepping_stone st ON st.id = e.stone_id
            WHERE e.budget_id = ?1
            GROUP BY e.stone_id
        )sql");
        byStone.bind(1, budgetId);
        while (byStone.next()) {
            sum.usedByStone.insert(byStone.text(0), byStone.int64(2));
            sum.usedByGoal[byStone.text(1)] += byStone.int64(2);
        }
        Statement byCategory = db.prepare(R"sql(
            SELECT COALESCE(category_id, ''), SUM(used_minor)
            FROM ledger_use WHERE budget_id = ?1
            GROUP BY COALESCE(category_id, '')
        )sql");
        byCategory.bind(1, budgetId);
        while (byCategory.next())
            sum.usedByCategory.insert(byCategory.text(0), byCategory.int64(1));
        return sum;
    });
}

Result<QList<SpendingCategory>> BudgetRepository::categories()
{
    return m_file.read([&](Database &db) { return Kinds::spendingCategory().readAll(db); });
}

Result<SpendingCategory> BudgetRepository::createCategory(SpendingCategory category)
{
    if (category.id.isEmpty())
        category.id = newId();
    category.code.clear(); // only the built-in ones have codes
    category.createdAt = category.updatedAt = now();
    // One list for the whole file (no parent): after the last.
    const auto position = m_file.read([&](Database &db) {
        Statement s = db.prepare("SELECT COALESCE(MAX(position) + 1, 0) FROM spending_category");
        return s.next() ? static_cast<int>(s.int64(0)) : 0;
    });
    if (position)
        category.position = *position;
    else if (position.error().code != ErrorCode::Locked)
        return position.error();
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
    return m_file.write([&](Database &db) {
        Statement used = db.prepare("SELECT 1 FROM ledger_entry WHERE category_id = ?1 LIMIT 1");
        used.bind(1, categoryId);
        if (used.next())
            refuse("id", Issue::InUse);
        m_file.removeRecord(Kinds::spendingCategory(), categoryId, {});
    });
}

Status BudgetRepository::putCategory(const SpendingCategory &c)
{
    if (Status s = Validation::validate(c); !s)
        return s;
    return m_file.write([&] { m_file.putRecord(Kinds::spendingCategory(), c, {}); });
}

Result<QHash<QString, int>> BudgetRepository::attachmentCounts(const QString &budgetId)
{
    return m_file.read([&](Database &db) {
        QHash<QString, int> counts;
        Statement s = db.prepare(R"sql(
            SELECT a.entry_id, count(*) FROM attachment a JOIN ledger_entry e ON e.id = a.entry_id
            WHERE e.budget_id = ?1 GROUP BY a.entry_id
        )sql");
        s.bind(1, budgetId);
        while (s.next())
            counts.insert(s.text(0), static_cast<int>(s.int64(1)));
        return counts;
    });
}

Result<QList<Attachment>> BudgetRepository::attachments(const QString &entryId)
{
    return m_file.read([&](Database &db) {
        // Not through Kinds::attachment(): its rows hold the receipts' bytes (up to 20 MB each), and a list
        // would read them all to show names. The metadata columns only; attachmentBytes() fetches the bytes
        // of the one receipt opened.
        Statement s = db.prepare(R"sql(
            SELECT id, entry_id, file_name, mime_type, size, created_at FROM attachment
            WHERE entry_id = ?1 ORDER BY created_at, id
        )sql");
        s.bind(1, entryId);
        QList<Attachment> result;
        while (s.next())
            result.append(Attachment { s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), timestampAt(s, 5) });
        return result;
    });
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
    if (Status s = Validation::validate(a, bytes); !s)
        return s;
    AttachmentRecord record { a, bytes };
    record.size = bytes.size(); // the size stored is always that of the bytes
    return m_file.write([&](Database &db) {
        const auto entry = Kinds::ledgerEntry().find(db, a.entryId);
        if (!entry)
            refuse("entryId", Issue::UnknownReference);
        const QString citizenId = budgetOrRefuse(db, entry->budgetId, "budgetId").citizenId;
        // Receipts are added and taken back, never changed: a receipt already there is not overwritten.
        if (Kinds::attachment().exists(db, a.id))
            refuse("id", Issue::InUse);
        m_file.putRecord(Kinds::attachment(), record, citizenId);
    });
}

Result<QByteArray> BudgetRepository::attachmentBytes(const QString &attachmentId)
{
    return m_file.read([&](Database &db) {
        const auto attachment = Kinds::attachment().find(db, attachmentId);
        if (!attachment)
            refuse("id", Issue::UnknownReference);
        return attachment->bytes;
    });
}

Status BudgetRepository::removeAttachment(const QString &attachmentId)
{
    return m_file.write([&](Database &db) {
        Statement find = db.prepare("SELECT b.citizen_id FROM attachment a JOIN ledger_entry e ON e.id = a.entry_id "
                                    "JOIN budget b ON b.id = e.budget_id WHERE a.id = ?1");
        find.bind(1, attachmentId);
        if (!find.next())
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::attachment(), attachmentId, find.text(0));
    });
}

} // namespace Traedesten::Storage
