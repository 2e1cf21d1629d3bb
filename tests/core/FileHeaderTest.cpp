// The case file's first 16 bytes, as a probe of damaged files found them (issue 13, item 7): garbage is
// damaged, a damaged header byte is "wrong passphrase or damaged", and no header makes an open take long.
#include "security/FileHeader.h"

#include "TestSupport.h"
#include "security/KdfParameters.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Security::FileHeader;
using Security::KdfParameters;

namespace {

constexpr const char *Passphrase = "tågehorn-fjordlys-brombær-41";

/// Whether a header's bytes 1 and 2 look like key-derivation parameters (what a newer format keeps).
bool plausibleParameters(quint8 memoryLog2, quint8 passes)
{
    return memoryLog2 >= 16 && memoryLog2 <= 22 && passes >= 1 && passes <= 64;
}

/// One Argon2id derivation at @p p, in milliseconds.
qint64 deriveMs(const KdfParameters &p)
{
    auto header = FileHeader::generate(KdfParameters { KdfParameters::MinimumMemoryKiB, 1 }).value();
    QByteArray bytes = header.bytes();
    bytes[1] = static_cast<char>(std::countr_zero(p.memoryKiB));
    bytes[2] = static_cast<char>(p.opsLimit);
    const auto probe = FileHeader::parse(bytes);
    EXPECT_TRUE(probe.ok());
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(Security::KeyDerivation::deriveKey(TestKit::passphrase(Passphrase), probe.value()).ok());
    return timer.elapsed();
}

class FileHeaderTest : public ::testing::Test
{
protected:
    QString createClosedFile()
    {
        const QString path = m_dir.caseFile();
        auto file = CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf());
        EXPECT_TRUE(file.ok());
        return path;
    }

    TestKit::TempFolder m_dir;
};

} // namespace

TEST(KdfBoundsTest, WhatAHeaderMayAskForIsBoundedAndEveryEarlierCalibrationStillFits)
{
    constexpr quint32 MiB = 1024;
    // Every file calibrate() could have made on a computer up to as fast as the build VM: 64 MiB with up to 32
    // passes, 128 MiB with up to 16, 256 MiB with up to 8 (the VM's own choice for 1 s).
    for (quint32 passes = 1; passes <= 32; ++passes)
        EXPECT_TRUE((KdfParameters { 64 * MiB, passes }.isValid())) << passes;
    for (quint32 passes = 1; passes <= 16; ++passes)
        EXPECT_TRUE((KdfParameters { 128 * MiB, passes }.isValid())) << passes;
    for (quint32 passes = 1; passes <= 8; ++passes)
        EXPECT_TRUE((KdfParameters { 256 * MiB, passes }.isValid())) << passes;
    // The bounds: 1 GiB of memory, 2 GiB passed (about 2 s on a laptop, see KdfParameters).
    EXPECT_TRUE((KdfParameters { 1024 * MiB, 2 }.isValid()));
    EXPECT_TRUE((KdfParameters { 512 * MiB, 4 }.isValid()));
    EXPECT_FALSE((KdfParameters { 256 * MiB, 9 }.isValid()));
    EXPECT_FALSE((KdfParameters { 1024 * MiB, 3 }.isValid()));
    EXPECT_FALSE((KdfParameters { 64 * MiB, 33 }.isValid()));
    EXPECT_FALSE((KdfParameters { 2048 * MiB, 1 }.isValid()));
    EXPECT_FALSE((KdfParameters { 4096u * MiB, 1 }.isValid())); // what a header could ask for before
    // Calibration never asks for more than a header may.
    EXPECT_EQ(KdfParameters::CalibrationMaximumWorkKiB, KdfParameters::MaximumWorkKiB);
    const auto quick = Security::KeyDerivation::calibrate(std::chrono::milliseconds(1));
    EXPECT_LE(quick.parameters.workKiB(), KdfParameters::CalibrationMaximumWorkKiB);
}

TEST(KdfBoundsTest, HeaderBytesBeyondTheBoundsAreDamagedWithoutAnyKeyDerivation)
{
    auto header = FileHeader::generate(KdfParameters { KdfParameters::MinimumMemoryKiB, 1 }).value();
    const QByteArray good = header.bytes();
    struct Case
    {
        int memoryLog2;
        int passes;
    };
    for (const Case c : { Case { 21, 1 }, Case { 22, 1 }, Case { 18, 33 }, Case { 18, 64 }, Case { 20, 9 },
             Case { 19, 17 }, Case { 16, 65 }, Case { 16, 0 }, Case { 15, 1 }, Case { 255, 255 } }) {
        QByteArray bytes = good;
        bytes[1] = static_cast<char>(c.memoryLog2);
        bytes[2] = static_cast<char>(c.passes);
        EXPECT_EQ(FileHeader::parse(bytes).code(), ErrorCode::Damaged) << c.memoryLog2 << " " << c.passes;
    }
}

// Each of the 256 first bytes, with random bytes after it: refused as damaged. The one exception the rule
// allows is stated exactly: a first byte 2..15 whose bytes 1 and 2 look like key-derivation parameters is
// "made by a newer version" (every later format keeps those two bytes), and a first byte 1 with such
// parameters is a header of ours, so only the key check can refuse it ("wrong passphrase, or damaged").
TEST_F(FileHeaderTest, RandomFilesWithEachFirstByteAreRefusedAsDamaged)
{
    QRandomGenerator random(202612);
    const QString path = m_dir.caseFile("random");
    const auto randomFile = [&](quint8 first, std::optional<std::pair<quint8, quint8>> parameters) {
        QByteArray bytes(2 * 4096, Qt::Uninitialized);
        for (char &b : bytes)
            b = static_cast<char>(random.bounded(256));
        bytes[0] = static_cast<char>(first);
        if (parameters) {
            bytes[1] = static_cast<char>(parameters->first);
            bytes[2] = static_cast<char>(parameters->second);
        } else {
            while (plausibleParameters(static_cast<quint8>(bytes[1]), static_cast<quint8>(bytes[2])))
                bytes[1] = static_cast<char>(random.bounded(256));
        }
        return bytes;
    };
    for (int first = 0; first < 256; ++first) {
        // Random bytes 1 and 2 (not key-derivation parameters): damaged, whatever the first byte.
        for (int i = 0; i < 4; ++i) {
            const QByteArray bytes = randomFile(static_cast<quint8>(first), std::nullopt);
            ASSERT_TRUE(TestKit::writeBytes(path, bytes));
            EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::Damaged)
                << "first byte " << first;
            EXPECT_EQ(TestKit::readBytes(path), bytes);
        }
        // Bytes 1 and 2 that look like parameters (64 MiB, one pass).
        const QByteArray bytes = randomFile(static_cast<quint8>(first), std::pair<quint8, quint8>(16, 1));
        ASSERT_TRUE(TestKit::writeBytes(path, bytes));
        const ErrorCode expected = first == 1 ? ErrorCode::WrongPassphrase
            : first >= 2 && first <= 15       ? ErrorCode::NewerVersion
                                              : ErrorCode::Damaged;
        EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), expected) << "first byte " << first;
        EXPECT_EQ(TestKit::readBytes(path), bytes);
    }
    // Wholly random headers, 1,000 for each first byte: the rule above is all there is.
    for (int first = 0; first < 256; ++first) {
        int newer = 0;
        for (int i = 0; i < 1000; ++i) {
            QByteArray bytes(FileHeader::Size, Qt::Uninitialized);
            for (char &b : bytes)
                b = static_cast<char>(random.bounded(256));
            bytes[0] = static_cast<char>(first);
            const auto header = FileHeader::parse(bytes);
            const bool plausible = plausibleParameters(static_cast<quint8>(bytes[1]), static_cast<quint8>(bytes[2]));
            if (first >= 2 && first <= 15 && plausible) {
                EXPECT_EQ(header.code(), ErrorCode::NewerVersion);
                ++newer;
            } else if (first == 1 && header.ok()) {
                EXPECT_TRUE(header->parameters().isValid()); // then only the key check can refuse it
            } else {
                EXPECT_EQ(header.code(), ErrorCode::Damaged) << "first byte " << first;
            }
        }
        if (first < 2 || first > 15)
            EXPECT_EQ(newer, 0);
        else
            EXPECT_LT(newer, 30) << "about 7 in 1,000 (7/256 x 64/256)";
    }
}

// Every bit of every header byte flipped in a real file, opened with the right passphrase: damaged, or
// "wrong passphrase or damaged" (the key check cannot tell them apart), or, only for a first byte that
// becomes 2..15, "newer version". Never a long wait: no flip may ask for more than the bound.
TEST_F(FileHeaderTest, EveryAlteredHeaderByteIsDamagedOrWrongPassphraseAndNeverSlow)
{
    const QString path = createClosedFile();
    const QByteArray original = TestKit::readBytes(path);
    const qint64 atTheBound = deriveMs(KdfParameters { 256 * 1024, 4 }) * 2; // 256 MiB x 8, estimated
    qint64 slowest = 0;
    for (int at = 0; at < FileHeader::Size; ++at) {
        // Bytes 0-2 (format and parameters) every bit; salt and key check their lowest and highest bit.
        for (int bit = 0; bit < 8; ++bit) {
            if (at > 2 && bit != 0 && bit != 7)
                continue;
            QByteArray altered = original;
            altered[at] = static_cast<char>(altered[at] ^ (1 << bit));
            ASSERT_TRUE(TestKit::writeBytes(path, altered));
            QElapsedTimer timer;
            timer.start();
            const auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
            slowest = std::max(slowest, timer.elapsed());
            ASSERT_FALSE(result.ok()) << "byte " << at << " bit " << bit;
            const quint8 first = static_cast<quint8>(altered[0]);
            if (at == 0 && first >= 2 && first <= 15)
                EXPECT_EQ(result.code(), ErrorCode::NewerVersion) << "byte 0 -> " << int(first);
            else
                EXPECT_TRUE(result.code() == ErrorCode::WrongPassphrase || result.code() == ErrorCode::Damaged)
                    << "byte " << at << " bit " << bit << ": " << qPrintable(result.error().detail);
            EXPECT_EQ(TestKit::readBytes(path), altered);
        }
    }
    EXPECT_LT(slowest, atTheBound * 3 / 2 + 1000);
    ASSERT_TRUE(TestKit::writeBytes(path, original));
    EXPECT_TRUE(CaseFile::open(path, TestKit::passphrase(Passphrase)).ok());
}

// A header altered to ask for the most a header may (1 GiB of memory, 2 passes: the work bound) is
// refused after one derivation at the bound; on the build VM about 1.9 s quiet (KdfParameters), where the
// unbounded header took 3 min 45 s and 4.2 GB. The wall-time bound is relative to this machine's speed
// now (the tests share the CPU), with an absolute ceiling far below the old cost.
TEST_F(FileHeaderTest, HeaderAskingForTheMostAllowedIsRefusedWithinTheBoundsTime)
{
    const QString path = createClosedFile();
    QByteArray bytes = TestKit::readBytes(path);
    bytes[1] = static_cast<char>(std::countr_zero(KdfParameters::MaximumMemoryKiB));
    bytes[2] = static_cast<char>(KdfParameters::MaximumWorkKiB / KdfParameters::MaximumMemoryKiB);
    ASSERT_TRUE(FileHeader::parse(bytes).ok());
    ASSERT_EQ(FileHeader::parse(bytes)->parameters().workKiB(), KdfParameters::MaximumWorkKiB);
    ASSERT_TRUE(TestKit::writeBytes(path, bytes));

    const qint64 unit = deriveMs(KdfParameters { 1024 * 1024, 1 }); // half the bound's work, at its memory
    QElapsedTimer timer;
    timer.start();
    const auto result = CaseFile::open(path, TestKit::passphrase(Passphrase));
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(result.code(), ErrorCode::WrongPassphrase);
    std::printf("[ info     ] the bound's derivation: %lld ms (2 x 1 GiB x 1: %lld ms)\n",
        static_cast<long long>(elapsed), static_cast<long long>(2 * unit));
    EXPECT_LT(elapsed, 2 * unit * 2 + 1000);
    EXPECT_LT(elapsed, 60000);
    // One step beyond the bound is refused at once, without deriving anything.
    bytes[2] = static_cast<char>(bytes[2] + 1);
    ASSERT_TRUE(TestKit::writeBytes(path, bytes));
    timer.restart();
    EXPECT_EQ(CaseFile::open(path, TestKit::passphrase(Passphrase)).code(), ErrorCode::Damaged);
    EXPECT_LT(timer.elapsed(), 500);
}
