#pragma once

#include "KdfParameters.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>

namespace Traedesten::Security {

/**
 * The first 16 bytes of a case file: SQLCipher's salt, which we choose
 * ourselves so that the file alone tells how to derive its key.
 *
 * | byte  | meaning                                               |
 * |-------|-------------------------------------------------------|
 * | 0     | header format, currently 1                            |
 * | 1     | log2 of the Argon2id memory cost in KiB (16 = 64 MiB)  |
 * | 2     | Argon2id passes (opslimit)                             |
 * | 3-11  | random                                                 |
 * | 12-15 | key check: keyed BLAKE2b of a constant under the key   |
 *
 * Every later format keeps bytes 1 and 2 as they are here: that is how a file of a newer format is told
 * from a damaged or foreign one.
 *
 * The Argon2id salt is BLAKE2b-128 of bytes 0-11. The key check lets us tell
 * a wrong passphrase from a damaged first page; it reveals nothing an
 * attacker could not learn from page 1's HMAC after the same Argon2id work.
 */
class FileHeader
{
public:
    static constexpr int Size = 16;
    static constexpr quint8 FormatVersion = 1;

    /// Reads a header; ErrorCode::Damaged if it is not one of ours.
    static Result<FileHeader> parse(const QByteArray &firstBytes);
    /// A fresh header with random bytes; the key check is set later.
    static Result<FileHeader> generate(const KdfParameters &parameters);

    KdfParameters parameters() const;
    /// The 16-byte salt handed to Argon2id.
    QByteArray argon2Salt() const;
    /// The 16 bytes as they stand at the start of the file.
    const QByteArray &bytes() const { return m_bytes; }

    void setKeyCheck(const SecureBytes &key);
    bool keyMatches(const SecureBytes &key) const;

private:
    explicit FileHeader(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    QByteArray keyCheck(const SecureBytes &key) const;

    QByteArray m_bytes;
};

} // namespace Traedesten::Security
