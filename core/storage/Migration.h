#pragma once

#include "Result.h"

#include <functional>
#include <vector>

namespace Traedesten::Storage {

class Database;

/// One schema step: from version - 1 to version.
struct Migration
{
    int version = 0;
    std::function<void(Database &)> apply; ///< may throw SqliteError; the runner rolls back
};

/// The ordered steps 1, 2, 3, ... that build the current schema.
using MigrationPlan = std::vector<Migration>;

/**
 * Brings a database to the plan's last version one step at a time, each step
 * in its own transaction with its user_version bump. A database whose version
 * is newer than the plan knows is refused with ErrorCode::NewerVersion before
 * anything is written.
 */
class MigrationRunner
{
public:
    static int targetVersion(const MigrationPlan &plan);
    /// Refuses a newer file without touching it (ErrorCode::NewerVersion).
    static Status checkVersion(Database &db, const MigrationPlan &plan);
    static Status run(Database &db, const MigrationPlan &plan);
};

} // namespace Traedesten::Storage
