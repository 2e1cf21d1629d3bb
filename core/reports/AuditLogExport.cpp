#include "AuditLogExport.h"

#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QSaveFile>
#include <QStringList>

namespace Traedesten::Reports {

using namespace Storage;

namespace {

constexpr char Separator = ';';
const QByteArray ByteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");
const QByteArray LineEnd = QByteArrayLiteral("\r\n");
constexpr qsizetype ChunkSize = 256 * 1024; ///< bytes gathered before each write

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(Separator)) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << quoted(f);
    return out.join(QLatin1Char(Separator)).toUtf8() + LineEnd;
}

} // namespace

QByteArray AuditLogExport::headerLine()
{
    return line({ QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
        QStringLiteral("action_text"), QStringLiteral("record_kind"), QStringLiteral("record_id"),
        QStringLiteral("citizen_id") });
}

Result<qint64> AuditLogExport::write(CaseFile &file, const QString &path, const Describe &describe)
{
    if (file.isLocked())
        return Error { ErrorCode::Locked, {} };
    QSaveFile out(path);
    if (!PrivateFile::open(out))
        return PrivateFile::openError(out);

    QString writeError; // set when the disk refused a chunk
    auto written = file.read([&](Database &db) -> qint64 {
        QByteArray chunk = ByteOrderMark + headerLine();
        qint64 count = 0;
        Statement query = db.prepare(
            "SELECT id, at, actor, action, entity_type, entity_id, citizen_id FROM audit_event ORDER BY seq");
        while (query.next()) {
            Domain::AuditEvent e;
            e.id = query.text(0);
            e.at = QDateTime::fromString(query.text(1), Qt::ISODateWithMs);
            e.actor = query.text(2);
            e.action = query.text(3);
            e.entityType = query.text(4);
            e.entityId = query.text(5);
            e.citizenId = query.text(6);
            // The stored text is already ISO 8601 UTC; written as stored, so nothing is lost or rounded.
            chunk += line({ query.text(1), e.actor, e.action, describe ? describe(e) : QString(), e.entityType,
                e.entityId, e.citizenId });
            ++count;
            if (chunk.size() >= ChunkSize) {
                if (out.write(chunk) != chunk.size()) {
                    writeError = out.errorString();
                    return -1;
                }
                chunk.clear();
            }
        }
        if (out.write(chunk) != chunk.size()) {
            writeError = out.errorString();
            return -1;
        }
        return count;
    });
    // On failure the QSaveFile discards its temporary file: nothing half-written is left.
    if (!written)
        return written.error();
    if (*written < 0)
        return Error { ErrorCode::Io, writeError };

    // The event names the action only: no path, no content, no citizen.
    if (Status s = file.recordEvent(Domain::AuditAction::LogExported, QStringLiteral("audit_log")); !s)
        return s.error();
    if (!out.commit())
        return Error { ErrorCode::Io, out.errorString() };
    return *written;
}

} // namespace Traedesten::Reports
