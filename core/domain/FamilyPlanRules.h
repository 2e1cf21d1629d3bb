#pragma once

#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Traedesten::Domain {

/// The age from which a young person consents and signs the family plan themselves.
constexpr int OwnSignatureAge = 15;

/**
 * For each intervention, the members it is for (in its order) who have no consent valid on @p day to its
 * department; interventions whose members all consented are left out. The screen and the printed plan
 * both flag these; a missing consent is flagged, never refused.
 */
QHash<QString, QStringList> missingConsents(
    const QList<Intervention> &interventions, const QList<Consent> &consents, const QDate &day);

/**
 * Whether @p member signs the family plan dated @p day: an adult with parental responsibility or who is a
 * citizen in the caseload (it is their plan too), and a child from OwnSignatureAge at @p day — never a
 * younger child. @p birthDate is the citizen's, when the member is one; otherwise the birth year counts,
 * and a young person turning 15 in the plan's year signs (better a line too many than one missing).
 */
bool signsFamilyPlan(const HouseholdMember &member, const QDate &birthDate, const QDate &day);

} // namespace Traedesten::Domain
