#pragma once

#include "domain/AuditEvent.h"

#include <QString>

namespace Traedesten::Storage {

/// Which kind of record changed.
enum class EntityType {
    Citizen,
    Household,
    HouseholdMember,
    Goal,
    SteppingStone,
    Note,
    Budget,
    LedgerEntry,
    Attachment,
    SpendingCategory,
    FamilyPlan,
    FamilyGoal,
    Intervention,
    Consent,
    Department,
    Indicator,
    Measurement,
    BenefitType,
    Benefit,
};

/**
 * One record's change inside a transaction: the audit event that records it, and, once the transaction
 * has committed, the change notification sent from it. Both come from this one value, so the log and
 * what the views are told cannot drift apart.
 */
struct RecordChange
{
    Domain::AuditAction action = Domain::AuditAction::RecordUpdated;
    EntityType type = EntityType::Citizen;
    QString id;
    QString citizenId; ///< the citizen the record belongs to; empty for shared records
    QString householdId; ///< set when a household's family plan changed (not stored in the log)
};

} // namespace Traedesten::Storage
