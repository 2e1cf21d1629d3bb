#include "storage/PassphraseChange.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/AuditEvent.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <iostream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Domain::FileSetting;
using Security::SecureBytes;

namespace {

constexpr const char *OldPassphrase = "fjordlys-brombær-cykelhjelm-17";
constexpr const char *NewPassphrase = "søndag-havkajak-lyngbakke-42";

qint64 passphraseChangedEvents(Database &db)
{
    Statement s = db.prepare("SELECT count(*) FROM audit_event WHERE action = ?1");
    s.bind(1, Domain::auditActionName(Domain::AuditAction::PassphraseChanged));
    return s.next() ? s.int64(0) : -1;
}

/// Files beside the case file whose names say they are a change's temporary copy.
QStringList strayCopies(const QString &path)
{
    const QFileInfo info(path);
    QStringList found;
    for (const QString &name : info.absoluteDir().entryList(QDir::Files | QDir::Hidden)) {
        if (name.startsWith(info.fileName() + QStringLiteral(".rekey-")))
            found << name;
    }
    return found;
}

class PassphraseChangeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.caseFile();
        auto file = CaseFile::create(m_path, TestKit::passphrase(OldPassphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        DemoCaseload::Options options { 40, 13, QDate(2026, 11, 1) };
        options.receiptBytes = m_receiptBytes;
        ASSERT_TRUE(DemoCaseload::generate(*m_file, options).ok());
        m_dump = TestKit::dumpCaseload(*m_file->database());
    }

    /// Opens @p path with @p passphrase: the dump, or an empty string and the error code.
    QString dumpOf(const QString &path, const char *passphrase, ErrorCode *code = nullptr)
    {
        auto file = CaseFile::open(path, TestKit::passphrase(passphrase));
        if (!file) {
            if (code)
                *code = file.code();
            return {};
        }
        EXPECT_TRUE((*file)->database()->checkIntegrity().ok());
        return TestKit::dumpCaseload(*(*file)->database());
    }

    qint64 m_receiptBytes = 0;
    TestKit::TempFolder m_dir;
    QString m_path;
    std::unique_ptr<CaseFile> m_file;
    QString m_dump;
};

} // namespace

TEST_F(PassphraseChangeTest, AWrongOldPassphraseIsRefusedAndNothingChanges)
{
    m_file.reset();
    const QByteArray before = TestKit::readBytes(m_path);
    auto file = CaseFile::open(m_path, TestKit::passphrase(OldPassphrase));
    ASSERT_TRUE(file.ok());
    const QByteArray afterOpen = TestKit::readBytes(m_path); // opening itself records an event
    ASSERT_NE(afterOpen, before);

    const Status s = (*file)->changePassphrase(
        TestKit::passphrase("forkert-gammel-kode-99"), TestKit::passphrase(NewPassphrase), TestKit::fastKdf());
    EXPECT_EQ(s.code(), ErrorCode::WrongPassphrase);
    EXPECT_EQ(TestKit::readBytes(m_path), afterOpen) << "not one byte of the file changed";
    EXPECT_TRUE(strayCopies(m_path).isEmpty());
    EXPECT_FALSE((*file)->isLocked()) << "the file stays open";
    EXPECT_TRUE((*file)->setting(FileSetting::Currency).ok());
    file->reset();

    ErrorCode code = ErrorCode::Internal;
    EXPECT_EQ(dumpOf(m_path, NewPassphrase, &code), QString());
    EXPECT_EQ(code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(dumpOf(m_path, OldPassphrase), m_dump);
}

TEST_F(PassphraseChangeTest, TheNewPassphraseOpensTheOldIsRefusedAndTheDataAreTheSame)
{
    const QByteArray oldHeader = m_file->header().bytes();
    const Status s = m_file->changePassphrase(
        TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf());
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().detail);

    // The same object goes on, open, under the new header.
    EXPECT_FALSE(m_file->isLocked());
    EXPECT_NE(m_file->header().bytes(), oldHeader) << "a new salt";
    EXPECT_EQ(m_file->header().parameters(), TestKit::fastKdf());
    EXPECT_EQ(TestKit::readBytes(m_path).left(Security::FileHeader::Size), m_file->header().bytes());
    EXPECT_EQ(TestKit::dumpCaseload(*m_file->database()), m_dump);
    EXPECT_EQ(passphraseChangedEvents(*m_file->database()), 1);
    EXPECT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Furesø Kommune")).ok());
    EXPECT_EQ(CaseFile::open(m_path, TestKit::passphrase(NewPassphrase)).code(), ErrorCode::InUse)
        << "the lock file was held throughout";
    EXPECT_TRUE(strayCopies(m_path).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_path + QStringLiteral("-journal")));
    EXPECT_EQ(QFileInfo(m_path).permissions() & 0x0077, 0) << "still the user's alone";
    // Locking and unlocking go on with the new passphrase.
    m_file->lock();
    EXPECT_EQ(m_file->unlock(TestKit::passphrase(OldPassphrase)).code(), ErrorCode::WrongPassphrase);
    EXPECT_TRUE(m_file->unlock(TestKit::passphrase(NewPassphrase)).ok());
    const QString dumpWithName = TestKit::dumpCaseload(*m_file->database());
    m_file.reset();

    ErrorCode code = ErrorCode::Internal;
    EXPECT_EQ(dumpOf(m_path, OldPassphrase, &code), QString());
    EXPECT_EQ(code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(dumpOf(m_path, NewPassphrase), dumpWithName);
    EXPECT_TRUE(dumpWithName.contains(QStringLiteral("Furesø Kommune")));
}

TEST_F(PassphraseChangeTest, AnEmptyNewPassphraseIsRefused)
{
    EXPECT_EQ(m_file->changePassphrase(TestKit::passphrase(OldPassphrase), TestKit::passphrase(""), TestKit::fastKdf())
                  .code(),
        ErrorCode::InvalidInput);
    m_file->lock();
    EXPECT_EQ(m_file
                  ->changePassphrase(
                      TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf())
                  .code(),
        ErrorCode::Locked);
}

TEST_F(PassphraseChangeTest, AWriteAfterTheCopyIsNotLostTheFileIsCopiedAgain)
{
    auto change = PassphraseChange::prepare(
        m_file->header(), TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf());
    ASSERT_TRUE(change.ok());
    ASSERT_TRUE((*change)->copy(*m_file).ok());
    EXPECT_EQ(strayCopies(m_path).size(), 1);
    // The GUI wrote while the copy finished.
    ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Skrevet imens")).ok());
    const QByteArray oldHeader = m_file->header().bytes();
    const Status refused = (*change)->commit(*m_file);
    EXPECT_EQ(refused.code(), ErrorCode::Cancelled);
    EXPECT_TRUE((*change)->writtenSinceCopy());
    EXPECT_EQ(m_file->header().bytes(), oldHeader) << "nothing was replaced";
    EXPECT_TRUE(strayCopies(m_path).isEmpty());
    EXPECT_FALSE(m_file->isLocked());

    ASSERT_TRUE((*change)->copy(*m_file).ok());
    ASSERT_TRUE((*change)->commit(*m_file).ok());
    EXPECT_TRUE((*change)->committed());
    m_file.reset();
    EXPECT_TRUE(dumpOf(m_path, NewPassphrase).contains(QStringLiteral("Skrevet imens")));
}

TEST_F(PassphraseChangeTest, ACaseFileOpenedThroughALinkIsChangedWhereItLiesAndTheLinkStays)
{
    m_file.reset();
    QDir(m_dir.path(QString())).mkdir(QStringLiteral("real"));
    const QString real = m_dir.path(QStringLiteral("real/caseload.traedesten"));
    ASSERT_TRUE(QFile::rename(m_path, real));
    ASSERT_TRUE(QFile::link(real, m_path));
    auto file = CaseFile::open(m_path, TestKit::passphrase(OldPassphrase));
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE((*file)
                    ->changePassphrase(
                        TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf())
                    .ok());
    EXPECT_TRUE(QFileInfo(m_path).isSymLink()) << "the link was not replaced by a file";
    EXPECT_TRUE(strayCopies(real).isEmpty());
    file->reset();
    ErrorCode code = ErrorCode::Internal;
    EXPECT_EQ(dumpOf(real, OldPassphrase, &code), QString());
    EXPECT_EQ(code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(dumpOf(real, NewPassphrase), m_dump);
    EXPECT_EQ(dumpOf(m_path, NewPassphrase), m_dump);
}

TEST_F(PassphraseChangeTest, StrayCopiesBesideTheFileAreRemovedWhenItIsOpened)
{
    m_file.reset();
    const QString stray = m_path + QStringLiteral(".rekey-00000000deadbeef");
    ASSERT_TRUE(TestKit::writeBytes(stray, QByteArray(8192, 'x')));
    ASSERT_TRUE(TestKit::writeBytes(stray + QStringLiteral("-journal"), QByteArray(512, 'j')));
    const QString otherFile = m_dir.path(QStringLiteral("other.traedesten.rekey-0000000000000001"));
    const QString unrelated = m_path + QStringLiteral(".bak");
    ASSERT_TRUE(TestKit::writeBytes(otherFile, "other"));
    ASSERT_TRUE(TestKit::writeBytes(unrelated, "bak"));

    ErrorCode code = ErrorCode::Internal;
    EXPECT_EQ(dumpOf(m_path, NewPassphrase, &code), QString());
    EXPECT_EQ(code, ErrorCode::WrongPassphrase);
    EXPECT_FALSE(QFileInfo::exists(stray)) << "removed once the lock is held, before the key is even checked";
    EXPECT_FALSE(QFileInfo::exists(stray + QStringLiteral("-journal")));
    EXPECT_TRUE(QFileInfo::exists(otherFile)) << "another file's copy is not ours to remove";
    EXPECT_TRUE(QFileInfo::exists(unrelated));
    EXPECT_EQ(dumpOf(m_path, OldPassphrase), m_dump);
}

TEST_F(PassphraseChangeTest, ABackupIsReencryptedInPlaceWithItsDataAndTimeKept)
{
    const QString backup = m_dir.path(QStringLiteral("backup-1.traedesten"));
    ASSERT_TRUE(m_file->copyTo(backup).ok());
    auto change = PassphraseChange::prepare(
        m_file->header(), TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf());
    ASSERT_TRUE(change.ok());
    ASSERT_TRUE((*change)->copy(*m_file).ok());
    ASSERT_TRUE((*change)->commit(*m_file).ok());
    // A backup in use elsewhere is not touched.
    {
        auto inUse = CaseFile::open(backup, TestKit::passphrase(OldPassphrase));
        ASSERT_TRUE(inUse.ok());
        EXPECT_EQ((*change)->reencrypt(backup).code(), ErrorCode::InUse);
    }

    const QDateTime madeAt = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile f(backup);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.setFileTime(madeAt, QFileDevice::FileModificationTime));
    }
    QString backupDump;
    qint64 backupAudit = 0;
    {
        SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(
            *CaseFile::deriveKey(m_file->header(), TestKit::passphrase(NewPassphrase)), m_file->header().bytes());
        EXPECT_EQ(Database::open(backup, literal, Database::Mode::ReadOnly).code(), ErrorCode::Damaged);
    }
    {
        auto header = CaseFile::readHeader(backup);
        ASSERT_TRUE(header.ok());
        SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(
            *CaseFile::deriveKey(*header, TestKit::passphrase(OldPassphrase)), header->bytes());
        auto db = Database::open(backup, literal, Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok());
        backupDump = TestKit::dumpCaseload(**db);
        backupAudit = TestKit::auditCount(**db);
    }

    const Status s = (*change)->reencrypt(backup);
    ASSERT_TRUE(s.ok()) << qPrintable(s.error().detail);
    EXPECT_TRUE(strayCopies(backup).isEmpty());
    EXPECT_FALSE(QFileInfo::exists(backup + QStringLiteral(".lock")));
    EXPECT_EQ(QFileInfo(backup).lastModified().toSecsSinceEpoch(), madeAt.toSecsSinceEpoch());
    EXPECT_EQ(QFileInfo(backup).permissions() & 0x0077, 0);
    EXPECT_TRUE((*change)->reencrypt(backup).ok()) << "a second run finds it done";
    {
        SecureBytes literal
            = Security::KeyDerivation::sqlcipherKeyLiteral((*change)->newKey(), (*change)->newHeader().bytes());
        EXPECT_TRUE(DatabaseCopy::verify(backup, literal, (*change)->newHeader().bytes()).ok());
        auto db = Database::open(backup, literal, Database::Mode::ReadOnly);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(TestKit::dumpCaseload(**db), backupDump);
        EXPECT_EQ(TestKit::auditCount(**db), backupAudit) << "the backup's audit log is as it was";
    }
    ErrorCode code = ErrorCode::Internal;
    EXPECT_EQ(dumpOf(backup, OldPassphrase, &code), QString());
    EXPECT_EQ(code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(dumpOf(backup, NewPassphrase), backupDump);
}

TEST_F(PassphraseChangeTest, ReencryptFileWithAWrongOldPassphraseLeavesTheFileAsItWas)
{
    m_file.reset();
    const QByteArray before = TestKit::readBytes(m_path);
    EXPECT_EQ(PassphraseChange::reencryptFile(m_path, TestKit::passphrase("ikke-den-rigtige-1234"),
                  TestKit::passphrase(NewPassphrase), TestKit::fastKdf())
                  .code(),
        ErrorCode::WrongPassphrase);
    EXPECT_EQ(TestKit::readBytes(m_path), before);
    EXPECT_TRUE(strayCopies(m_path).isEmpty());

    ASSERT_TRUE(PassphraseChange::reencryptFile(
        m_path, TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf())
                    .ok());
    EXPECT_EQ(dumpOf(m_path, NewPassphrase), m_dump);
    EXPECT_EQ(PassphraseChange::reencryptFile(m_dir.path(QStringLiteral("missing.traedesten")),
                  TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf())
                  .code(),
        ErrorCode::NotFound);
}

namespace {

class PassphraseChangeOfALargerFileTest : public PassphraseChangeTest
{
protected:
    void SetUp() override
    {
        m_receiptBytes = 3 * 1000 * 1000; // a file of a few MB: the copy takes several steps
        PassphraseChangeTest::SetUp();
    }
};

} // namespace

TEST_F(PassphraseChangeOfALargerFileTest, AKillAtAnyMomentLeavesAFileThatOpensWithExactlyOnePassphrase)
{
    constexpr int Runs = 100;
    ASSERT_GT(QFileInfo(m_path).size(), 3 * 1024 * 1024);

    m_file.reset();
    const char *passphrases[2] = { OldPassphrase, NewPassphrase };
    int current = 0; // the file opens with passphrases[current]
    int changes = 0; // PassphraseChanged events the file must hold

    // The child opens the file, says 'r', changes the passphrase saying 'c' once the copy has begun, 'v' when the
    // checked copy is ready (only the commit is left), and 'd' when done.
    const auto startChild = [&](int *readEnd) -> pid_t {
        int pipeEnds[2];
        if (pipe(pipeEnds) != 0)
            return -1;
        const pid_t child = fork();
        if (child == 0) {
            close(pipeEnds[0]);
            const int out = pipeEnds[1];
            const char *from = passphrases[current];
            const char *to = passphrases[1 - current];
            auto file = CaseFile::open(m_path, TestKit::passphrase(from));
            if (!file || write(out, "r", 1) != 1)
                _exit(2);
            bool copying = false;
            // The steps CaseFile::changePassphrase takes, so that the parent hears when only commit() is left.
            auto change = PassphraseChange::prepare(
                (*file)->header(), TestKit::passphrase(from), TestKit::passphrase(to), TestKit::fastKdf());
            if (!change)
                _exit(3);
            Status s = (*change)->copy(**file, [&](qint64, qint64) {
                if (!copying)
                    copying = write(out, "c", 1) == 1;
                return true;
            });
            if (s && write(out, "v", 1) == 1)
                s = (*change)->commit(**file);
            _exit(s.ok() && write(out, "d", 1) == 1 ? 0 : 4);
        }
        close(pipeEnds[1]);
        *readEnd = pipeEnds[0];
        return child;
    };
    const auto waitFor = [](int fd, char expected) {
        char got = 0;
        while (read(fd, &got, 1) == 1) {
            if (got == expected)
                return true;
        }
        return false;
    };

    // Two changes that run to the end time the child's phases, as slow as a fresh process is (its Argon2 memory
    // is touched for the first time): the kills are then spread over the whole change.
    qint64 totalNs = 0;
    qint64 afterCopyBeganNs = 0;
    qint64 commitNs = 0;
    for (int i = 0; i < 2; ++i) {
        int fd = -1;
        const pid_t child = startChild(&fd);
        ASSERT_GT(child, 0);
        QElapsedTimer timer;
        ASSERT_TRUE(waitFor(fd, 'r'));
        timer.start();
        ASSERT_TRUE(waitFor(fd, 'c'));
        const qint64 copyBegan = timer.nsecsElapsed();
        ASSERT_TRUE(waitFor(fd, 'v'));
        const qint64 copied = timer.nsecsElapsed();
        ASSERT_TRUE(waitFor(fd, 'd'));
        totalNs += timer.nsecsElapsed() / 2;
        afterCopyBeganNs += (timer.nsecsElapsed() - copyBegan) / 2;
        commitNs += (timer.nsecsElapsed() - copied) / 2;
        close(fd);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        current = 1 - current;
        ++changes;
    }

    int changed = 0;
    int unchanged = 0;
    int killedWithACopyOnDisk = 0;
    int finishedBeforeTheKill = 0;
    for (int run = 0; run < Runs; ++run) {
        const char *from = passphrases[current];
        const char *to = passphrases[1 - current];
        // A third of the runs anywhere from the start to past the end; a third from when the copy has begun
        // through the check and the rename; a third in the commit alone (close, rename, reopen), timed from the
        // child's word that the checked copy is ready, so that a slower machine or a busy one still kills there.
        const int phase = run % 3;
        const qint64 spanNs = (phase == 0 ? totalNs : phase == 1 ? afterCopyBeganNs : commitNs) * 21 / 20;
        const qint64 delayNs = qint64(QRandomGenerator::global()->bounded(double(std::max<qint64>(spanNs, 1000))));

        int fd = -1;
        const pid_t child = startChild(&fd);
        ASSERT_GT(child, 0);
        const bool opened = waitFor(fd, 'r');
        if (opened && (phase == 0 || waitFor(fd, phase == 1 ? 'c' : 'v')))
            std::this_thread::sleep_for(std::chrono::nanoseconds(delayNs));
        kill(child, SIGKILL);
        close(fd);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(opened) << "run " << run << ": the child could not open the file (" << WEXITSTATUS(status) << ")";
        if (WIFEXITED(status)) {
            ASSERT_EQ(WEXITSTATUS(status), 0) << "run " << run << ": the change failed without being killed";
            ++finishedBeforeTheKill;
        }
        if (!strayCopies(m_path).isEmpty())
            ++killedWithACopyOnDisk;

        // Exactly one of the two opens it, the other is refused as wrong; the data are whole and the same.
        ErrorCode codeFrom = ErrorCode::Internal;
        ErrorCode codeTo = ErrorCode::Internal;
        auto withTo = CaseFile::open(m_path, TestKit::passphrase(to));
        codeTo = withTo.ok() ? codeTo : withTo.code();
        std::unique_ptr<CaseFile> file;
        if (withTo) {
            file = std::move(withTo).value();
            auto withFrom = CaseFile::deriveKey(file->header(), TestKit::passphrase(from));
            ASSERT_FALSE(withFrom.ok()) << "run " << run;
            codeFrom = withFrom.code();
            ++changes;
            ++changed;
            current = 1 - current;
        } else {
            auto withFrom = CaseFile::open(m_path, TestKit::passphrase(from));
            ASSERT_TRUE(withFrom.ok()) << "run " << run << ": neither passphrase opens the file: "
                                       << qPrintable(errorCodeName(withFrom.code())) << " / "
                                       << qPrintable(errorCodeName(codeTo));
            file = std::move(withFrom).value();
            ++unchanged;
        }
        EXPECT_EQ(withTo.ok() ? codeFrom : codeTo, ErrorCode::WrongPassphrase) << "run " << run;
        EXPECT_TRUE(strayCopies(m_path).isEmpty()) << "run " << run << ": opening removes the dead copy";
        const Status integrity = file->database()->checkIntegrity();
        ASSERT_TRUE(integrity.ok()) << "run " << run;
        ASSERT_EQ(TestKit::dumpCaseload(*file->database()), m_dump) << "run " << run;
        ASSERT_EQ(passphraseChangedEvents(*file->database()), changes)
            << "run " << run << ": the log records each change that happened and no other";
        file.reset();
    }
    std::cout << "[          ] " << Runs << " kills: " << killedWithACopyOnDisk << " with a copy on disk, "
              << finishedBeforeTheKill << " finished first; the file then opened " << unchanged
              << " times with the passphrase before the change, " << changed << " with the one after\n";
    // The kills reached every phase: before the rename (the dead copy), after it, and during the copy.
    EXPECT_GE(std::min(changed, unchanged), 5);
    EXPECT_GE(killedWithACopyOnDisk, 10);
}

TEST_F(PassphraseChangeOfALargerFileTest, ACancelledCopyLeavesNothing)
{
    auto change = PassphraseChange::prepare(
        m_file->header(), TestKit::passphrase(OldPassphrase), TestKit::passphrase(NewPassphrase), TestKit::fastKdf());
    ASSERT_TRUE(change.ok());
    EXPECT_EQ((*change)->copy(*m_file, [](qint64, qint64) { return false; }).code(), ErrorCode::Cancelled);
    EXPECT_TRUE(strayCopies(m_path).isEmpty());
    EXPECT_EQ((*change)->commit(*m_file).code(), ErrorCode::Internal) << "no copy to rename";
    EXPECT_FALSE(m_file->isLocked());
}
