#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Traedesten::Storage {
class CaseFile;
struct KindInfo;
} // namespace Traedesten::Storage

namespace Traedesten::Reports {

/**
 * The citizen's access export (GDPR art. 15): everything the case file holds about one citizen, as a
 * machine-readable JSON document (documented in docs/access-export.md and docs/access-export.schema.json)
 * that is also the data of the readable PDF (ui/print/AccessExportPrint).
 *
 * The citizen's records are those of Storage::RecordRegistry::recordsOfCitizen(), one section per kind,
 * with every stored value under its column name (receipts without their bytes); beside them, under
 * "context", the shared records they refer to (household, family plan, departments, categories, indicators,
 * benefit types), and the citizen's access log. References to other people's records (another member in an
 * intervention, another citizen's goal linked to a family goal) are left out.
 */
class AccessExport
{
public:
    static constexpr int FormatVersion = 1;

    /// The document's "format" value.
    static QString formatName();
    /// The JSON section of the citizen's records of @p kind ("goals", "ledger_entries"…).
    static QString sectionOf(const Storage::KindInfo &kind);
    /// The sections of the citizen's records, in the order of the registry (parents first).
    static QStringList recordSections();

    /// Everything the file holds about @p citizenId (a read; NotFound when there is no such citizen).
    static Result<QJsonObject> gather(Storage::CaseFile &file, const QString &citizenId, const QDateTime &exportedAt);
    /// The document as indented UTF-8 JSON.
    static QByteArray toJson(const QJsonObject &document);

    /// "<base>.json" and "<base>.pdf".
    static QString jsonPath(const QString &basePath);
    static QString pdfPath(const QString &basePath);

    /**
     * Writes @p json and @p pdf beside each other at @p basePath (".json", ".pdf"), both or neither, each
     * atomically with mode 0600, then records an AccessExported event for the citizen; when the event cannot
     * be recorded the files are removed again and its error returned.
     */
    static Status write(Storage::CaseFile &file, const QString &citizenId, const QString &basePath,
        const QByteArray &json, const QByteArray &pdf);
    /// Writes every (path, bytes) atomically with mode 0600: all of them or none (ReadOnly, DiskFull, Io).
    static Status writeFiles(const QList<QPair<QString, QByteArray>> &files);
};

} // namespace Traedesten::Reports
