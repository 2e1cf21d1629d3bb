#pragma once

#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "domain/HouseholdMember.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

class QRandomGenerator;

namespace Traedesten::Storage {

class Database;

/**
 * The effect part of the demo caseload, written inside DemoCaseload's transaction after the
 * citizens, households, goals and budgets: measurements over time (WHO-5, employment,
 * housing, …), end assessments of goals, and household members' public benefits.
 */
namespace DemoOutcomes {

/// What DemoCaseload wrote, in the order it wrote it.
struct Made
{
    QList<Domain::Citizen> citizens;
    QHash<QString, QList<Domain::Goal>> goals; ///< by citizen id
    QHash<QString, QList<Domain::HouseholdMember>> members; ///< by household id, in the household's order
};

void add(Database &db, QRandomGenerator &random, const QDate &today, const QDateTime &stamp, const Made &made);

} // namespace DemoOutcomes

} // namespace Traedesten::Storage
