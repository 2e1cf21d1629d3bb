#include "Migration.h"

#include "Database.h"

namespace Traedesten::Storage {

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
        Status s = db.transaction([&] {
            step.apply(db);
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
