#include "FileHeader.h"

#include "Sodium.h"

#include <bit>
#include <sodium.h>

namespace Traedesten::Security {

namespace {
constexpr int CheckOffset = 12;
constexpr int CheckSize = 4;
constexpr char KeyCheckContext[] = "Traedesten case file key check v1";
} // namespace

Result<FileHeader> FileHeader::parse(const QByteArray &firstBytes)
{
    if (firstBytes.size() < Size)
        return Error { ErrorCode::Damaged, QStringLiteral("file shorter than its header") };
    QByteArray bytes = firstBytes.left(Size);
    const quint8 format = static_cast<quint8>(bytes.at(0));
    if (format > FormatVersion && format < 16) {
        // Every header format keeps bytes 1 and 2 as the key derivation's memory and passes, so a newer
        // format is told from garbage that happens to start with 2..15 (about 5 % of random files): fewer
        // than 1 in 100 of those also has both in range (and CaseFile::open wants whole pages first).
        const int memory = static_cast<quint8>(bytes.at(1));
        const int passes = static_cast<quint8>(bytes.at(2));
        if (memory >= 16 && memory <= 22 && passes >= 1 && passes <= 64)
            return Error { ErrorCode::NewerVersion, QStringLiteral("header format %1").arg(format) };
        return Error { ErrorCode::Damaged, QStringLiteral("unknown header format") };
    }
    if (format != FormatVersion)
        return Error { ErrorCode::Damaged, QStringLiteral("unknown header format") };
    const int memoryLog2 = static_cast<quint8>(bytes.at(1));
    if (memoryLog2 < std::countr_zero(KdfParameters::MinimumMemoryKiB)
        || memoryLog2 > std::countr_zero(KdfParameters::MaximumMemoryKiB))
        return Error { ErrorCode::Damaged, QStringLiteral("key derivation memory out of range") };
    FileHeader header(std::move(bytes));
    if (!header.parameters().isValid())
        return Error { ErrorCode::Damaged, QStringLiteral("key derivation parameters out of range") };
    return header;
}

Result<FileHeader> FileHeader::generate(const KdfParameters &parameters)
{
    if (!parameters.isValid())
        return Error { ErrorCode::InvalidInput, QStringLiteral("key derivation parameters below the floor") };
    if (!Sodium::initialize())
        return Error { ErrorCode::Internal, QStringLiteral("libsodium unavailable") };
    QByteArray bytes(Size, '\0');
    randombytes_buf(bytes.data(), Size);
    bytes[0] = static_cast<char>(FormatVersion);
    bytes[1] = static_cast<char>(std::countr_zero(parameters.memoryKiB));
    bytes[2] = static_cast<char>(parameters.opsLimit);
    return FileHeader(std::move(bytes));
}

KdfParameters FileHeader::parameters() const
{
    KdfParameters p;
    p.memoryKiB = 1u << static_cast<quint8>(m_bytes.at(1));
    p.opsLimit = static_cast<quint8>(m_bytes.at(2));
    return p;
}

QByteArray FileHeader::argon2Salt() const
{
    static_assert(crypto_pwhash_SALTBYTES == 16);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(salt.data()), static_cast<size_t>(salt.size()),
        reinterpret_cast<const unsigned char *>(m_bytes.constData()), CheckOffset, nullptr, 0);
    return salt;
}

QByteArray FileHeader::keyCheck(const SecureBytes &key) const
{
    unsigned char digest[crypto_generichash_BYTES_MIN];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(KeyCheckContext),
        sizeof KeyCheckContext - 1, key.data(), key.size());
    return QByteArray(reinterpret_cast<const char *>(digest), CheckSize);
}

void FileHeader::setKeyCheck(const SecureBytes &key)
{
    m_bytes.replace(CheckOffset, CheckSize, keyCheck(key));
}

bool FileHeader::keyMatches(const SecureBytes &key) const
{
    const QByteArray expected = keyCheck(key);
    return sodium_memcmp(expected.constData(), m_bytes.constData() + CheckOffset, CheckSize) == 0;
}

} // namespace Traedesten::Security
