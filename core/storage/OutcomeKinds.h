#pragma once

#include "domain/Benefit.h"
#include "domain/Indicator.h"
#include "storage/RecordKind.h"

/// The record kinds of outcomes: indicators and the citizens' measurements, kinds of benefit and the
/// household members' benefits (relational budgeting).
namespace Traedesten::Storage::Kinds {

/// A catalogue (built-in and the file's own): no citizen's record.
const RecordKind<Domain::Indicator> &indicator();
const RecordKind<Domain::Measurement> &measurement();
/// A catalogue (built-in and the file's own): no citizen's record.
const RecordKind<Domain::BenefitType> &benefitType();
/// A household member's: the citizen's when the member is one.
const RecordKind<Domain::Benefit> &benefit();

/// The kind's columns qualified by @p alias ("b.id, b.member_id, …"), in read()'s order, for joins.
QByteArray qualifiedColumns(const KindInfo &kind, const char *alias);

} // namespace Traedesten::Storage::Kinds
