#pragma once

#include "Attachment.h"
#include "Benefit.h"
#include "Budget.h"
#include "Citizen.h"
#include "FamilyPlan.h"
#include "Goal.h"
#include "Household.h"
#include "HouseholdMember.h"
#include "Indicator.h"
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
// Outcomes: an indicator's own name, unit and category labels, a measurement's "measured by" and note;
// a kind of benefit's own name and a benefit's note.
constexpr int MeasurementText = 2000;
constexpr int BenefitText = 2000;
// Family plan: departments, family goals, interventions, consents.
constexpr int DepartmentName = 100;
constexpr int PlanText = 2000; ///< a family goal's text, an intervention's texts, a consent's scope
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
// Outcomes.
/// The file's own indicator (no code): a name, texts within limits, a range and categories that make sense of
/// its measurements. A built-in one passes: what it may change is checked against the stored one.
Status validate(const Indicator &indicator);
/// A measurement of @p indicator: the day (given, real, not in the future), the value within the indicator's
/// range and categories (WHO-5: exactly five answers 0–5; OutOfRange on "value" carries the range as args),
/// the texts within limits.
Status validate(const Measurement &measurement, const Indicator &indicator);
/// A kind of benefit: the file's own needs a name; a code must be a built-in one.
Status validate(const BenefitType &type);
/// A benefit: monthly cost from 0 to a billion kr., a start date, an end not before it, the note within limits.
Status validate(const Benefit &benefit);
// Family plan. A built-in department (with a code) may have no name of its own; a signed plan version
// needs its day of signing (checks against the stored versions are the repository's).
Status validate(const Department &department);
Status validate(const FamilyPlan &plan);
Status validate(const FamilyGoal &goal);
Status validate(const Intervention &intervention);
Status validate(const Consent &consent);

} // namespace Traedesten::Domain::Validation
