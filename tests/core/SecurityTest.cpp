#include "TestSupport.h"
#include "security/FileHeader.h"
#include "security/KeyDerivation.h"
#include "security/PassphraseStrength.h"
#include "security/SecureBytes.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Security;

TEST(FileHeader, CarriesItsKdfParametersThroughParse)
{
    const KdfParameters params { 256u * 1024u, 3 };
    auto header = FileHeader::generate(params);
    ASSERT_TRUE(header.ok());
    auto parsed = FileHeader::parse(header->bytes());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->parameters(), params);
    EXPECT_EQ(parsed->bytes(), header->bytes());
    EXPECT_EQ(parsed->argon2Salt(), header->argon2Salt());
}

TEST(FileHeader, RefusesParametersBelowTheFloorAndForeignHeaders)
{
    EXPECT_EQ(FileHeader::generate(KdfParameters { 32u * 1024u, 4 }).code(), ErrorCode::InvalidInput);
    EXPECT_EQ(FileHeader::generate(KdfParameters { 96u * 1024u, 2 }).code(), ErrorCode::InvalidInput); // not 2^n

    EXPECT_EQ(FileHeader::parse(QByteArray("SQLite format 3\0", 16)).code(), ErrorCode::Damaged);
    EXPECT_EQ(FileHeader::parse(QByteArray(8, '\1')).code(), ErrorCode::Damaged);
    QByteArray tooMuchMemory = FileHeader::generate(TestKit::fastKdf())->bytes();
    tooMuchMemory[1] = 40; // 2^40 KiB would be a denial of service, not a case file
    EXPECT_EQ(FileHeader::parse(tooMuchMemory).code(), ErrorCode::Damaged);
    QByteArray noPasses = FileHeader::generate(TestKit::fastKdf())->bytes();
    noPasses[2] = 0;
    EXPECT_EQ(FileHeader::parse(noPasses).code(), ErrorCode::Damaged);
}

TEST(FileHeader, FreshHeadersHaveFreshSalts)
{
    auto a = FileHeader::generate(TestKit::fastKdf());
    auto b = FileHeader::generate(TestKit::fastKdf());
    EXPECT_NE(a->bytes(), b->bytes());
    EXPECT_NE(a->argon2Salt(), b->argon2Salt());
}

TEST(KeyDerivation, SamePassphraseAndHeaderGiveTheSameKeyAndAnythingElseDoesNot)
{
    auto header = FileHeader::generate(TestKit::fastKdf());
    auto other = FileHeader::generate(TestKit::fastKdf());
    auto k1 = KeyDerivation::deriveKey(TestKit::passphrase("korrekt hest batteri hæfteklamme"), *header);
    auto k2 = KeyDerivation::deriveKey(TestKit::passphrase("korrekt hest batteri hæfteklamme"), *header);
    auto k3 = KeyDerivation::deriveKey(TestKit::passphrase("korrekt hest batteri hæfteklammE"), *header);
    auto k4 = KeyDerivation::deriveKey(TestKit::passphrase("korrekt hest batteri hæfteklamme"), *other);
    ASSERT_TRUE(k1 && k2 && k3 && k4);
    EXPECT_EQ(k1->size(), KeyDerivation::KeyBytes);
    EXPECT_TRUE(*k1 == *k2);
    EXPECT_FALSE(*k1 == *k3);
    EXPECT_FALSE(*k1 == *k4);

    header->setKeyCheck(*k1);
    EXPECT_TRUE(header->keyMatches(*k2));
    EXPECT_FALSE(header->keyMatches(*k3));
}

TEST(KeyDerivation, CalibrationNeverGoesBelowTheFloor)
{
    // Even a 1 ms budget keeps 64 MiB: the floor wins over speed.
    const auto quick = KeyDerivation::calibrate(std::chrono::milliseconds(1));
    EXPECT_EQ(quick.parameters.memoryKiB, KdfParameters::MinimumMemoryKiB);
    EXPECT_EQ(quick.parameters.opsLimit, 1u);
    EXPECT_TRUE(quick.parameters.isValid());

    const auto slower = KeyDerivation::calibrate(std::chrono::milliseconds(600));
    EXPECT_TRUE(slower.parameters.isValid());
    EXPECT_GE(static_cast<quint64>(slower.parameters.memoryKiB) * slower.parameters.opsLimit,
        static_cast<quint64>(quick.parameters.memoryKiB) * quick.parameters.opsLimit);
    EXPECT_GT(slower.measured.count(), 0);
    // The measured time lands near the target (loosely: a shared CI machine is noisy).
    EXPECT_GE(slower.measured.count(), 600 / 4);
    EXPECT_LE(slower.measured.count(), 600 * 4);
}

TEST(KeyDerivation, SqlcipherLiteralIsRawKeyThenSaltInHex)
{
    const SecureBytes key = SecureBytes::copyOf(QByteArray(32, '\xab'));
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const SecureBytes literal = KeyDerivation::sqlcipherKeyLiteral(key, salt);
    const QByteArray text(literal.constChar(), static_cast<qsizetype>(literal.size()));
    EXPECT_EQ(text, "x'" + QByteArray(32, '\xab').toHex() + "000102030405060708090a0b0c0d0e0f'");
    EXPECT_EQ(text.size(), 99);
}

TEST(SecureBytes, Utf8EncodingMatchesQtsAndClearReleases)
{
    const QString text = QStringLiteral("Ærø æblegrød 🍎 ok");
    SecureBytes bytes = SecureBytes::fromUtf8(text);
    EXPECT_EQ(QByteArray(bytes.constChar(), static_cast<qsizetype>(bytes.size())), text.toUtf8());
    bytes.clear();
    EXPECT_TRUE(bytes.isNull());
    EXPECT_EQ(bytes.size(), 0u);
}

TEST(PassphraseStrength, RefusesWeakPassphrasesWithTheReason)
{
    using W = PassphraseStrength::Weakness;
    EXPECT_EQ(PassphraseStrength::estimate(QString()).weakness, W::Empty);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("k8#Lp")).weakness, W::TooShort);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("passwordpassword")).weakness, W::Repetition);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("xkxkxkxkxkxkxk")).weakness, W::Repetition);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("19051987-2026")).weakness, W::Date);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("zxcfrtgbnhyu")).weakness, W::KeyboardPattern);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("abcdefghijklmnop")).weakness, W::Sequence);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("Password123")).weakness, W::CommonWord);
    EXPECT_EQ(PassphraseStrength::estimate(QStringLiteral("traedesten2026")).weakness, W::CommonWord);
}

TEST(PassphraseStrength, AcceptsLongUnpredictablePassphrases)
{
    const auto strong = PassphraseStrength::estimate(QStringLiteral("brombær-cykelhjelm-fjordlys-17-tågehorn"));
    EXPECT_TRUE(strong.isAcceptable());
    EXPECT_EQ(strong.score, 4);
    EXPECT_GE(strong.bits, PassphraseStrength::MinimumBits);
    const auto weak = PassphraseStrength::estimate(QStringLiteral("Password123"));
    EXPECT_LT(weak.bits, strong.bits);
    EXPECT_LT(weak.score, strong.score);
}
