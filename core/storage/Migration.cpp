#include "Migration.h"

#include "Database.h"

#include <optional>

namespace Traedesten::Storage {

namespace {

bool foreignKeysOn(Database &db)
{
    Statement s = db.prepare("PRAGMA foreign_keys");
    return s.next() && s.int64(0) != 0;
}

/// Turns foreign keys off for one step and back on (as they were: every connection has them on) when
/// it goes out of scope, however the step ended. Outside a transaction only.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(Database &db)
        : m_db(db)
        , m_wereOn(foreignKeysOn(db))
    {
        m_db.execute("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (!m_wereOn)
            return;
        try {
            m_db.execute("PRAGMA foreign_keys = ON");
        } catch (const SqliteError &) {
            // Outside a transaction this pragma fails only on a broken connection, which reports itself next.
        }
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    Database &m_db;
    bool m_wereOn = true;
};

/// Throws SqliteError (ErrorCode::Damaged) when any row points at a parent row that is not there.
void checkForeignKeys(Database &db, int version)
{
    Statement check = db.prepare("PRAGMA foreign_key_check");
    if (!check.next())
        return;
    // Table names only, never the rows' values: the detail may reach a log.
    const QString table = check.text(0);
    const QString parent = check.text(2);
    int rows = 1;
    while (check.next())
        ++rows;
    throw SqliteError(Error { ErrorCode::Damaged,
        QStringLiteral("migration to version %1 left %2 row(s) with a missing parent (first: %3 -> %4)")
            .arg(version)
            .arg(rows)
            .arg(table, parent) });
}

} // namespace

int MigrationRunner::targetVersion(const MigrationPlan &plan)
{
    return plan.empty() ? 0 : plan.back().version;
}

Status MigrationRunner::checkVersion(Database &db, const MigrationPlan &plan)
{
    int current = 0;
    try {
        current = db.userVersion();
    } catch (const SqliteError &e) {
        return e.error();
    }
    if (current > targetVersion(plan))
        return Error { ErrorCode::NewerVersion,
            QStringLiteral("file schema %1, this program knows %2").arg(current).arg(targetVersion(plan)) };
    return {};
}

Status MigrationRunner::run(Database &db, const MigrationPlan &plan)
{
    if (Status s = checkVersion(db, plan); !s)
        return s;
    int current = 0;
    try {
        current = db.userVersion();
    } catch (const SqliteError &e) {
        return e.error();
    }
    for (const Migration &step : plan) {
        if (step.version <= current)
            continue;
        if (step.version != current + 1)
            return Error { ErrorCode::Internal, QStringLiteral("migration plan skips version %1").arg(current + 1) };
        std::optional<ForeignKeysOff> keysOff;
        if (step.foreignKeysOff) {
            // PRAGMA foreign_keys does nothing inside a transaction: the step would run with them on.
            if (db.transactionDepth() > 0)
                return Error { ErrorCode::Internal,
                    QStringLiteral("migration to version %1 needs foreign keys off, but runs inside a transaction")
                        .arg(step.version) };
            try {
                keysOff.emplace(db);
                if (foreignKeysOn(db))
                    return Error { ErrorCode::Internal,
                        QStringLiteral("foreign keys stayed on for migration to version %1").arg(step.version) };
            } catch (const SqliteError &e) {
                return e.error();
            }
        }
        Status s = db.transaction([&] {
            step.apply(db);
            if (step.foreignKeysOff)
                checkForeignKeys(db, step.version);
            // An integer of our own plan, not user input: PRAGMA cannot take a bound value.
            const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(step.version);
            db.execute(bump.constData());
        });
        if (!s)
            return s;
        current = step.version;
    }
    return {};
}

} // namespace Traedesten::Storage
