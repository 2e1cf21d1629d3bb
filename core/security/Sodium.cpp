#include "Sodium.h"

#include <sodium.h>

namespace Traedesten::Security::Sodium {

bool initialize()
{
    // sodium_init() is itself thread-safe and idempotent; cache the answer.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace Traedesten::Security::Sodium
