#pragma once

#include <QDate>
#include <QDateTime>

class QRandomGenerator;

namespace Traedesten::Storage {

class Database;

/**
 * The effect part of the demo caseload, written inside DemoCaseload's transaction after the
 * citizens, households, goals and budgets: measurements over time (WHO-5, employment,
 * housing, …), end assessments of goals, and household members' public benefits.
 */
namespace DemoOutcomes {

void add(Database &db, QRandomGenerator &random, const QDate &today, const QDateTime &stamp);

} // namespace DemoOutcomes

} // namespace Traedesten::Storage
