#include "BudgetKinds.h"

namespace Traedesten::Storage::Kinds {

using namespace Domain;

namespace {

/// A column of the receipt's metadata (a member of its Domain::Attachment base).
template<typename M> Column<AttachmentRecord> metadata(const char *name, M Attachment::*member)
{
    return field<AttachmentRecord, M>(name, member);
}

} // namespace

const RecordKind<Budget> &budget()
{
    static const RecordKind<Budget> kind {
        { EntityType::Budget, QStringLiteral("budget"), "budget", "citizen_id = ?1", {}, "citizen_id", "citizen_id", false, {} },
        {
            field("id", &Budget::id),
            field("citizen_id", &Budget::citizenId),
            field("cap_minor", &Budget::capMinor),
            codedField("currency", &Budget::currency, currencyCode, currencyFromCode),
            field("period_start", &Budget::periodStart),
            field("months", &Budget::months),
            codedField("status", &Budget::status, budgetStatusCode, budgetStatusFromCode),
            field("created_at", &Budget::createdAt),
            field("updated_at", &Budget::updatedAt),
        },
    };
    return kind;
}

const RecordKind<LedgerEntry> &ledgerEntry()
{
    static const RecordKind<LedgerEntry> kind {
        { EntityType::LedgerEntry, QStringLiteral("ledger_entry"), "ledger_entry",
            "budget_id IN (SELECT id FROM budget WHERE citizen_id = ?1)", "date, created_at, id", "budget_id", "(SELECT b.citizen_id FROM budget b WHERE b.id = ledger_entry.budget_id)", true, {} },
        {
            field("id", &LedgerEntry::id),
            field("budget_id", &LedgerEntry::budgetId),
            codedField("kind", &LedgerEntry::kind, entryKindCode, entryKindFromCode),
            codedField("state", &LedgerEntry::state, entryStateCode, entryStateFromCode),
            field("date", &LedgerEntry::date),
            field("amount_minor", &LedgerEntry::amountMinor),
            field("payee", &LedgerEntry::payee),
            field("description", &LedgerEntry::description),
            // NULL when none: both are foreign keys.
            nullableField("category_id", &LedgerEntry::categoryId),
            nullableField("stone_id", &LedgerEntry::stoneId),
            field("bought_by", &LedgerEntry::boughtBy),
            field("decided_with_citizen", &LedgerEntry::decidedWithCitizen),
            field("void_reason", &LedgerEntry::voidReason),
            field("created_at", &LedgerEntry::createdAt),
            field("updated_at", &LedgerEntry::updatedAt),
        },
    };
    return kind;
}

const RecordKind<AttachmentRecord> &attachment()
{
    static const RecordKind<AttachmentRecord> kind {
        { EntityType::Attachment, QStringLiteral("attachment"), "attachment",
            "entry_id IN (SELECT e.id FROM ledger_entry e JOIN budget b ON b.id = e.budget_id WHERE b.citizen_id = ?1)",
            "created_at, id", "entry_id", "(SELECT b.citizen_id FROM ledger_entry e JOIN budget b ON b.id = e.budget_id WHERE e.id = attachment.entry_id)", true, {} },
        {
            metadata("id", &Attachment::id),
            metadata("entry_id", &Attachment::entryId),
            metadata("file_name", &Attachment::fileName),
            metadata("mime_type", &Attachment::mimeType),
            metadata("size", &Attachment::size),
            Column<AttachmentRecord> { "bytes",
                [](Statement &s, int i, const AttachmentRecord &r) { s.bindBlob(i, r.bytes); },
                [](const Statement &s, int c, AttachmentRecord &r) {
                    r.bytes = s.blob(c);
                } },
            metadata("created_at", &Attachment::createdAt),
        },
    };
    return kind;
}

const RecordKind<SpendingCategory> &spendingCategory()
{
    // A catalogue shared by every budget: no one citizen's record.
    static const RecordKind<SpendingCategory> kind {
        { EntityType::SpendingCategory, QStringLiteral("spending_category"), "spending_category", {}, "position, name",
            {}, "'catalogue'", false, {} },
        {
            field("id", &SpendingCategory::id),
            field("code", &SpendingCategory::code),
            field("name", &SpendingCategory::name),
            field("position", &SpendingCategory::position),
            field("archived", &SpendingCategory::archived),
            field("created_at", &SpendingCategory::createdAt),
            field("updated_at", &SpendingCategory::updatedAt),
        },
    };
    return kind;
}

} // namespace Traedesten::Storage::Kinds
