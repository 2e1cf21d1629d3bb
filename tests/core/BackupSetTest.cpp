#include "storage/BackupSet.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/FileSetting.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/DemoCaseload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <csignal>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Domain::FileSetting;

namespace {

constexpr const char *Passphrase = "fjordlys-brombær-cykelhjelm-17";

QDateTime local(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

class BackupSetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(DemoCaseload::generate(*m_file, { 20, 13, QDate(2026, 11, 1) }).ok());
        m_fileId = m_file->setting(FileSetting::FileId).value();
        m_folder = m_dir.path(QStringLiteral("backups"));
    }

    BackupSet::Request request(qint64 lastChange = -1, QDateTime now = {})
    {
        BackupSet::Request r;
        r.fileId = m_fileId;
        r.caseFilePath = m_dir.caseFile();
        r.lastChange = lastChange;
        r.createFolder = true;
        r.now = now;
        return r;
    }

    qint64 liveLastChange()
    {
        return m_file->read([](Database &db) { return BackupSet::lastChange(db); }).value();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    QString m_fileId;
    QString m_folder;
};

} // namespace

TEST(BackupGenerationsTest, KeepsTheNewestOfEachOfTheLastSevenDaysThenOnePerWeekForEightWeeks)
{
    const QDateTime now = local(2026, 3, 20, 18); // a Friday
    QList<QDateTime> made;
    // Three a day for the last 80 days, at 9:00, 13:00 and 17:00.
    for (int day = 0; day < 80; ++day) {
        for (int hour : { 9, 13, 17 })
            made.append(QDateTime(now.date().addDays(-day), QTime(hour, 0)));
    }
    const QList<bool> keep = BackupSet::generationsToKeep(made, now);
    ASSERT_EQ(keep.size(), made.size());
    QList<QDateTime> kept;
    for (qsizetype i = 0; i < made.size(); ++i) {
        if (keep[i])
            kept.append(made[i]);
    }
    std::sort(kept.begin(), kept.end(), std::greater<>());
    // The newest of each of the last seven days (today included) ...
    for (int day = 0; day < 7; ++day)
        EXPECT_EQ(kept[day], QDateTime(now.date().addDays(-day), QTime(17, 0))) << day;
    // ... then the newest of each calendar week, eight weeks back, and nothing older.
    QSet<std::pair<int, int>> weeks;
    for (qsizetype i = 7; i < kept.size(); ++i) {
        EXPECT_EQ(kept[i].time(), QTime(17, 0));
        EXPECT_GE(kept[i].date().daysTo(now.date()), 7);
        EXPECT_LT(kept[i].date().daysTo(now.date()), 7 + 7 * 8);
        int year = 0;
        const int week = kept[i].date().weekNumber(&year);
        EXPECT_FALSE(weeks.contains({ year, week })) << "one per week";
        weeks.insert({ year, week });
    }
    EXPECT_GE(weeks.size(), 8);
    EXPECT_LE(weeks.size(), 9);
}

TEST(BackupGenerationsTest, NeverDropsTheNewestEvenWhenItIsOld)
{
    const QDateTime now = local(2026, 3, 20);
    const QList<QDateTime> made { local(2025, 1, 1), local(2024, 6, 1) };
    EXPECT_EQ(BackupSet::generationsToKeep(made, now), (QList<bool> { true, false }));
    EXPECT_TRUE(BackupSet::generationsToKeep({}, now).isEmpty());
    // A backup from "the future" (the clock was wrong) is not ours to judge.
    EXPECT_EQ(
        BackupSet::generationsToKeep({ local(2026, 3, 25), local(2026, 3, 20, 9) }, now), (QList<bool> { true, true }));
}

TEST(BackupNameTest, CarriesTheFileIdAndTimeAndASafeNameAndIsReadBack)
{
    TestKit::TempFolder dir;
    const QString id = QStringLiteral("3f2a1b4c-1111-4222-8333-444455556666");
    const QDateTime at(QDate(2026, 3, 1), QTime(10, 15, 0, 123), Qt::UTC);
    const QString name = BackupSet::fileName(QStringLiteral("/x/Mine sager: æøå/../Sager_2026!.traedesten"), id, at);
    EXPECT_EQ(name,
        QStringLiteral("Sager2026_2026-03-01T101500.123Z_3f2a1b4c-1111-4222-8333-444455556666.traedesten-backup"));
    ASSERT_TRUE(TestKit::writeBytes(dir.path(name), QByteArray(4096, 'x')));
    ASSERT_TRUE(TestKit::writeBytes(dir.path(QStringLiteral(".") + name + QStringLiteral(".partial-abc")), "x"));
    auto b = BackupSet::describe(dir.path(name));
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->fileId, id);
    EXPECT_EQ(b->madeAt, at);
    EXPECT_EQ(b->caseFileName, QStringLiteral("Sager2026"));
    EXPECT_EQ(b->size, 4096);
    EXPECT_FALSE(b->whole) << "not a header of ours";
    EXPECT_FALSE(BackupSet::describe(dir.path(QStringLiteral(".") + name + QStringLiteral(".partial-abc"))));
    auto all = BackupSet(dir.path(QString())).list();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1) << "a partial file is never listed";
}

TEST_F(BackupSetTest, ABackupRestoresToAByteIdenticalDump)
{
    auto made = BackupSet(m_folder).make(*m_file, request());
    ASSERT_TRUE(made.ok()) << qPrintable(made.error().detail);
    EXPECT_FALSE(made->skipped);
    const Backup backup = made->backup;
    EXPECT_EQ(backup.fileId, m_fileId);
    EXPECT_TRUE(backup.whole);
    EXPECT_EQ(backup.header, m_file->header().bytes()) << "the same passphrase as the file";
    EXPECT_EQ(QFileInfo(backup.path).permissions() & 0x0077, 0);
    EXPECT_EQ(QFileInfo(m_folder).permissions() & 0x0077, 0);
    const QString dump = TestKit::dumpCaseload(*m_file->database());

    // Work goes on after the backup: the restore must bring back the state of the backup.
    ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Later")).ok());
    const QString path = m_file->path();
    const QByteArray current = TestKit::readBytes(path);
    m_file.reset();

    auto restored = BackupSet::restore(backup.path, TestKit::passphrase(Passphrase), path, m_fileId);
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.error().detail);
    EXPECT_EQ(TestKit::readBytes(restored->keptAside), current) << "the file it replaced is kept";
    EXPECT_TRUE(restored->keptAside.contains(QStringLiteral(".before-restore-")));
    auto events = restored->file->auditEvents(3);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->first().action, Domain::auditActionName(Domain::AuditAction::Restored));
    EXPECT_EQ(events->first().entityId, QFileInfo(backup.path).fileName());

    // The dump without the events written since (the open and the restore).
    restored->file.reset();
    auto plain = Database::open(backup.path,
        Security::KeyDerivation::sqlcipherKeyLiteral(
            CaseFile::deriveKey(CaseFile::readHeader(backup.path).value(), TestKit::passphrase(Passphrase)).value(),
            backup.header),
        Database::Mode::ReadOnly);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(TestKit::dumpCaseload(**plain), dump) << "the backup holds the file as it was";
    auto reopened = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(reopened.ok());
    EXPECT_NE((*reopened)->setting(FileSetting::MunicipalityName).value(), QStringLiteral("Later"));
}

TEST_F(BackupSetTest, NothingChangedSkipsButANewDayOrAChangeMakesOne)
{
    const QDateTime morning = QDateTime::currentDateTimeUtc();
    BackupSet set(m_folder);
    auto first = set.make(*m_file, request(liveLastChange(), morning));
    ASSERT_TRUE(first.ok());
    ASSERT_FALSE(first->skipped);
    ASSERT_TRUE(m_file->recordEvent(Domain::AuditAction::BackedUp, QStringLiteral("backup")).ok());

    m_file->lock(); // locking and unlocking are not changes
    ASSERT_TRUE(m_file->unlock(TestKit::passphrase(Passphrase)).ok());
    auto again = set.make(*m_file, request(liveLastChange(), morning.addMSecs(10)));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->skipped);
    EXPECT_EQ(set.backupsOf(m_fileId).size(), 1);

    ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Changed")).ok());
    auto changed = set.make(*m_file, request(liveLastChange(), morning.addMSecs(20)));
    ASSERT_TRUE(changed.ok());
    EXPECT_FALSE(changed->skipped);

    // Tomorrow, with nothing changed, the daily backup is still made.
    auto tomorrow = set.make(*m_file, request(liveLastChange(), morning.addDays(1)));
    ASSERT_TRUE(tomorrow.ok());
    EXPECT_FALSE(tomorrow->skipped);
    // Today's older backup went (one a day), yesterday's newest stays.
    const QList<Backup> left = set.backupsOf(m_fileId);
    ASSERT_EQ(left.size(), 2);
    EXPECT_EQ(left[0].path, tomorrow->backup.path);
    EXPECT_EQ(left[1].path, changed->backup.path);
}

TEST_F(BackupSetTest, AMissingOrUnwritableFolderIsSaidAndLeavesNothing)
{
    auto r = request();
    r.createFolder = false;
    auto missing = BackupSet(m_dir.path(QStringLiteral("nowhere"))).make(*m_file, r);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.code(), ErrorCode::NotFound);

    // A file where the folder should be.
    ASSERT_TRUE(TestKit::writeBytes(m_dir.path(QStringLiteral("afile")), "x"));
    auto notAFolder = BackupSet(m_dir.path(QStringLiteral("afile"))).make(*m_file, request());
    ASSERT_FALSE(notAFolder.ok());
    EXPECT_EQ(notAFolder.code(), ErrorCode::NotFound);

    // A folder nobody may write in, even root (the tests may run as root): /proc.
    auto readOnly = BackupSet(QStringLiteral("/proc/self")).make(*m_file, request());
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.code() == ErrorCode::ReadOnly || readOnly.code() == ErrorCode::NotFound)
        << qPrintable(errorCodeName(readOnly.code()));
}

TEST_F(BackupSetTest, RestoreRefusesAWrongPassphraseAnotherCaseFileAndAFileInUse)
{
    auto made = BackupSet(m_folder).make(*m_file, request());
    ASSERT_TRUE(made.ok());
    const QString path = m_file->path();
    const QByteArray current = TestKit::readBytes(path);

    auto inUse = BackupSet::restore(made->backup.path, TestKit::passphrase(Passphrase), path, m_fileId);
    ASSERT_FALSE(inUse.ok());
    EXPECT_EQ(inUse.code(), ErrorCode::InUse) << "the file is open in this process";
    m_file.reset();

    auto wrong = BackupSet::restore(made->backup.path, TestKit::passphrase("not the passphrase"), path, m_fileId);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.code(), ErrorCode::WrongPassphrase);

    auto other = BackupSet::restore(made->backup.path, TestKit::passphrase(Passphrase), path,
        QStringLiteral("00000000-0000-4000-8000-000000000000"));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(other.error().field, QStringLiteral("fileId"));

    EXPECT_EQ(TestKit::readBytes(path), current) << "a refused restore leaves the file as it was";
    const QStringList left = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        EXPECT_FALSE(name.contains(QStringLiteral("restore"))) << qPrintable(name);

    // A file open in another process (its lock file names a live process).
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        auto held = CaseFile::open(path, TestKit::passphrase(Passphrase));
        if (held.ok())
            pause();
        _exit(1);
    }
    for (int i = 0; i < 200 && !CaseFile::lockOwner(path); ++i)
        usleep(20000);
    usleep(200000);
    auto elsewhere = BackupSet::restore(made->backup.path, TestKit::passphrase(Passphrase), path, m_fileId);
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_EQ(elsewhere.code(), ErrorCode::InUse);
}

TEST_F(BackupSetTest, DamageInTheLiveFileIsFoundByTheBackupAndThePageCheck)
{
    {
        // A logo of 300 kB: the file's last pages are its overflow pages, which opening does not read.
        QByteArray logo(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < logo.size(); ++i)
            logo[i] = static_cast<char>((i * 7919) % 251);
        ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityLogo, QString::fromLatin1(logo.toBase64())).ok());
    }
    ASSERT_TRUE(m_file->checkPages().ok());
    const QString path = m_file->path();
    m_file.reset();
    // Flip bytes in the middle of a page far from the first.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    ASSERT_GT(pages, 4);
    f.seek((pages - 2) * 4096 + 100);
    f.write(QByteArray(16, '\x5a'));
    f.close();

    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(file.ok()) << "unlocking does not read every page";
    m_file = std::move(*file);
    const Status check = m_file->checkPages();
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.code(), ErrorCode::Damaged);
    auto made = BackupSet(m_folder).make(*m_file, request());
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.code(), ErrorCode::Damaged) << qPrintable(made.error().detail);
    EXPECT_EQ(made.error().field, QStringLiteral("caseFile"));
    EXPECT_TRUE(BackupSet(m_folder).backupsOf(m_fileId).isEmpty()) << "no damaged backup is kept";
}

TEST_F(BackupSetTest, AProcessKilledDuringABackupLeavesThePreviousOnesValidAndNoHalfOneListed)
{
    // A logo of 300 kB and more citizens, so that a backup takes several copy steps and a kill lands inside one.
    QByteArray logo(300000, Qt::Uninitialized);
    for (qsizetype i = 0; i < logo.size(); ++i)
        logo[i] = static_cast<char>((i * 7919) % 251);
    ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityLogo, QString::fromLatin1(logo.toBase64())).ok());
    Storage::DemoCaseload::Options more { 20, 7, QDate(2026, 11, 1) };
    more.receiptBytes = 6 << 20;
    ASSERT_TRUE(DemoCaseload::generate(*m_file, more).ok());
    auto first = BackupSet(m_folder).make(*m_file, request());
    ASSERT_TRUE(first.ok());
    const QString path = m_file->path();
    m_file.reset();

    int partialsSeen = 0;
    for (int round = 0; round < 8; ++round) {
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            auto file = CaseFile::open(path, TestKit::passphrase(Passphrase));
            if (!file.ok())
                _exit(2);
            const QString id = (*file)->setting(FileSetting::FileId).value();
            for (int i = 0; i < 1000; ++i) {
                BackupSet::Request r;
                r.fileId = id;
                r.caseFilePath = path;
                r.createFolder = true;
                (void)BackupSet(m_folder).make(**file, r);
            }
            _exit(0);
        }
        usleep(150000 + QRandomGenerator::global()->bounded(400000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status)) << "killed in the middle of its backups";
        const QStringList names
            = QDir(m_folder).entryList({ QStringLiteral(".*.partial-*") }, QDir::Files | QDir::Hidden);
        partialsSeen += names.isEmpty() ? 0 : 1;

        // Every listed backup is whole and checks in full.
        auto file = CaseFile::open(path, TestKit::passphrase(Passphrase));
        ASSERT_TRUE(file.ok()) << "the case file survives " << qPrintable(errorCodeName(file.code()));
        const QList<Backup> listed = BackupSet(m_folder).backupsOf(m_fileId);
        ASSERT_FALSE(listed.isEmpty());
        for (const Backup &b : listed)
            EXPECT_TRUE((*file)->verifyCopy(b.path).ok()) << "round " << round;
        // The next backup clears what the killed one left.
        auto next = BackupSet(m_folder).make(**file, request());
        ASSERT_TRUE(next.ok());
        EXPECT_TRUE(QDir(m_folder).entryList({ QStringLiteral(".*.partial-*") }, QDir::Files | QDir::Hidden).isEmpty());
    }
    EXPECT_GT(partialsSeen, 0) << "at least one kill fell inside a copy";
}
