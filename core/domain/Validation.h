#pragma once

#include "Attachment.h"
#include "Budget.h"
#include "Citizen.h"
#include "Goal.h"
#include "Household.h"
#include "HouseholdMember.h"
#include "LedgerEntry.h"
#include "Note.h"
#include "Result.h"
#include "SpendingCategory.h"
#include "SteppingStone.h"

#include <QByteArray>

namespace Traedesten::Domain::Validation {

/// Longest accepted texts, in characters.
namespace Limits {
constexpr int Name = 200;
constexpr int Phone = 40;
constexpr int Email = 200;
constexpr int Address = 500;
constexpr int Relation = 100;
constexpr int GoalWords = 2000;
constexpr int StoneTitle = 300;
constexpr int Place = 200;
constexpr int Participants = 500;
constexpr int NoteText = 20000;
constexpr int Agreements = 5000;

// Personal budgets: a ledger entry's texts (payee, description, bought by, void reason), a category's
// own name, a receipt's file name and its size in bytes.
constexpr int LedgerText = 500;
constexpr int CategoryName = 100;
constexpr int FileName = 255;
constexpr qint64 AttachmentBytes = 20 * 1024 * 1024;
} // namespace Limits

/**
 * Each function returns the first problem as Error::invalid(field, issue),
 * fields named as the struct's members. The repositories call these before
 * any write, so a refused record leaves the database as it was.
 */
Status validate(const Citizen &citizen);
Status validate(const Household &household);
Status validate(const HouseholdMember &member);
Status validate(const Goal &goal);
Status validate(const SteppingStone &stone);
Status validate(const Note &note);

// Personal budgets.
Status validate(const Budget &budget);
/// What needs no database: texts, and by state the date, the amount, the stepping stone, the void reason.
Status validate(const LedgerEntry &entry);
Status validate(const SpendingCategory &category);
/// A receipt with its bytes (at most Limits::AttachmentBytes: TooLarge names the limit).
Status validate(const Attachment &attachment, const QByteArray &bytes);

} // namespace Traedesten::Domain::Validation
