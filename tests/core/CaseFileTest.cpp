#include "storage/CaseFile.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QUuid>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Domain::FileSetting;

namespace {

constexpr const char *Passphrase = "fjordlys-brombær-cykelhjelm-17";
const QString SecretText = QStringLiteral("Hemmelig-Kommune-Æblegård-7391");

class CaseFileTest : public ::testing::Test
{
protected:
    std::unique_ptr<CaseFile> createFile(const QString &path)
    {
        auto file = CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf());
        EXPECT_TRUE(file.ok()) << (file.ok() ? "" : qPrintable(file.error().detail));
        return file.ok() ? std::move(file).value() : nullptr;
    }

    /// Creates a file, writes the secret text into it and closes it.
    QString createClosedFileWithSecret()
    {
        const QString path = m_dir.caseFile();
        auto file = createFile(path);
        EXPECT_TRUE(file->setSetting(FileSetting::MunicipalityName, SecretText).ok());
        return path;
    }

    /**
     * Damage is found either when opening (refused as damaged, the file byte-identical) or, past what opening
     * checks (key, header, first page, schema version), by the full check that runs in the background.
     */
    void expectDamageFound(const QString &path, const QByteArray &damaged, const std::string &where)
    {
        auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
        if (!result.ok()) {
            EXPECT_EQ(result.code(), ErrorCode::Damaged) << where << ": " << qPrintable(result.error().detail);
            EXPECT_EQ(TestKit::readBytes(path), damaged) << where;
            return;
        }
        const Status check = (*result)->database()->checkIntegrity();
        EXPECT_EQ(check.code(), ErrorCode::Damaged) << where << ": opened, and the full check found nothing";
    }

    TestKit::TempFolder m_dir;
};

} // namespace

TEST_F(CaseFileTest, CreateThenOpenRoundTripsSettingsAndSchema)
{
    const QString path = m_dir.caseFile();
    {
        auto file = createFile(path);
        ASSERT_TRUE(file);
        ASSERT_TRUE(file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Furesø Kommune")).ok());
    }
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))) << "closing releases the lock file";

    auto reopened = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().detail);
    EXPECT_EQ((*reopened)->setting(FileSetting::MunicipalityName).value(), QStringLiteral("Furesø Kommune"));
    EXPECT_EQ((*reopened)->setting(FileSetting::Currency).value(), QStringLiteral("DKK"));
    EXPECT_EQ((*reopened)->schemaVersion().value(), Schema::currentVersion());
    EXPECT_EQ((*reopened)->kdfParameters(), TestKit::fastKdf()) << "parameters come from the file alone";
    EXPECT_EQ(QUuid::fromString((*reopened)->setting(FileSetting::FileId).value()).isNull(), false);
}

TEST_F(CaseFileTest, FileStartsWithOurHeaderAsSqlcipherSaltAndIsPrivate)
{
    const QString path = m_dir.caseFile();
    auto file = createFile(path);
    ASSERT_TRUE(file);
    const QByteArray bytes = TestKit::readBytes(path);
    auto header = CaseFile::readHeader(path);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(bytes.left(16), header->bytes());
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_EQ(bytes.size() % 4096, 0);
    EXPECT_EQ(QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
        QFileDevice::Permissions());
}

TEST_F(CaseFileTest, KnownTextNeverReachesTheDiskInPlainText)
{
    const QString path = m_dir.caseFile();
    auto file = createFile(path);
    ASSERT_TRUE(file->setSetting(FileSetting::MunicipalityName, SecretText).ok());
    const QByteArray secretUtf8 = SecretText.toUtf8();
    const QByteArray secretUtf16(reinterpret_cast<const char *>(SecretText.utf16()), SecretText.size() * 2);

    // While a transaction rewrites the page holding the secret, the rollback
    // journal holds the old page: it must be encrypted too.
    QByteArray journalDuringWrite;
    Status s = file->database()->transaction([&] {
        file->database()
            ->prepare("UPDATE file_setting SET value = ?1 WHERE key = 'municipality.name'")
            .bind(1, QStringLiteral("other"))
            .run();
        journalDuringWrite = TestKit::readBytes(path + QStringLiteral("-journal"));
        throw SqliteError(Error { ErrorCode::Internal, QStringLiteral("roll back on purpose") });
    });
    EXPECT_FALSE(s.ok());
    EXPECT_FALSE(journalDuringWrite.isEmpty()) << "the journal existed during the write";
    EXPECT_FALSE(journalDuringWrite.contains(secretUtf8));
    EXPECT_FALSE(journalDuringWrite.contains(secretUtf16));

    file.reset();
    const QByteArray bytes = TestKit::readBytes(path);
    EXPECT_FALSE(bytes.contains(secretUtf8));
    EXPECT_FALSE(bytes.contains(secretUtf16));
    EXPECT_FALSE(bytes.contains("municipality.name"));
    EXPECT_FALSE(bytes.contains("CREATE TABLE"));
    for (const char *suffix : { "-journal", "-wal", "-shm" })
        EXPECT_FALSE(QFileInfo::exists(path + QString::fromLatin1(suffix))) << suffix << " left behind";

    // And the rolled-back value is still the secret.
    auto reopened = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ((*reopened)->setting(FileSetting::MunicipalityName).value(), SecretText);
}

TEST_F(CaseFileTest, WrongPassphraseIsTypedAndLeavesTheFileByteIdentical)
{
    const QString path = createClosedFileWithSecret();
    const QByteArray before = TestKit::readBytes(path);
    auto result = CaseFile::open(path, TestKit::passphrase("fjordlys-brombær-cykelhjelm-18"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::WrongPassphrase);
    EXPECT_EQ(TestKit::readBytes(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock")));
    EXPECT_TRUE(CaseFile::open(path, TestKit::passphrase(Passphrase)).ok()) << "the right one still opens it";
}

TEST_F(CaseFileTest, FileFromANewerVersionIsRefusedAndUnchanged)
{
    const QString path = m_dir.caseFile();
    {
        // A future Trædesten with two more schema steps writes the file.
        MigrationPlan future = Schema::migrations();
        const int v = Schema::currentVersion();
        future.push_back({ v + 1, [](Database &db) {
                              db.execute("CREATE TABLE future_a (id TEXT PRIMARY KEY)");
                          } });
        future.push_back({ v + 2, [](Database &db) {
                              db.execute("CREATE TABLE future_b (id TEXT PRIMARY KEY)");
                          } });
        ASSERT_TRUE(createFile(path));
        auto upgraded = CaseFile::open(path, TestKit::passphrase(Passphrase), future);
        ASSERT_TRUE(upgraded.ok());
        EXPECT_EQ((*upgraded)->schemaVersion().value(), v + 2);
    }
    const QByteArray before = TestKit::readBytes(path);
    auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::NewerVersion);
    EXPECT_EQ(TestKit::readBytes(path), before);
}

TEST_F(CaseFileTest, NewerFileInWalModeIsRefusedWithoutAnyWrite)
{
    // A future version may switch to WAL; changing the journal mode back would
    // rewrite the file before the version check.
    const QString path = m_dir.caseFile();
    {
        MigrationPlan future = Schema::migrations();
        future.push_back({ Schema::currentVersion() + 1, [](Database &db) {
                              db.execute("CREATE TABLE f (x)");
                          } });
        ASSERT_TRUE(createFile(path));
        auto upgraded = CaseFile::open(path, TestKit::passphrase(Passphrase), future);
        ASSERT_TRUE(upgraded.ok());
        Statement wal = (*upgraded)->database()->prepare("PRAGMA journal_mode = WAL");
        ASSERT_TRUE(wal.next());
        ASSERT_EQ(wal.text(0), QStringLiteral("wal"));
    }
    const QByteArray before = TestKit::readBytes(path);
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::NewerVersion);
    EXPECT_EQ(TestKit::readBytes(path), before);
}

TEST_F(CaseFileTest, HeaderFromANewerFormatIsNewerVersionNotDamaged)
{
    const QString path = createClosedFileWithSecret();
    QByteArray bytes = TestKit::readBytes(path);
    bytes[0] = 2; // a header format this version does not know yet
    ASSERT_TRUE(TestKit::writeBytes(path, bytes));
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::NewerVersion);
    EXPECT_EQ(TestKit::readBytes(path), bytes);
}

// A file of random bytes is damaged, not "made by a newer version", even when its first byte is 2..15.
TEST_F(CaseFileTest, RandomHeadersAreDamagedAlmostNeverNewerVersion)
{
    QRandomGenerator random(20261201);
    int newer = 0;
    int startingLikeANewerFormat = 0;
    for (int i = 0; i < 100000; ++i) {
        QByteArray bytes(Security::FileHeader::Size, Qt::Uninitialized);
        for (char &b : bytes)
            b = static_cast<char>(random.bounded(256));
        const auto header = Security::FileHeader::parse(bytes);
        const quint8 first = static_cast<quint8>(bytes.at(0));
        if (first >= 2 && first <= 15)
            ++startingLikeANewerFormat;
        if (!header.ok() && header.code() == ErrorCode::NewerVersion)
            ++newer;
    }
    EXPECT_GT(startingLikeANewerFormat, 5000) << "about 14 in 256";
    // Expected about 37 (14/256 × 7/256 × 64/256); about 5,500 when the first byte alone decided.
    EXPECT_LT(newer, 80);
}

TEST_F(CaseFileTest, TruncatedFilesAreDamagedAndUnchanged)
{
    const QString path = createClosedFileWithSecret();
    const QByteArray whole = TestKit::readBytes(path);
    ASSERT_GE(whole.size(), 3 * 4096);
    // Ragged cuts, and cuts on page boundaries that only SQLCipher can notice.
    const QList<qsizetype> cuts = { 0, 10, 4096 + 100, whole.size() - 1, 4096, 2 * 4096, whole.size() - 4096 };
    for (qsizetype cut : cuts) {
        const QByteArray truncated = whole.left(cut);
        ASSERT_TRUE(TestKit::writeBytes(path, truncated));
        if (cut < 2 * 4096) { // the first page is checked when opening
            auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
            ASSERT_FALSE(result.ok()) << "cut at " << cut;
            EXPECT_EQ(result.code(), ErrorCode::Damaged)
                << "cut at " << cut << ": " << qPrintable(result.error().detail);
            EXPECT_EQ(TestKit::readBytes(path), truncated) << "cut at " << cut;
        } else {
            expectDamageFound(path, truncated, "cut at " + std::to_string(cut));
        }
    }
}

TEST_F(CaseFileTest, GarbledFilesAreDamagedAndUnchanged)
{
    const QString path = createClosedFileWithSecret();
    const QByteArray whole = TestKit::readBytes(path);
    // Inside page 1 (after the header), and inside a later page.
    for (qsizetype offset : { qsizetype(100), qsizetype(2000), whole.size() - 3000 }) {
        QByteArray garbled = whole;
        for (int i = 0; i < 8; ++i)
            garbled[offset + i] = static_cast<char>(garbled[offset + i] ^ 0x5a);
        ASSERT_TRUE(TestKit::writeBytes(path, garbled));
        if (offset < 4096) { // the first page is checked when opening
            auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
            ASSERT_FALSE(result.ok()) << "garbled at " << offset;
            EXPECT_EQ(result.code(), ErrorCode::Damaged) << "garbled at " << offset;
            EXPECT_EQ(TestKit::readBytes(path), garbled);
        } else {
            expectDamageFound(path, garbled, "garbled at " + std::to_string(offset));
        }
    }
    // A file that is not ours at all.
    ASSERT_TRUE(TestKit::writeBytes(path, QByteArray(8192, 'x')));
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::Damaged);
    EXPECT_EQ(TestKit::readBytes(path), QByteArray(8192, 'x'));
}

TEST_F(CaseFileTest, SecondOpenIsInUseAndUnchangedUntilTheFirstCloses)
{
    const QString path = m_dir.caseFile();
    auto first = createFile(path);
    ASSERT_TRUE(first);
    const QByteArray before = TestKit::readBytes(path);
    auto second = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.code(), ErrorCode::InUse);
    EXPECT_EQ(TestKit::readBytes(path), before);
    EXPECT_TRUE(first->setting(FileSetting::Currency).ok()) << "the first owner keeps working";

    first.reset();
    EXPECT_TRUE(CaseFile::open(path, TestKit::passphrase(Passphrase)).ok());
}

TEST_F(CaseFileTest, StaleLockFromACrashedProcessIsRecovered)
{
    const QString path = createClosedFileWithSecret();
    const QString lockPath = path + QStringLiteral(".lock");
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        QLockFile lock(lockPath);
        lock.setStaleLockTime(0);
        _exit(lock.tryLock(0) ? 0 : 1); // "crash": no unlock, the lock file stays
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_EQ(WEXITSTATUS(status), 0);
    ASSERT_TRUE(QFileInfo::exists(lockPath)) << "the crashed process left its lock behind";

    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    EXPECT_EQ((*file)->setting(FileSetting::MunicipalityName).value(), SecretText);
}

TEST_F(CaseFileTest, LockLeftByAnotherComputerIsNamedAndCanBeRemovedButALiveOneCannot)
{
    const QString path = createClosedFileWithSecret();
    const QString lockPath = path + QStringLiteral(".lock");
    // QLockFile's format: pid, application, host name.
    ASSERT_TRUE(TestKit::writeBytes(lockPath, "4242\nTraedesten\nsocialcenter-laptop-7\n"));
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::InUse);
    auto owner = CaseFile::lockOwner(path);
    ASSERT_TRUE(owner.has_value());
    EXPECT_EQ(owner->hostName, QStringLiteral("socialcenter-laptop-7"));
    EXPECT_EQ(owner->pid, 4242);
    EXPECT_FALSE(owner->onThisComputer);
    ASSERT_TRUE(CaseFile::removeLock(path).ok());
    EXPECT_FALSE(CaseFile::lockOwner(path).has_value());

    auto first = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(first.ok());
    auto live = CaseFile::lockOwner(path);
    ASSERT_TRUE(live.has_value());
    EXPECT_TRUE(live->onThisComputer);
    EXPECT_EQ(CaseFile::removeLock(path).code(), ErrorCode::InUse) << "a running instance keeps its lock";
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::InUse);
}

TEST_F(CaseFileTest, AfterLockEveryCallFailsCleanlyUntilUnlocked)
{
    const QString path = m_dir.caseFile();
    auto file = createFile(path);
    ASSERT_TRUE(file);
    file->lock();
    EXPECT_TRUE(file->isLocked());
    EXPECT_EQ(file->database(), nullptr);
    EXPECT_EQ(file->setting(FileSetting::MunicipalityName).code(), ErrorCode::Locked);
    EXPECT_EQ(file->setSetting(FileSetting::MunicipalityName, SecretText).code(), ErrorCode::Locked);
    EXPECT_EQ(file->schemaVersion().code(), ErrorCode::Locked);
    EXPECT_EQ(file->auditEvents().code(), ErrorCode::Locked);
    EXPECT_EQ(file->recordEvent(Domain::AuditAction::Printed, QStringLiteral("report")).code(), ErrorCode::Locked);
    file->lock(); // twice is harmless

    // Still ours while locked: nobody else gets in.
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::InUse);

    EXPECT_EQ(file->unlock(TestKit::passphrase("wrong wrong wrong")).code(), ErrorCode::WrongPassphrase);
    EXPECT_TRUE(file->isLocked());
    ASSERT_TRUE(file->unlock(TestKit::passphrase(Passphrase)).ok());
    EXPECT_TRUE(file->setSetting(FileSetting::MunicipalityName, SecretText).ok());
    EXPECT_EQ(file->setting(FileSetting::MunicipalityName).value(), SecretText);

    const auto events = file->auditEvents().value();
    ASSERT_GE(events.size(), 4);
    EXPECT_EQ(events.at(0).action, QStringLiteral("setting.changed"));
    EXPECT_EQ(events.at(1).action, QStringLiteral("file.unlocked"));
    EXPECT_EQ(events.at(2).action, QStringLiteral("file.locked"));
}

TEST_F(CaseFileTest, EverySettingChangeWritesAnAppendOnlyAuditEventWithoutTheContent)
{
    auto file = createFile(m_dir.caseFile());
    const qsizetype before = file->auditEvents().value().size();
    ASSERT_TRUE(file->setSetting(FileSetting::MunicipalityName, SecretText).ok());
    const auto events = file->auditEvents().value();
    ASSERT_EQ(events.size(), before + 1);
    EXPECT_EQ(events.first().action, QStringLiteral("setting.changed"));
    EXPECT_EQ(events.first().entityId, QStringLiteral("municipality.name"));
    EXPECT_FALSE(events.first().actor.isEmpty());
    EXPECT_TRUE(events.first().at.isValid());
    EXPECT_NE(events.first().entityId, SecretText);

    // Refused input writes neither the value nor an event.
    EXPECT_EQ(file->setSetting(FileSetting::MunicipalityName, QString(500, QLatin1Char('x'))).code(),
        ErrorCode::InvalidInput);
    EXPECT_EQ(file->auditEvents().value().size(), before + 1);
    EXPECT_EQ(file->setting(FileSetting::MunicipalityName).value(), SecretText);

    // The log cannot be rewritten, even through SQL.
    Status tamper = file->database()->transaction([&] { file->database()->prepare("DELETE FROM audit_event").run(); });
    EXPECT_FALSE(tamper.ok());
    Status rewrite = file->database()->transaction(
        [&] { file->database()->prepare("UPDATE audit_event SET actor = 'someone else'").run(); });
    EXPECT_FALSE(rewrite.ok());
    EXPECT_EQ(file->auditEvents().value().size(), before + 1);
}

TEST_F(CaseFileTest, MissingExistingAndUnreachablePathsAreTyped)
{
    EXPECT_EQ(CaseFile::open(m_dir.caseFile("nowhere"), TestKit::passphrase(Passphrase)).code(), ErrorCode::NotFound);
    EXPECT_EQ(CaseFile::create(m_dir.path(QStringLiteral("no/such/folder/x.traedesten")),
                  TestKit::passphrase(Passphrase), TestKit::fastKdf())
                  .code(),
        ErrorCode::NotFound);
    const QString path = createClosedFileWithSecret();
    const QByteArray before = TestKit::readBytes(path);
    EXPECT_EQ(
        CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf()).code(), ErrorCode::AlreadyExists);
    EXPECT_EQ(TestKit::readBytes(path), before);
}

TEST_F(CaseFileTest, FullDiskIsTypedLeavesNoHalfFileAndKeepsOldValues)
{
    std::signal(SIGXFSZ, SIG_IGN); // a file-size limit then fails the write instead of killing us
    rlimit original {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto limitFileSize = [&](rlim_t bytes) {
        rlimit limit = original;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    };

    const QString full = m_dir.caseFile("full");
    limitFileSize(6000);
    auto created = CaseFile::create(full, TestKit::passphrase(Passphrase), TestKit::fastKdf());
    setrlimit(RLIMIT_FSIZE, &original);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.code(), ErrorCode::DiskFull) << qPrintable(created.error().detail);
    EXPECT_FALSE(QFileInfo::exists(full)) << "no half-written case file";
    EXPECT_FALSE(QFileInfo::exists(full + QStringLiteral("-journal")));

    const QString path = m_dir.caseFile();
    auto file = createFile(path);
    ASSERT_TRUE(file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Før")).ok());
    limitFileSize(1000); // the journal cannot even hold one page
    Status s = file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Efter"));
    setrlimit(RLIMIT_FSIZE, &original);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::DiskFull) << qPrintable(s.error().detail);
    EXPECT_EQ(file->setting(FileSetting::MunicipalityName).value(), QStringLiteral("Før"));
}
