#include "KeyDerivation.h"

#include "Sodium.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <sodium.h>

namespace Traedesten::Security::KeyDerivation {

namespace {

bool argon2id(unsigned char *out, std::size_t outLength, const SecureBytes &passphrase, const QByteArray &salt,
    const KdfParameters &parameters)
{
    return crypto_pwhash(out, outLength, passphrase.constChar(), passphrase.size(),
               reinterpret_cast<const unsigned char *>(salt.constData()), parameters.opsLimit,
               static_cast<size_t>(parameters.memoryKiB) * 1024u, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

std::chrono::milliseconds timeOne(const KdfParameters &parameters)
{
    SecureBytes passphrase = SecureBytes::copyOf("calibration passphrase");
    SecureBytes out(KeyBytes);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\x5a');
    QElapsedTimer timer;
    timer.start();
    argon2id(out.data(), out.size(), passphrase, salt, parameters);
    return std::chrono::milliseconds(std::max<qint64>(1, timer.elapsed()));
}

} // namespace

Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const FileHeader &header)
{
    if (!Sodium::initialize())
        return Error { ErrorCode::Internal, QStringLiteral("libsodium unavailable") };
    SecureBytes key(KeyBytes);
    if (key.isNull())
        return Error { ErrorCode::OutOfMemory, QStringLiteral("secure memory for the key") };
    if (!argon2id(key.data(), key.size(), passphrase, header.argon2Salt(), header.parameters()))
        return Error { ErrorCode::OutOfMemory, QStringLiteral("Argon2id could not allocate its memory") };
    return key;
}

KdfParameters minimumParameters()
{
    return KdfParameters { KdfParameters::MinimumMemoryKiB, KdfParameters::MinimumOps };
}

Calibration calibrate(std::chrono::milliseconds target, quint32 maximumMemoryKiB)
{
    KdfParameters p = minimumParameters();
    const std::chrono::milliseconds base = timeOne(p);
    // Argon2id's time is close to linear in memory x passes.
    const double perUnit = static_cast<double>(base.count()); // one pass over 64 MiB
    const auto estimate = [perUnit](const KdfParameters &c) {
        return perUnit * (static_cast<double>(c.memoryKiB) / KdfParameters::MinimumMemoryKiB) * c.opsLimit;
    };
    const double budget = static_cast<double>(target.count());
    maximumMemoryKiB
        = std::clamp(maximumMemoryKiB, KdfParameters::MinimumMemoryKiB, KdfParameters::CalibrationMaximumMemoryKiB);
    // Prefer memory (what makes GPU attacks expensive) while at least two passes still fit.
    while (p.memoryKiB * 2 <= maximumMemoryKiB && estimate(KdfParameters { p.memoryKiB * 2, 2 }) <= budget
        && quint64(p.memoryKiB) * 2 * 2 <= KdfParameters::CalibrationMaximumWorkKiB)
        p.memoryKiB *= 2;
    // Never more passes than the calibration's share of the header's work bound (see KdfParameters).
    const double mostOps = static_cast<double>(
        std::min<quint64>(KdfParameters::MaximumOps, KdfParameters::CalibrationMaximumWorkKiB / p.memoryKiB));
    const auto clampOps = [mostOps](double passes) {
        return static_cast<quint32>(
            std::clamp(std::round(passes), static_cast<double>(KdfParameters::MinimumOps), mostOps));
    };
    p.opsLimit = clampOps(budget / estimate(KdfParameters { p.memoryKiB, 1 }));
    // The linear model from 64 MiB misjudges larger memory sizes (caches, page
    // faults): measure the guess once and correct the number of passes.
    std::chrono::milliseconds measured = timeOne(p);
    const quint32 corrected = clampOps(p.opsLimit * budget / static_cast<double>(measured.count()));
    if (corrected != p.opsLimit) {
        p.opsLimit = corrected;
        measured = timeOne(p);
    }
    return Calibration { p, measured };
}

SecureBytes sqlcipherKeyLiteral(const SecureBytes &key, const QByteArray &salt)
{
    const std::size_t hexLength = (key.size() + static_cast<std::size_t>(salt.size())) * 2;
    SecureBytes literal(hexLength + 3); // x ' ... '
    if (literal.isNull())
        return literal;
    unsigned char *out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(out + 2), key.size() * 2 + 1, key.data(), key.size());
    // sodium_bin2hex writes a terminating NUL, which the salt's hex then overwrites.
    SecureBytes saltHex(static_cast<std::size_t>(salt.size()) * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(saltHex.data()), saltHex.size(),
        reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()));
    std::copy_n(saltHex.data(), static_cast<std::size_t>(salt.size()) * 2, out + 2 + key.size() * 2);
    out[hexLength + 2] = '\'';
    return literal;
}

} // namespace Traedesten::Security::KeyDerivation
