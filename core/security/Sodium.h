#pragma once

namespace Traedesten::Security::Sodium {

/// Initialises libsodium once (thread-safe); false if it cannot be used.
bool initialize();

} // namespace Traedesten::Security::Sodium
