// The citizen's access export (GDPR art. 15): everything of the citizen, nothing of anyone else, every field
// described in the schema, written both files or neither with mode 0600, and audited.
#include "reports/AccessExport.h"

#include "SharedHousehold.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/RecordRegistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Reports::AccessExport;

namespace {

/// Every "id" of the objects in the citizen's record sections.
QSet<QString> recordIds(const QJsonObject &document)
{
    QSet<QString> ids;
    for (const QString &section : AccessExport::recordSections()) {
        const QJsonValue v = document.value(section);
        if (v.isObject())
            ids.insert(v[QStringLiteral("id")].toString());
        for (const QJsonValue &row : v.toArray())
            ids.insert(row[QStringLiteral("id")].toString());
    }
    return ids;
}

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(TRAEDESTEN_DOCS_DIR "/access-export.schema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The schema node @p node with its "$ref" (to "#/$defs/…") followed.
QJsonObject resolved(const QJsonObject &schema, QJsonObject node)
{
    const QString ref = node.value(QStringLiteral("$ref")).toString();
    if (ref.startsWith(QStringLiteral("#/$defs/")))
        node = schema.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
    return node;
}

/// Every field of @p value that the schema node does not describe, as paths ("goals[].own_words").
void undescribed(const QJsonObject &schema, const QJsonValue &value, const QJsonObject &node, const QString &path,
    QStringList &missing)
{
    const QJsonObject n = resolved(schema, node);
    if (value.isObject()) {
        const QJsonObject properties = n.value(QStringLiteral("properties")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            if (!properties.contains(it.key()))
                missing << at;
            else
                undescribed(schema, it.value(), properties.value(it.key()).toObject(), at, missing);
        }
        for (const QJsonValue &r : n.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(r.toString()))
                missing << path + QStringLiteral(" lacks required ") + r.toString();
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            undescribed(schema, item, n.value(QStringLiteral("items")).toObject(), path + QStringLiteral("[]"), missing);
    }
}

class AccessExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("indsigt-art-15-alt-om-mig"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(m_shared.make(*m_file));
    }

    QJsonObject exported()
    {
        auto document = AccessExport::gather(*m_file, m_shared.citizen, QDateTime::currentDateTimeUtc());
        EXPECT_TRUE(document.ok());
        return document.value_or(QJsonObject());
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    TestKit::SharedHousehold m_shared;
};

TEST_F(AccessExportTest, HoldsEveryRecordOfTheCitizenAndNoneOfAnother)
{
    ASSERT_TRUE(m_file->recordEvent(
        Domain::AuditAction::CitizenViewed, QStringLiteral("citizen"), m_shared.citizen, m_shared.citizen));
    const QJsonObject document = exported();
    auto registry = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, m_shared.citizen); });
    ASSERT_TRUE(registry.ok());
    QSet<QString> expected;
    QSet<QString> kinds;
    for (const RecordRow &row : *registry) {
        expected.insert(row.id);
        kinds.insert(row.kind->auditName);
    }
    EXPECT_EQ(recordIds(document), expected);
    // The demo citizen has something of nearly every kind, so the comparison means something.
    for (const char *kind : { "citizen", "household_member", "goal", "stepping_stone", "budget", "ledger_entry",
             "attachment", "family_goal", "intervention", "note", "measurement" })
        EXPECT_TRUE(kinds.contains(QString::fromLatin1(kind))) << kind;
    EXPECT_EQ(document[QStringLiteral("format")].toString(), QStringLiteral("traedesten-access-export"));
    EXPECT_EQ(document[QStringLiteral("format_version")].toInt(), AccessExport::FormatVersion);
    EXPECT_FALSE(document[QStringLiteral("context")][QStringLiteral("households")].toArray().isEmpty());
    EXPECT_FALSE(document[QStringLiteral("access_log")].toArray().isEmpty());

    const QByteArray json = AccessExport::toJson(document);
    for (const QString &foreign : { m_shared.other, m_shared.otherName, m_shared.otherNote, m_shared.otherGoalWords,
             m_shared.otherMember, m_shared.otherGoal })
        EXPECT_FALSE(json.contains(foreign.toUtf8())) << "another citizen's data in the export";
    EXPECT_FALSE(json.contains(m_shared.receiptBytes));
    EXPECT_FALSE(json.contains(m_shared.receiptBytes.toBase64()));
    // The receipt is listed: name, type, size.
    const QJsonArray receipts = document[QStringLiteral("receipts")].toArray();
    ASSERT_EQ(receipts.size(), 1);
    EXPECT_EQ(receipts.first()[QStringLiteral("file_name")].toString(), QStringLiteral("kvittering.jpg"));
    EXPECT_EQ(receipts.first()[QStringLiteral("size")].toInteger(), m_shared.receiptBytes.size());
    // Money as øre with its currency.
    const QJsonObject entry = document[QStringLiteral("ledger_entries")].toArray().first().toObject();
    EXPECT_TRUE(entry[QStringLiteral("amount_minor")].isDouble());
    EXPECT_EQ(entry[QStringLiteral("currency")].toString(), QStringLiteral("DKK"));
}

TEST_F(AccessExportTest, EveryFieldIsDescribedInTheSchema)
{
    const QJsonObject schema = loadSchema();
    ASSERT_FALSE(schema.isEmpty()) << "docs/access-export.schema.json is missing or not JSON";
    QStringList missing;
    undescribed(schema, exported(), schema, QString(), missing);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();

    // Every column of every kind of the citizen's records, whether or not this caseload has one.
    const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
    for (const KindInfo *kind : RecordRegistry::kinds()) {
        if (kind->ofCitizen.isEmpty())
            continue;
        const QString section = AccessExport::sectionOf(*kind);
        ASSERT_TRUE(properties.contains(section)) << section.toStdString();
        QJsonObject node = properties.value(section).toObject();
        if (node.contains(QStringLiteral("items")))
            node = node.value(QStringLiteral("items")).toObject();
        const QJsonObject fields = resolved(schema, node).value(QStringLiteral("properties")).toObject();
        for (const QByteArray &column : kind->columns) {
            if (column != "bytes") {
                EXPECT_TRUE(fields.contains(QString::fromLatin1(column)))
                    << section.toStdString() << "." << column.constData();
            }
        }
    }
}

TEST_F(AccessExportTest, WritesBothFilesPrivatelyAndRecordsTheExport)
{
    const QString base = m_dir.path(QStringLiteral("access-export-2026-03-15"));
    ASSERT_TRUE(AccessExport::write(*m_file, m_shared.citizen, base, QByteArrayLiteral("{}"), QByteArrayLiteral("%PDF")));
    for (const QString &path : { AccessExport::jsonPath(base), AccessExport::pdfPath(base) }) {
        ASSERT_TRUE(QFileInfo::exists(path));
        struct stat st {};
        ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0600u);
    }
    auto events = m_file->auditEventsOfCitizen(m_shared.citizen);
    ASSERT_TRUE(events.ok());
    ASSERT_FALSE(events->isEmpty());
    EXPECT_EQ(events->last().action, QStringLiteral("citizen.access_exported"));
    EXPECT_EQ(events->last().entityType, QStringLiteral("citizen"));
    EXPECT_EQ(events->last().entityId, m_shared.citizen);
}

TEST_F(AccessExportTest, AReadOnlyFolderLeavesNoFileAndNoEvent)
{
    // Root writes into a folder without write permission: it gets a read-only file system instead.
    const bool root = ::geteuid() == 0;
    const QString folder = root ? QStringLiteral("/proc") : m_dir.path(QStringLiteral("locked"));
    if (!root) {
        ASSERT_TRUE(QDir().mkdir(folder));
        ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const auto before = m_file->auditEventsOfCitizen(m_shared.citizen)->size();
    const Status s = AccessExport::write(
        *m_file, m_shared.citizen, folder + QStringLiteral("/export"), QByteArrayLiteral("{}"), QByteArrayLiteral("%PDF"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::ReadOnly);
    EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/export.json")));
    EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/export.pdf")));
    if (!root) {
        EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    EXPECT_EQ(m_file->auditEventsOfCitizen(m_shared.citizen)->size(), before);
    if (!root) // the temporary folder can go again
        (void)QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_F(AccessExportTest, WhenTheSecondFileFailsTheFirstIsNotLeft)
{
    // The PDF's path is a folder: the JSON is written first, then must go again.
    const QString base = m_dir.path(QStringLiteral("both-or-neither"));
    ASSERT_TRUE(QDir().mkdir(AccessExport::pdfPath(base)));
    const Status s = AccessExport::write(*m_file, m_shared.citizen, base, QByteArrayLiteral("{}"), QByteArrayLiteral("%PDF"));
    EXPECT_FALSE(s.ok());
    EXPECT_FALSE(QFileInfo::exists(AccessExport::jsonPath(base)));
}

TEST_F(AccessExportTest, AnUnknownCitizenIsRefused)
{
    auto document = AccessExport::gather(*m_file, QStringLiteral("no-such-citizen"), QDateTime::currentDateTimeUtc());
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.code(), ErrorCode::NotFound);
}

} // namespace
