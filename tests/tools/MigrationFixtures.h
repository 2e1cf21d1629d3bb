#pragma once

#include "Result.h"
#include "security/KdfParameters.h"
#include "storage/Migration.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Traedesten::Storage {
class CaseFile;
class Database;
} // namespace Traedesten::Storage

/**
 * The migration fixtures in tests/data/: a real encrypted case file of each released schema version,
 * with made-up data in every column of every table of that version.
 *
 * A file of version N is written as a file of that version was filled in life: the schema is brought
 * to version 1 and version 1's data are inserted, then migrated to version 2 and version 2's data
 * inserted, and so on up to N. Each fill step is plain SQL against the schema of its own version, so
 * it stays valid when a later version renames or moves a column.
 *
 * To add a fixture for a new released version: write its fill step (rows for its new tables, values
 * for its new columns) and add one line `{ N, fillVersionN }` to steps() in MigrationFixtures.cpp, then
 * run `make_migration_fixtures` (see tests/data/README.md). The fixture test picks it up from steps().
 */
namespace Traedesten::TestKit::MigrationFixtures {

/// The passphrase of every fixture (made-up data only: it protects nothing).
constexpr const char *Passphrase = "prøvefil-til-migrering-2025";

/// Data inserted right after the schema reached @p version; throws SqliteError.
struct FillStep
{
    int version = 0;
    /// Empty for a version whose migration fills its new tables and columns from the earlier data.
    std::function<void(Storage::Database &)> fill;
};

/// One step per released schema version, 1, 2, 3, ... in order.
const std::vector<FillStep> &steps();

/// The versions there is a fixture of (those of steps()).
QList<int> versions();

/// The current schema's plan cut after @p version (steps 1..version).
Storage::MigrationPlan planUpTo(int version);

/// "schema-v<version>.traedesten"
QString fileName(int version);

/**
 * Writes a case file of schema @p version with its data at @p path (mode 0600), with the
 * fixture passphrase and @p kdf. Refuses an existing path (ErrorCode::AlreadyExists).
 */
Status write(const QString &path, int version, const Security::KdfParameters &kdf);

/// Copies the fixture of @p version from @p dataDir to @p copyPath (mode 0600) and opens the copy, which
/// migrates it to the current schema.
Result<std::unique_ptr<Storage::CaseFile>> openCopy(int version, const QString &dataDir, const QString &copyPath);

} // namespace Traedesten::TestKit::MigrationFixtures
