#pragma once

#include "domain/Attachment.h"
#include "domain/Budget.h"
#include "domain/LedgerEntry.h"
#include "domain/SpendingCategory.h"
#include "storage/RecordKind.h"

#include <QByteArray>

namespace Traedesten::Storage {

/// A receipt as its table holds it: the metadata the lists show, and the bytes (fetched on their own).
struct AttachmentRecord : Domain::Attachment
{
    QByteArray bytes;

    friend bool operator==(const AttachmentRecord &, const AttachmentRecord &) = default;
};

} // namespace Traedesten::Storage

/// The record kinds of personal budgets: the budget, its ledger, the receipts, the spending categories.
namespace Traedesten::Storage::Kinds {

const RecordKind<Domain::Budget> &budget();
const RecordKind<Domain::LedgerEntry> &ledgerEntry();
const RecordKind<AttachmentRecord> &attachment();
const RecordKind<Domain::SpendingCategory> &spendingCategory();

} // namespace Traedesten::Storage::Kinds
