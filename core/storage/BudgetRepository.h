#pragma once

#include "Result.h"
#include "domain/Attachment.h"
#include "domain/Budget.h"
#include "domain/LedgerEntry.h"
#include "domain/SpendingCategory.h"
#include "domain/Validation.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Traedesten::Storage {

class CaseFile;

/// Where a budget stands, computed by the database over the whole ledger.
struct BudgetSummary
{
    qint64 capMinor = 0;
    qint64 paidMinor = 0; ///< paid purchases
    qint64 reservedMinor = 0; ///< reserved purchases
    qint64 refundedMinor = 0; ///< refunds, which give room back
    qint64 adjustedMinor = 0; ///< adjustments (signed)
    qint64 usedMinor = 0; ///< paid + reserved - refunded + adjusted
    qint64 remainingMinor = 0; ///< cap - used, never below zero
    int daysLeft = 0; ///< days from today to the period's last day (0 after it)
    QHash<QString, qint64> usedByStone; ///< stepping stone id -> purchases minus refunds on it
    QHash<QString, qint64> usedByGoal; ///< goal id -> the same, over the goal's stones
    QHash<QString, qint64> usedByCategory; ///< category id (empty: none) -> used
};

/**
 * Personal budgets and their ledgers. Every write is validated, checked
 * against the budget's rules and audited in one transaction; a refusal names
 * the figures (e.g. the remaining room) and changes nothing:
 * - reserved + paid purchases, less refunds, plus adjustments never exceed the cap;
 * - no entry is dated outside the budget period;
 * - amounts are above zero (an adjustment is non-zero);
 * - a purchase names a stepping stone of the budget's citizen;
 * - entries are never deleted, only voided with a reason.
 */
class BudgetRepository
{
public:
    /// The largest receipt stored, in bytes.
    static constexpr qint64 MaxAttachmentBytes = Domain::Validation::Limits::AttachmentBytes;
    static constexpr int MaxTextLength = Domain::Validation::Limits::LedgerText;

    explicit BudgetRepository(CaseFile &file);

    /// The citizen's budget, or no value when none was set up.
    Result<std::optional<Domain::Budget>> budgetOf(const QString &citizenId);
    Result<Domain::Budget> budget(const QString &budgetId);
    Result<Domain::Budget> createBudget(Domain::Budget budget);
    Result<Domain::Budget> updateBudget(Domain::Budget budget);
    /// Stores exactly @p budget; refused if the ledger would no longer fit the cap or the period.
    Status putBudget(const Domain::Budget &budget);
    /// Only a budget without entries can go (undoing its creation).
    Status removeBudget(const QString &budgetId);

    /// The ledger in date order (then as entered).
    Result<QList<Domain::LedgerEntry>> entries(const QString &budgetId);
    Result<Domain::LedgerEntry> entry(const QString &entryId);
    Result<Domain::LedgerEntry> createEntry(Domain::LedgerEntry entry);
    /// Changes an entry that is not voided (e.g. reserved to paid, a corrected amount).
    Result<Domain::LedgerEntry> updateEntry(Domain::LedgerEntry entry);
    /// Voids an entry with a reason; its amount no longer counts.
    Result<Domain::LedgerEntry> voidEntry(const QString &entryId, const QString &reason);
    /// Stores exactly @p entry (undo and redo); the rules still apply.
    Status putEntry(const Domain::LedgerEntry &entry);
    /// Takes back an entry that was just created, with its receipts. Only for undoing that creation:
    /// everything else is voided, never deleted.
    Status withdrawEntry(const QString &entryId);

    Result<BudgetSummary> summary(const QString &budgetId);

    /// All categories in order, archived ones included.
    Result<QList<Domain::SpendingCategory>> categories();
    Result<Domain::SpendingCategory> createCategory(Domain::SpendingCategory category);
    Result<Domain::SpendingCategory> updateCategory(Domain::SpendingCategory category);
    Status putCategory(const Domain::SpendingCategory &category);
    /// Only a category no entry uses can go (undoing its creation); otherwise archive it.
    Status removeCategory(const QString &categoryId);

    /// Entry id -> its number of receipts, for a whole ledger in one query.
    Result<QHash<QString, int>> attachmentCounts(const QString &budgetId);
    /// The receipts of an entry, without their bytes.
    Result<QList<Domain::Attachment>> attachments(const QString &entryId);
    /// Stores a receipt inside the case file (at most MaxAttachmentBytes).
    Result<Domain::Attachment> addAttachment(
        const QString &entryId, const QString &fileName, const QString &mimeType, const QByteArray &bytes);
    Result<QByteArray> attachmentBytes(const QString &attachmentId);
    /// Removes a receipt (undoing its addition); returns it with its bytes for a redo.
    Status removeAttachment(const QString &attachmentId);
    /// Puts back a removed receipt exactly.
    Status restoreAttachment(const Domain::Attachment &attachment, const QByteArray &bytes);

private:
    CaseFile &m_file;
};

} // namespace Traedesten::Storage
