#pragma once

#include <QtGlobal>

namespace Traedesten::Security {

/**
 * Argon2id cost parameters, and the bounds a file's header may ask for.
 *
 * The header is read before anything is authenticated, so a damaged byte 1 or 2 is only found out after the
 * key derivation it asks for (the key check then fails). The bounds keep that cost small; they were chosen
 * from these figures (Argon2id in libsodium, one thread, on the project's 2-core build VM, quiet: about
 * 1.8 GiB of memory passed per second, 256 MiB x 7 passes in about 1 s; see KdfBoundBenchmark):
 *
 * - Memory: at most 1 GiB (MaximumMemoryKiB). calibrate() never chose more than 256 MiB, so every file made
 *   so far is within it; it was 4 GiB, which made a damaged byte 1 cost 4.2 GB and minutes.
 * - Work, memory x passes: at most 256 MiB x 32 passes (MaximumWorkKiB, 8 GiB passed), about 4.5 s on the
 *   VM at its quietest. It is not 256 MiB x 16 (about 2.3 s, the aim of issue 13) because calibrate() used to
 *   stop only at 64 passes: a computer about 2.3 times faster than the VM chose more than 16 passes at 256 MiB,
 *   and such a file must still open. At 32 a file is refused only if it was calibrated on a computer more
 *   than 4.5 times faster per core than the VM (over 8 GiB/s for one Argon2id thread, which no CPU does today).
 *   A file that cannot be opened costs far more than a damaged one refused in 4.5 s instead of 2.
 * - Passes: at most 64, as before (at 64 MiB that is within the work bound).
 * - From now on calibrate() stays at half the work bound or below (CalibrationMaximumWorkKiB, 256 MiB x 16),
 *   and at 256 MiB of memory, so new files keep a margin of two below the bound and a damaged header is
 *   refused at most about 2 s later than the slowest genuine file would unlock.
 */
struct KdfParameters
{
    quint32 memoryKiB = 0; ///< memory cost in KiB; a power of two, at least MinimumMemoryKiB
    quint32 opsLimit = 0; ///< passes over the memory

    static constexpr quint32 MinimumMemoryKiB = 64u * 1024u; ///< the design's 64 MiB floor
    static constexpr quint32 MaximumMemoryKiB = 1024u * 1024u; ///< 1 GiB: no header may ask for more
    static constexpr quint32 MinimumOps = 1;
    static constexpr quint32 MaximumOps = 64;
    /// Memory x passes a header may ask for (KiB x passes): 256 MiB x 32.
    static constexpr quint64 MaximumWorkKiB = quint64(256u * 1024u) * 32u;
    /// Memory x passes calibrate() chooses at most: half of MaximumWorkKiB (256 MiB x 16).
    static constexpr quint64 CalibrationMaximumWorkKiB = MaximumWorkKiB / 2;
    /// Memory calibrate() chooses at most (what it has always chosen at most).
    static constexpr quint32 CalibrationMaximumMemoryKiB = 256u * 1024u;

    /// Memory x passes, in KiB x passes.
    quint64 workKiB() const { return quint64(memoryKiB) * opsLimit; }

    /// True when the parameters respect the floor and the bounds and memory is a power of two.
    bool isValid() const;

    friend bool operator==(const KdfParameters &, const KdfParameters &) = default;
};

} // namespace Traedesten::Security
