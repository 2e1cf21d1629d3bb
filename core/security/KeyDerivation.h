#pragma once

#include "FileHeader.h"
#include "KdfParameters.h"
#include "Result.h"
#include "SecureBytes.h"

#include <chrono>

namespace Traedesten::Security::KeyDerivation {

/// Length of the SQLCipher raw key in bytes (AES-256).
constexpr std::size_t KeyBytes = 32;

/**
 * Derives the 32-byte database key from a passphrase with Argon2id, using the
 * parameters and salt carried in @p header. Takes about as long as the file's
 * calibration (around one second); call it off the GUI thread.
 *
 * @return the key in secure memory, or ErrorCode::OutOfMemory.
 */
Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const FileHeader &header);

/// The result of a calibration run.
struct Calibration
{
    KdfParameters parameters;
    std::chrono::milliseconds measured { 0 }; ///< time of one derivation with the chosen parameters
};

/**
 * Chooses Argon2id parameters that take about @p target on this machine:
 * memory grows from the 64 MiB floor up to @p maximumMemoryKiB while that
 * stays within budget, then the number of passes fills the rest. Never more
 * than KdfParameters::CalibrationMaximumMemoryKiB and CalibrationMaximumWorkKiB,
 * half of what a header may ask for.
 */
Calibration calibrate(
    std::chrono::milliseconds target = std::chrono::milliseconds(1000), quint32 maximumMemoryKiB = 256u * 1024u);

/// The cheapest parameters still allowed (64 MiB, one pass), for tests and slow machines.
KdfParameters minimumParameters();

/// Builds SQLCipher's raw-key-with-salt literal x'<64 hex key><32 hex salt>' in secure memory.
SecureBytes sqlcipherKeyLiteral(const SecureBytes &key, const QByteArray &salt);

} // namespace Traedesten::Security::KeyDerivation
