#pragma once

#include "Migration.h"

namespace Traedesten::Storage::Schema {

/// PRAGMA application_id of a case file: "TRDS".
constexpr int ApplicationId = 0x54524453;

/// Every migration of the case-file schema, version 1 onwards.
const MigrationPlan &migrations();

/// The schema version this program writes.
int currentVersion();

} // namespace Traedesten::Storage::Schema
