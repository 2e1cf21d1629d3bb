#include "AccessExport.h"

#include "domain/AuditEvent.h"
#include "domain/FileSetting.h"
#include "storage/BudgetKinds.h"
#include "storage/CaseFile.h"
#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/PrivateFile.h"
#include "storage/RecordRegistry.h"
#include "storage/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QStorageInfo>

#include <memory>

namespace Traedesten::Reports {

using namespace Storage;

namespace {

/// Columns stored as 0/1 that the document gives as true/false.
bool isFlag(const QString &column)
{
    static const QSet<QString> flags { QStringLiteral("archived"), QStringLiteral("higher_is_better"),
        QStringLiteral("parental_responsibility"), QStringLiteral("decided_with_citizen") };
    return flags.contains(column);
}

/// A stored value as JSON: text, integers, reals and null as they are; a join list as an array of ids.
QJsonValue jsonValue(const KindInfo &kind, const QString &column, const QVariant &value)
{
    for (const JoinListInfo &list : kind.lists) {
        if (column == QString::fromLatin1(list.name)) {
            return QJsonArray::fromStringList(value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        }
    }
    if (value.isNull())
        return QJsonValue::Null;
    if (isFlag(column))
        return value.toLongLong() != 0;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

/// The rows of @p kind selected by @p where (bound ?1 = @p arg), as JSON objects; never a receipt's bytes.
QJsonArray rowsOf(Database &db, const KindInfo &kind, const QByteArray &where, const QString &arg)
{
    QByteArray sql = kind.select;
    const qsizetype bytes = kind.columns.indexOf("bytes");
    if (bytes >= 0) {
        // The receipt's bytes stay in the file: only its name, type, size and date are listed.
        QByteArrayList columns = kind.columns;
        columns[bytes] = "NULL";
        sql = "SELECT " + columns.join(", ") + " FROM " + kind.table;
    }
    sql += " WHERE " + where;
    if (!kind.orderBy.isEmpty())
        sql += " ORDER BY " + kind.orderBy;
    Statement s = db.prepare(sql.constData());
    s.bind(1, arg);
    QJsonArray rows;
    while (s.next()) {
        QJsonObject row;
        for (qsizetype i = 0; i < kind.columns.size(); ++i) {
            const QString column = QString::fromLatin1(kind.columns.at(i));
            if (column != u"bytes")
                row.insert(column, jsonValue(kind, column, s.value(static_cast<int>(i))));
        }
        rows.append(row);
    }
    return rows;
}

QStringList valuesOf(const QJsonArray &rows, const QString &field)
{
    QStringList values;
    for (const QJsonValue &row : rows) {
        const QString v = row.toObject().value(field).toString();
        if (!v.isEmpty() && !values.contains(v))
            values << v;
    }
    return values;
}

/// Keeps only the ids of @p field that are in @p own (the citizen's own records).
void keepOwn(QJsonArray &rows, const QString &field, const QStringList &own)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        QJsonArray kept;
        for (const QJsonValue &id : row.value(field).toArray()) {
            if (own.contains(id.toString()))
                kept.append(id);
        }
        row.insert(field, kept);
        rows.replace(i, row);
    }
}

/// The shared records of @p kind with @p ids, in the kind's order.
QJsonArray sharedRecords(Database &db, const KindInfo &kind, const QStringList &ids)
{
    QJsonArray rows;
    for (const QString &id : ids) {
        const QJsonArray one = rowsOf(db, kind, "id = ?1", id);
        if (!one.isEmpty())
            rows.append(one.first());
    }
    return rows;
}

/// Why a file could not be opened in its folder: the folder is missing, or may not be written in.
Error openError(const QFileDevice &file, const QString &path)
{
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Error { ErrorCode::NotFound, QStringLiteral("the folder does not exist") };
    return Error { ErrorCode::ReadOnly, file.errorString() };
}

/// Why writing or renaming a file failed: a full disk, or another input/output error.
Error writeError(const QFileDevice &file, const QString &path, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed + 65536)
        return Error { ErrorCode::DiskFull, file.errorString() };
    return Error { ErrorCode::Io, file.errorString() };
}

} // namespace

QString AccessExport::formatName()
{
    return QStringLiteral("traedesten-access-export");
}

QString AccessExport::sectionOf(const KindInfo &kind)
{
    switch (kind.type) {
    case EntityType::Citizen:
        return QStringLiteral("citizen");
    case EntityType::HouseholdMember:
        return QStringLiteral("household_members");
    case EntityType::Goal:
        return QStringLiteral("goals");
    case EntityType::SteppingStone:
        return QStringLiteral("stepping_stones");
    case EntityType::Note:
        return QStringLiteral("journal_notes");
    case EntityType::Budget:
        return QStringLiteral("budgets");
    case EntityType::LedgerEntry:
        return QStringLiteral("ledger_entries");
    case EntityType::Attachment:
        return QStringLiteral("receipts");
    case EntityType::FamilyGoal:
        return QStringLiteral("family_goals");
    case EntityType::Intervention:
        return QStringLiteral("interventions");
    case EntityType::Consent:
        return QStringLiteral("consents");
    case EntityType::Measurement:
        return QStringLiteral("measurements");
    case EntityType::Benefit:
        return QStringLiteral("benefits");
    default:
        // A kind added later gets a section of its own name: the schema test then asks for its description.
        return kind.auditName + QStringLiteral("_records");
    }
}

QStringList AccessExport::recordSections()
{
    QStringList sections;
    for (const KindInfo *kind : RecordRegistry::kinds()) {
        if (!kind->ofCitizen.isEmpty())
            sections << sectionOf(*kind);
    }
    return sections;
}

Result<QJsonObject> AccessExport::gather(CaseFile &file, const QString &citizenId, const QDateTime &exportedAt)
{
    const QString currency = file.setting(Domain::FileSetting::Currency).value_or(QStringLiteral("DKK"));
    Result<QJsonObject> gathered = file.read([&](Database &db) -> QJsonObject {
        QHash<QString, QJsonArray> sections;
        for (const KindInfo *kind : RecordRegistry::kinds()) {
            if (!kind->ofCitizen.isEmpty())
                sections.insert(sectionOf(*kind), rowsOf(db, *kind, kind->ofCitizen, citizenId));
        }
        const QJsonArray citizen = sections.value(QStringLiteral("citizen"));
        if (citizen.isEmpty())
            throw SqliteError(Error { ErrorCode::NotFound, QStringLiteral("no such citizen") });

        // Other people's ids stay out: an intervention lists only the citizen's own member records, a family
        // goal only the citizen's own goals.
        keepOwn(sections[QStringLiteral("interventions")], QStringLiteral("member_ids"),
            valuesOf(sections.value(QStringLiteral("household_members")), QStringLiteral("id")));
        keepOwn(sections[QStringLiteral("family_goals")], QStringLiteral("linked_goal_ids"),
            valuesOf(sections.value(QStringLiteral("goals")), QStringLiteral("id")));

        // Money is integer minor units (øre) with its currency beside it.
        QHash<QString, QString> budgetCurrency;
        for (const QJsonValue &b : sections.value(QStringLiteral("budgets")))
            budgetCurrency.insert(b[QStringLiteral("id")].toString(), b[QStringLiteral("currency")].toString());
        QJsonArray &entries = sections[QStringLiteral("ledger_entries")];
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            e.insert(QStringLiteral("currency"), budgetCurrency.value(e[QStringLiteral("budget_id")].toString()));
            entries.replace(i, e);
        }
        QJsonArray &benefits = sections[QStringLiteral("benefits")];
        for (qsizetype i = 0; i < benefits.size(); ++i) {
            QJsonObject b = benefits.at(i).toObject();
            b.insert(QStringLiteral("currency"), currency);
            benefits.replace(i, b);
        }

        QJsonObject document;
        document.insert(QStringLiteral("format"), formatName());
        document.insert(QStringLiteral("format_version"), FormatVersion);
        document.insert(QStringLiteral("exported_at"), SqlValues::timestampText(exportedAt));
        document.insert(QStringLiteral("exported_by"), file.actor());
        for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
            if (it.key() == u"citizen")
                document.insert(it.key(), it.value().first());
            else
                document.insert(it.key(), it.value());
        }

        // The shared records the citizen's refer to, so the document can be read on its own.
        QStringList households = valuesOf(citizen, QStringLiteral("household_id"));
        for (const QString &id : valuesOf(sections.value(QStringLiteral("household_members")),
                 QStringLiteral("household_id"))) {
            if (!households.contains(id))
                households << id;
        }
        QStringList plans = valuesOf(sections.value(QStringLiteral("family_goals")), QStringLiteral("plan_id"));
        for (const QString &id : valuesOf(sections.value(QStringLiteral("interventions")), QStringLiteral("plan_id"))) {
            if (!plans.contains(id))
                plans << id;
        }
        const QJsonArray benefitTypes
            = sharedRecords(db, Kinds::benefitType(), valuesOf(benefits, QStringLiteral("type_id")));
        QStringList departments;
        for (const QJsonArray &rows : { sections.value(QStringLiteral("interventions")),
                 sections.value(QStringLiteral("consents")), benefits, benefitTypes }) {
            for (const QString &id : valuesOf(rows, QStringLiteral("department_id"))) {
                if (!departments.contains(id))
                    departments << id;
            }
        }
        QJsonObject context;
        context.insert(QStringLiteral("households"), sharedRecords(db, Kinds::household(), households));
        context.insert(QStringLiteral("family_plans"), sharedRecords(db, Kinds::familyPlan(), plans));
        context.insert(QStringLiteral("departments"), sharedRecords(db, Kinds::department(), departments));
        context.insert(QStringLiteral("spending_categories"),
            sharedRecords(db, Kinds::spendingCategory(), valuesOf(entries, QStringLiteral("category_id"))));
        context.insert(QStringLiteral("indicators"),
            sharedRecords(db, Kinds::indicator(),
                valuesOf(sections.value(QStringLiteral("measurements")), QStringLiteral("indicator_id"))));
        context.insert(QStringLiteral("benefit_types"), benefitTypes);
        document.insert(QStringLiteral("context"), context);
        return document;
    });
    if (!gathered)
        return gathered.error();
    QJsonObject document = std::move(gathered).value();

    const Result<QList<Domain::AuditEvent>> events = file.auditEventsOfCitizen(citizenId);
    if (!events)
        return events.error();
    QJsonArray log;
    for (const Domain::AuditEvent &e : *events) {
        log.append(QJsonObject {
            { QStringLiteral("at"), SqlValues::timestampText(e.at) },
            { QStringLiteral("actor"), e.actor },
            { QStringLiteral("action"), e.action },
            { QStringLiteral("entity_type"), e.entityType },
            { QStringLiteral("entity_id"), e.entityId.isEmpty() ? QJsonValue(QJsonValue::Null) : e.entityId },
        });
    }
    document.insert(QStringLiteral("access_log"), log);
    return document;
}

QByteArray AccessExport::toJson(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString AccessExport::jsonPath(const QString &basePath)
{
    return basePath + QStringLiteral(".json");
}

QString AccessExport::pdfPath(const QString &basePath)
{
    return basePath + QStringLiteral(".pdf");
}

Status AccessExport::writeFiles(const QList<QPair<QString, QByteArray>> &files)
{
    // Every file is written to its temporary first; only when all are complete are they renamed into place.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[path, bytes] : files) {
        auto save = std::make_unique<QSaveFile>(path);
        if (!PrivateFile::open(*save))
            return openError(*save, path); // the ones opened before are discarded
        if (save->write(bytes) != bytes.size() || !save->flush())
            return writeError(*save, path, bytes.size());
        saves.push_back(std::move(save));
    }
    QStringList committed;
    for (qsizetype i = 0; i < static_cast<qsizetype>(saves.size()); ++i) {
        if (!saves.at(i)->commit()) {
            const Error error = writeError(*saves.at(i), files.at(i).first, files.at(i).second.size());
            for (const QString &path : std::as_const(committed))
                QFile::remove(path);
            return error;
        }
        committed << files.at(i).first;
    }
    return {};
}

Status AccessExport::write(
    CaseFile &file, const QString &citizenId, const QString &basePath, const QByteArray &json, const QByteArray &pdf)
{
    const QString jsonFile = jsonPath(basePath);
    const QString pdfFile = pdfPath(basePath);
    if (Status s = writeFiles({ { jsonFile, json }, { pdfFile, pdf } }); !s)
        return s;
    if (Status s = file.recordEvent(Domain::AuditAction::AccessExported, QStringLiteral("citizen"), citizenId, citizenId);
        !s) {
        // An export the log does not know of must not exist.
        QFile::remove(jsonFile);
        QFile::remove(pdfFile);
        return s;
    }
    return {};
}

} // namespace Traedesten::Reports
