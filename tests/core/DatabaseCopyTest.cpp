#include "storage/DatabaseCopy.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "security/FileHeader.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/PrivateFile.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <gtest/gtest.h>
#include <thread>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Domain::FileSetting;
using Security::SecureBytes;

namespace {

constexpr const char *Passphrase = "fjordlys-brombær-cykelhjelm-17";
constexpr const char *NewPassphrase = "søndag-havkajak-lyngbakke-42";

class DatabaseCopyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(DemoCaseload::generate(*m_file, { 40, 13, QDate(2026, 11, 1) }).ok());
        // A logo of 400 kB, so that the file takes a few copy steps of 1 MiB.
        QByteArray logo(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < logo.size(); ++i)
            logo[i] = static_cast<char>((i * 7919) % 251);
        ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityLogo, QString::fromLatin1(logo.toBase64())).ok());
    }

    QString dumpOf(const QString &path, const char *passphrase)
    {
        auto file = CaseFile::open(path, TestKit::passphrase(passphrase));
        EXPECT_TRUE(file.ok()) << (file.ok() ? "" : qPrintable(errorCodeName(file.code())));
        return file.ok() ? TestKit::dumpCaseload(*(*file)->database()) : QString();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace

TEST_F(DatabaseCopyTest, ACopyHasTheSameHeaderPassesTheFullCheckAndHoldsTheSameData)
{
    const QString copy = m_dir.path(QStringLiteral("copy.traedesten"));
    ASSERT_TRUE(m_file->copyTo(copy).ok());
    EXPECT_EQ(QFileInfo(copy).permissions() & 0x0077, 0) << "the copy is the user's alone";
    EXPECT_TRUE(QFileInfo(copy).permissions() & QFileDevice::ReadOwner);
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral("-journal")));
    EXPECT_TRUE(m_file->verifyCopy(copy).ok());
    QFile bytes(copy);
    ASSERT_TRUE(bytes.open(QIODevice::ReadOnly));
    EXPECT_EQ(bytes.read(Security::FileHeader::Size), m_file->header().bytes());
    bytes.close();

    const QString original = TestKit::dumpCaseload(*m_file->database());
    m_file.reset();
    EXPECT_EQ(dumpOf(copy, Passphrase), original) << "the copy opens with the same passphrase and is the same";
}

TEST_F(DatabaseCopyTest, ChangesCommittedWhileTheCopyRunsReachIt)
{
    const QString copy = m_dir.path(QStringLiteral("copy.traedesten"));
    std::atomic<bool> started = false;
    std::atomic<bool> written = false;
    std::atomic<bool> done = false;
    Status copied;
    std::thread worker([&] {
        copied = m_file->copyTo(copy, [&](qint64, qint64) {
            started = true;
            // Half-way through, wait for the writes below (at most 10 s).
            for (int i = 0; i < 10000 && !written; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return true;
        });
        done = true;
    });
    while (!started && !done)
        std::this_thread::yield();
    if (!started) {
        worker.join();
        FAIL() << "the copy took one step only: the test needs a larger file";
    }
    // The GUI thread goes on writing through the same connection while the copy is half done.
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Kommune %1").arg(i)).ok());
    written = true;
    worker.join();
    ASSERT_TRUE(copied.ok()) << qPrintable(copied.error().detail);
    const Status verified = m_file->verifyCopy(copy);
    EXPECT_TRUE(verified.ok()) << qPrintable(verified.ok() ? QString() : verified.error().detail);
    const QString original = TestKit::dumpCaseload(*m_file->database());
    m_file.reset();
    const QString copyDump = dumpOf(copy, Passphrase);
    EXPECT_TRUE(copyDump.contains(QStringLiteral("Kommune 19")));
    EXPECT_EQ(copyDump, original);
}

TEST_F(DatabaseCopyTest, ACopyUnderANewHeaderOpensWithTheNewPassphraseOnly)
{
    auto header = Security::FileHeader::generate(TestKit::fastKdf());
    ASSERT_TRUE(header.ok());
    auto key = Security::KeyDerivation::deriveKey(TestKit::passphrase(NewPassphrase), *header);
    ASSERT_TRUE(key.ok());
    header->setKeyCheck(*key);
    const QString copy = m_dir.path(QStringLiteral("rekeyed.traedesten"));
    ASSERT_TRUE(m_file->copyTo(copy, *header, *key).ok());
    EXPECT_EQ(m_file->verifyCopy(copy).code(), ErrorCode::Damaged) << "the old key does not read the new copy";
    SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(*key, header->bytes());
    EXPECT_TRUE(DatabaseCopy::verify(copy, literal, header->bytes()).ok());

    const QString original = TestKit::dumpCaseload(*m_file->database());
    m_file.reset();
    EXPECT_EQ(CaseFile::open(copy, TestKit::passphrase(Passphrase)).code(), ErrorCode::WrongPassphrase);
    EXPECT_EQ(dumpOf(copy, NewPassphrase), original);
}

TEST_F(DatabaseCopyTest, ADamagedPageIsFoundByTheFullCheckOnly)
{
    const QString copy = m_dir.path(QStringLiteral("copy.traedesten"));
    ASSERT_TRUE(m_file->copyTo(copy).ok());
    QFile bytes(copy);
    ASSERT_TRUE(bytes.open(QIODevice::ReadWrite));
    const qint64 pages = bytes.size() / 4096;
    ASSERT_GT(pages, 4);
    bytes.seek((pages - 2) * 4096 + 100);
    const char flipped = static_cast<char>(bytes.peek(1).at(0) ^ 0x20);
    bytes.write(&flipped, 1);
    bytes.close();
    EXPECT_TRUE(m_file->verifyCopy(copy, DatabaseCopy::Depth::Open).ok()) << "the header and page 1 are fine";
    EXPECT_EQ(m_file->verifyCopy(copy).code(), ErrorCode::Damaged);
}

TEST_F(DatabaseCopyTest, LockingStopsACopyAndNothingIsLeft)
{
    const QString copy = m_dir.path(QStringLiteral("copy.traedesten"));
    std::atomic<bool> started = false;
    Status copied;
    std::atomic<bool> done = false;
    std::thread worker([&] {
        copied = m_file->copyTo(copy, [&](qint64, qint64) {
            started = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(200)); // lock() comes meanwhile
            return true;
        });
        done = true;
    });
    while (!started && !done)
        std::this_thread::yield();
    if (!started) {
        worker.join();
        FAIL() << "the copy took one step only: the test needs a larger file";
    }
    m_file->lock(); // waits for the copy to stop
    worker.join();
    EXPECT_EQ(copied.code(), ErrorCode::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(copy));
    EXPECT_FALSE(QFileInfo::exists(copy + QStringLiteral("-journal")));
    EXPECT_EQ(m_file->copyTo(copy).code(), ErrorCode::Locked);
    EXPECT_EQ(m_file->verifyCopy(copy).code(), ErrorCode::Locked);
}

TEST_F(DatabaseCopyTest, AnExistingFileOrAMissingFolderIsRefusedAndLeftAlone)
{
    const QString existing = m_dir.path(QStringLiteral("existing.traedesten"));
    {
        QFile f(existing);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    EXPECT_EQ(m_file->copyTo(existing).code(), ErrorCode::AlreadyExists);
    QFile f(existing);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("keep me"));
    EXPECT_EQ(m_file->copyTo(m_dir.path(QStringLiteral("no/such/folder/copy.traedesten"))).code(), ErrorCode::NotFound);
}

TEST(PrivateFileReplace, ReplacesInOneStep)
{
    TestKit::TempFolder dir;
    const QString a = dir.path(QStringLiteral("a"));
    const QString b = dir.path(QStringLiteral("b"));
    ASSERT_TRUE(PrivateFile::write(a, "new").ok());
    ASSERT_TRUE(PrivateFile::write(b, "old").ok());
    ASSERT_TRUE(PrivateFile::replace(a, b).ok());
    QFile f(b);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("new"));
    EXPECT_FALSE(QFileInfo::exists(a));
    EXPECT_EQ(PrivateFile::replace(a, b).code(), ErrorCode::NotFound);
}
