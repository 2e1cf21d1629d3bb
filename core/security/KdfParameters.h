#pragma once

#include <QtGlobal>

namespace Traedesten::Security {

/**
 * Argon2id cost parameters, and the bounds a file's header may ask for.
 *
 * The header is read before anything is authenticated, so a damaged byte 1 or 2 is only found out after the
 * key derivation it asks for (the key check then fails). The bounds keep that cost near what issue 13 asks
 * ("at most about 2 s and 1 GiB"). Figures (Argon2id in libsodium, one thread, BM_DerivationAtTheBound on the
 * project's 2-core build VM, quiet): 256 MiB x 8 passes 0.94 s, 256 MiB x 16 1.76 s, 1 GiB x 4 3.69 s. The VM
 * has a 260 MB L3 cache that holds 256 MiB; at 1 GiB, as on a laptop with an ordinary cache at any size, a
 * GiB passed costs about 0.9 s, so 2 GiB passed is the most that stays near 2 s on the computers the program
 * is for.
 *
 * - Memory: at most 1 GiB (MaximumMemoryKiB). calibrate() never chose more than 256 MiB; it was 4 GiB, which
 *   made a damaged byte 1 cost 4.2 GB and minutes.
 * - Work, memory x passes: at most 2 GiB passed (MaximumWorkKiB: 256 MiB x 8, 1 GiB x 2).
 * - Passes: at most 64 (the work bound is the tighter limit above 32 MiB).
 * - calibrate() chooses at most the same work and 256 MiB (CalibrationMaximumWorkKiB): a file made on the
 *   fastest computer asks for no more than a damaged header may cost. Calibrated to about 1 s, the VM chooses
 *   256 MiB x 8; a laptop about 256 MiB x 4. A file calibrated by an earlier build on a computer faster than
 *   the VM (calibrate() then stopped only at 64 passes) may ask for more and is refused as damaged; none was
 *   made outside development.
 */
struct KdfParameters
{
    quint32 memoryKiB = 0; ///< memory cost in KiB; a power of two, at least MinimumMemoryKiB
    quint32 opsLimit = 0; ///< passes over the memory

    static constexpr quint32 MinimumMemoryKiB = 64u * 1024u; ///< the design's 64 MiB floor
    static constexpr quint32 MaximumMemoryKiB = 1024u * 1024u; ///< 1 GiB: no header may ask for more
    static constexpr quint32 MinimumOps = 1;
    static constexpr quint32 MaximumOps = 64;
    /// Memory x passes a header may ask for (KiB x passes): 2 GiB passed, 256 MiB x 8.
    static constexpr quint64 MaximumWorkKiB = quint64(256u * 1024u) * 8u;
    /// Memory x passes calibrate() chooses at most: the header's bound.
    static constexpr quint64 CalibrationMaximumWorkKiB = MaximumWorkKiB;
    /// Memory calibrate() chooses at most (what it has always chosen at most).
    static constexpr quint32 CalibrationMaximumMemoryKiB = 256u * 1024u;

    /// Memory x passes, in KiB x passes.
    quint64 workKiB() const { return quint64(memoryKiB) * opsLimit; }

    /// True when the parameters respect the floor and the bounds and memory is a power of two.
    bool isValid() const;

    friend bool operator==(const KdfParameters &, const KdfParameters &) = default;
};

} // namespace Traedesten::Security
