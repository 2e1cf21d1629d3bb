#pragma once

#include "Result.h"
#include "domain/Citizen.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>

namespace Traedesten::Storage {

class CaseFile;

/// One line of the caseload list, computed by one query for all citizens.
struct CaseloadRow
{
    QString citizenId;
    QString name;
    QString householdId;
    QString householdName;
    QString supportPerson;
    Domain::CitizenStatus status = Domain::CitizenStatus::Active;
    Domain::TargetGroups targetGroups;
    QString nextStoneTitle; ///< the earliest due stepping stone not yet done or dropped
    QDate nextStoneDue;
    QDate lastMeeting; ///< date of the newest journal note
    int stonesDone = 0;
    int stonesTotal = 0; ///< not counting dropped ones
    QString goalWords; ///< the citizen's goals, for search
    bool hasBudget = false;
    qint64 capMinor = 0; ///< the personal budget's cap
    qint64 usedMinor = 0; ///< reserved and paid purchases, less refunds, plus adjustments
    Domain::Currency currency = Domain::Currency::DKK;
    QDate nextFollowUp; ///< the household's earliest follow-up in its family plan's newest version
};

/**
 * Citizens: reads, writes with validation and audit in one transaction, and
 * the caseload summary. put() writes a record exactly as given (timestamps
 * included), which is what undo needs; create() and update() stamp it first.
 */
class CitizenRepository
{
public:
    explicit CitizenRepository(CaseFile &file);

    Result<Domain::Citizen> get(const QString &id);
    Result<QList<Domain::Citizen>> all();
    /// New id (if empty) and timestamps; the CPR number is normalised to DDMMYY-SSSS.
    Result<Domain::Citizen> create(Domain::Citizen citizen);
    /// Stamps updatedAt and stores.
    Result<Domain::Citizen> update(Domain::Citizen citizen);
    /// Stores exactly @p citizen (insert or update).
    Status put(const Domain::Citizen &citizen);
    /// Deletes the citizen with their goals, stepping stones and notes.
    Status remove(const QString &id);

    Result<QList<CaseloadRow>> caseload();
    Result<CaseloadRow> caseloadRow(const QString &citizenId);

private:
    Result<QList<CaseloadRow>> caseloadRows(const QString &onlyId);

    CaseFile &m_file;
};

} // namespace Traedesten::Storage
