#pragma once

#include <QtGlobal>

namespace Traedesten::Security {

/// Argon2id cost parameters.
struct KdfParameters
{
    quint32 memoryKiB = 0; ///< memory cost in KiB; a power of two, at least MinimumMemoryKiB
    quint32 opsLimit = 0; ///< passes over the memory

    static constexpr quint32 MinimumMemoryKiB = 64u * 1024u; ///< the design's 64 MiB floor
    static constexpr quint32 MaximumMemoryKiB = 4u * 1024u * 1024u; ///< refuse absurd headers (4 GiB)
    static constexpr quint32 MinimumOps = 1;
    static constexpr quint32 MaximumOps = 64;

    /// True when the parameters respect the floor and ceiling and memory is a power of two.
    bool isValid() const;

    friend bool operator==(const KdfParameters &, const KdfParameters &) = default;
};

} // namespace Traedesten::Security
