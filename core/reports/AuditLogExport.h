#pragma once

#include "Result.h"
#include "domain/AuditEvent.h"

#include <QString>

#include <functional>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Reports {

/**
 * The whole file's audit log as CSV, for the municipality's control (issue 13, item 4): one row per
 * event, oldest first, in the format of the evaluation export (UTF-8 with a byte-order mark, ';'
 * between fields, CRLF line ends) with a header row:
 *
 *     at;actor;action;action_text;record_kind;record_id;citizen_id
 *
 * "at" is the UTC time in ISO 8601 with milliseconds, "action" the stored code (e.g. "record.updated"),
 * "action_text" the event in words as the caller describes it (the program's language), "record_kind"
 * the stored kind (e.g. "stepping_stone"), then the record's and the citizen's ids. Ids only: never a
 * name or any content. Written while it is read (fine at 500,000 events), atomically (QSaveFile) with
 * mode 0600; a LogExported event is recorded before the file is renamed into place, so it is not in
 * the export itself.
 */
class AuditLogExport
{
public:
    /// The event in words, for the action_text column.
    using Describe = std::function<QString(const Domain::AuditEvent &)>;

    static QByteArray headerLine();
    /// Writes the log of @p file to @p path; the number of events written.
    static Result<qint64> write(Storage::CaseFile &file, const QString &path, const Describe &describe);
};

} // namespace Traedesten::Reports
