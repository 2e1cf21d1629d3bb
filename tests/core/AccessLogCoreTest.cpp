// The access log in the core: a citizen's events with the file-wide ones, "viewed" once per citizen per
// unlock without a change notification, and the whole log exported as CSV (ids only, mode 0600, streaming).
#include "reports/AuditLogExport.h"

#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;
using Reports::AuditLogExport;

namespace {

const char *const Passphrase = "adgangslog-kontrol-2026";

QStringList actionsOf(const QList<AuditEvent> &events)
{
    QStringList actions;
    for (const AuditEvent &e : events)
        actions << e.action + QLatin1Char(':') + e.entityType;
    return actions;
}

int count(const QList<AuditEvent> &events, AuditAction action)
{
    int n = 0;
    for (const AuditEvent &e : events)
        n += e.action == auditActionName(action);
    return n;
}

class AccessLogCoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        Citizen a;
        a.name = QStringLiteral("Anna Adgang");
        a.startDate = QDate(2026, 1, 5);
        m_anna = m_caseload->citizens().create(a).value().id;
        Citizen b;
        b.name = QStringLiteral("Bent Berg");
        b.startDate = QDate(2026, 1, 5);
        m_bent = m_caseload->citizens().create(b).value().id;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QString m_anna;
    QString m_bent;
};

} // namespace

TEST_F(AccessLogCoreTest, ACitizensLogHasTheirEventsAndTheFileWideOnesButNotAnothersOrTheFileOpenings)
{
    Goal g;
    g.citizenId = m_anna;
    g.ownWords = QStringLiteral("Et hjem");
    ASSERT_TRUE(m_caseload->goals().createGoal(g).ok());
    Goal other;
    other.citizenId = m_bent;
    other.ownWords = QStringLiteral("Et job");
    ASSERT_TRUE(m_caseload->goals().createGoal(other).ok());
    ASSERT_TRUE(m_file->recordEvent(AuditAction::BackedUp, QStringLiteral("case_file")).ok());
    ASSERT_TRUE(m_file->recordEvent(AuditAction::Printed, QStringLiteral("caseload_report")).ok());
    ASSERT_TRUE(m_file->recordEvent(AuditAction::PassphraseChanged, QStringLiteral("case_file")).ok());
    ASSERT_TRUE(m_file->recordEvent(AuditAction::Printed, QStringLiteral("access_log"), m_anna, m_anna).ok());

    auto log = m_file->auditEventsOfCitizen(m_anna);
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(actionsOf(*log),
        (QStringList { QStringLiteral("record.created:citizen"), QStringLiteral("record.created:goal"),
            QStringLiteral("file.backed_up:case_file"), QStringLiteral("file.passphrase_changed:case_file"),
            QStringLiteral("printed:access_log") }))
        << "oldest first; Bent's goal, the file's creation and the caseload report are not Anna's";
    for (const AuditEvent &e : *log)
        EXPECT_TRUE(e.citizenId == m_anna || e.citizenId.isEmpty());
    EXPECT_EQ(count(m_file->auditEventsOfCitizen(m_bent).value(), AuditAction::BackedUp), 1)
        << "a backup concerns every citizen";
}

TEST_F(AccessLogCoreTest, ViewedIsRecordedOncePerCitizenPerUnlockWithoutAChangeNotification)
{
    QSignalSpy changes(&m_caseload->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    ASSERT_TRUE(m_file->recordViewed(m_bent).ok());
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    EXPECT_EQ(count(m_file->auditEventsOfCitizen(m_anna).value(), AuditAction::CitizenViewed), 1);
    EXPECT_EQ(count(m_file->auditEventsOfCitizen(m_bent).value(), AuditAction::CitizenViewed), 1);
    EXPECT_EQ(changes.count(), 0) << "an audit event only: nothing changed";

    m_file->lock();
    EXPECT_EQ(m_file->recordViewed(m_anna).code(), ErrorCode::Locked);
    ASSERT_TRUE(m_file->unlock(TestKit::passphrase(Passphrase)).ok());
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    const auto log = m_file->auditEventsOfCitizen(m_anna).value();
    EXPECT_EQ(count(log, AuditAction::CitizenViewed), 2) << "again after lock and unlock, once";
    EXPECT_EQ(log.back().action, auditActionName(AuditAction::CitizenViewed));
    EXPECT_EQ(log.back().entityType, QStringLiteral("citizen"));
    EXPECT_EQ(log.back().entityId, m_anna);
    EXPECT_FALSE(log.back().actor.isEmpty());
    EXPECT_EQ(changes.count(), 0);
}

TEST_F(AccessLogCoreTest, TheWholeLogAsCsvHasIdsNeverNamesIsPrivateAndRecordsItsExport)
{
    Goal g;
    g.citizenId = m_anna;
    g.ownWords = QStringLiteral("Mit hemmelige mål");
    const QString goalId = m_caseload->goals().createGoal(g).value().id;
    ASSERT_TRUE(m_file->recordViewed(m_anna).ok());
    const int before = static_cast<int>(m_file->auditEvents(100000).value().size());

    const QString path = m_dir.path(QStringLiteral("audit-log.csv"));
    auto written = AuditLogExport::write(
        *m_file, path, [](const AuditEvent &e) { return QStringLiteral("words; for \"") + e.action; });
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().detail);
    EXPECT_EQ(*written, before);

    const QByteArray bytes = TestKit::readBytes(path);
    ASSERT_TRUE(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF") + AuditLogExport::headerLine()));
    EXPECT_EQ(AuditLogExport::headerLine(),
        QByteArrayLiteral("at;actor;action;action_text;record_kind;record_id;citizen_id\r\n"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    EXPECT_EQ(lines.size(), before + 2) << "header, one line per event, and the empty end";
    const QString text = QString::fromUtf8(bytes);
    EXPECT_FALSE(text.contains(QStringLiteral("Anna"))) << "ids only, never names";
    EXPECT_FALSE(text.contains(QStringLiteral("hemmelige"))) << "never content";
    const QString goalLine = QString::fromUtf8(*std::find_if(
        lines.begin(), lines.end(), [&](const QByteArray &l) { return l.contains(goalId.toUtf8()); }));
    const QStringList fields = goalLine.trimmed().split(QLatin1Char(';'));
    ASSERT_EQ(fields.size(), 8) << qPrintable(goalLine) << " (the words' ';' is quoted)";
    EXPECT_TRUE(QDateTime::fromString(fields.at(0), Qt::ISODateWithMs).isValid()) << "ISO timestamp";
    EXPECT_TRUE(fields.at(0).endsWith(QLatin1Char('Z'))) << "UTC";
    EXPECT_EQ(fields.at(1), m_file->actor());
    EXPECT_EQ(fields.at(2), QStringLiteral("record.created"));
    EXPECT_EQ(fields.at(3) + QLatin1Char(';') + fields.at(4), QStringLiteral("\"words; for \"\"record.created\""));
    EXPECT_EQ(fields.at(5), QStringLiteral("goal"));
    EXPECT_EQ(fields.at(6), goalId);
    EXPECT_EQ(fields.at(7), m_anna);

    const QFileDevice::Permissions permissions = QFile::permissions(path);
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(permissions
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther))
        << "mode 0600";
    const auto latest = m_file->auditEvents(1).value();
    ASSERT_EQ(latest.size(), 1);
    EXPECT_EQ(latest.front().action, auditActionName(AuditAction::LogExported));
    EXPECT_TRUE(latest.front().citizenId.isEmpty());
    EXPECT_EQ(count(m_file->auditEventsOfCitizen(m_bent).value(), AuditAction::LogExported), 1)
        << "the export holds every citizen's ids: it is in each citizen's log";

    // A folder that does not exist: refused, nothing written, no event.
    EXPECT_FALSE(AuditLogExport::write(*m_file, m_dir.path(QStringLiteral("no/such/log.csv")), {}).ok());
    EXPECT_EQ(m_file->auditEvents(1).value().front().id, latest.front().id);
}

TEST_F(AccessLogCoreTest, AHundredThousandEventsExportInAFewSecondsAndACitizensLogStaysQuick)
{
    ASSERT_TRUE(m_file->write([&] {
        for (int i = 0; i < 100000; ++i)
            m_file->appendEvent(AuditAction::RecordUpdated, QStringLiteral("ledger_entry"), QStringLiteral("e%1").arg(i),
                i % 2 ? m_bent : QStringLiteral("c%1").arg(i % 5000));
    }).ok());
    QElapsedTimer timer;
    timer.start();
    auto written = AuditLogExport::write(*m_file, m_dir.path(QStringLiteral("big.csv")), {});
    const qint64 exportMs = timer.elapsed();
    ASSERT_TRUE(written.ok());
    EXPECT_GT(*written, 100000);
    EXPECT_LT(exportMs, 10000);
    timer.restart();
    auto log = m_file->auditEventsOfCitizen(m_anna);
    const qint64 logMs = timer.elapsed();
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(count(*log, AuditAction::LogExported), 1);
    EXPECT_LT(logMs, 200) << "the index on (citizen_id, seq), not a scan of every event";
    std::printf("[ figures  ] export of %lld events: %lld ms; one citizen's log: %lld ms\n",
        static_cast<long long>(*written), static_cast<long long>(exportMs), static_cast<long long>(logMs));
}
