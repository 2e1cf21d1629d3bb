#pragma once

#include "Result.h"
#include "storage/RecordChange.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace Traedesten::Storage {

class CaseFile;

/// What erasing one citizen removes, for the confirmation: records per kind, the citizen not counted.
struct ErasureSummary
{
    QString citizenId;
    QString name; ///< for the confirmation only; never logged
    QDate closedOn; ///< the case's end date (invalid when none was entered)
    QMap<EntityType, int> counts; ///< the kinds with at least one record that goes
    int count(EntityType type) const { return counts.value(type, 0); }
};

/// A closed case whose closing date lies before the retention period.
struct RetentionCase
{
    QString citizenId;
    QString name;
    QDate closedOn;
    QString supportPerson;
};

/**
 * Erasure of a citizen whose case is closed (GDPR art. 17), and the review of closed cases past the file's
 * retention period. Erasing removes everything that is the citizen's: goals and stepping stones, notes,
 * the budget with its ledger and receipts, measurements, their household membership with its consents
 * and benefits, the interventions and family goals that concern only them, and their household when no
 * one else is left in it. Shared records stay: an intervention or family goal that also concerns others
 * only loses its link to the citizen. The audit log keeps its events (ids only) and gets one
 * "citizen.erased" event without content.
 */
class Erasure
{
public:
    /// What erase() would remove; ErrorCode::CaseNotClosed for an active case.
    static Result<ErasureSummary> preview(CaseFile &file, const QString &citizenId);
    /**
     * Removes everything preview() lists in one transaction with its audit events (ErrorCode::CaseNotClosed
     * for an active case). Follow it with CaseFile::reclaimFreePages() so the file keeps no free pages.
     */
    static Status erase(CaseFile &file, const QString &citizenId);

    /// The last closing date still inside a retention period of @p years before @p today.
    static QDate retentionCutoff(int years, const QDate &today);
    /// The file's retention period in years (FileSetting::RetentionYears, at least 1).
    static Result<int> retentionYears(CaseFile &file);
    /// Closed cases closed before retentionCutoff(), oldest first. A closed case without an end date
    /// counts from its last change.
    static Result<QList<RetentionCase>> pastRetention(CaseFile &file, const QDate &today);
};

} // namespace Traedesten::Storage
