#include "KdfParameters.h"

#include <bit>

namespace Traedesten::Security {

bool KdfParameters::isValid() const
{
    return memoryKiB >= MinimumMemoryKiB && memoryKiB <= MaximumMemoryKiB && std::has_single_bit(memoryKiB)
        && opsLimit >= MinimumOps && opsLimit <= MaximumOps && workKiB() <= MaximumWorkKiB;
}

} // namespace Traedesten::Security
