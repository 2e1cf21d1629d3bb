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
    /**
     * Runs the step with PRAGMA foreign_keys=OFF, for SQLite's table rebuild (create the new
     * table, copy, drop the old one, rename: https://www.sqlite.org/lang_altertable.html#otheralter),
     * where dropping a parent table would otherwise cascade or fail. The runner turns the pragma off
     * outside the step's transaction (inside one it does nothing), runs PRAGMA foreign_key_check
     * before COMMIT and rolls the step back if any row points at a missing parent, and turns
     * foreign keys on again afterwards, also when the step fails.
     */
    bool foreignKeysOff = false;
};

/// The ordered steps 1, 2, 3, ... that build the current schema.
using MigrationPlan = std::vector<Migration>;

/**
 * Brings a database to the plan's last version one step at a time, each step
 * in its own transaction with its user_version bump. A database whose version
 * is newer than the plan knows is refused with ErrorCode::NewerVersion before
 * anything is written. A step with foreignKeysOff that leaves a dangling
 * reference is rolled back with ErrorCode::Damaged. Must not be called inside
 * a transaction (ErrorCode::Internal if a step needs foreign keys off there).
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
