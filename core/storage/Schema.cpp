#include "Schema.h"

#include "Database.h"

namespace Traedesten::Storage::Schema {

namespace {

// Version 1: the file's own settings and the append-only audit log.
void version1(Database &db)
{
    db.execute("PRAGMA application_id = 1414677587"); // 0x54524453, "TRDS"
    db.execute(R"sql(
        CREATE TABLE file_setting (
            key         TEXT PRIMARY KEY NOT NULL,
            value       TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        ) WITHOUT ROWID
    )sql");
    db.execute(R"sql(
        CREATE TABLE audit_event (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            id          TEXT NOT NULL UNIQUE,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            action      TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id   TEXT,
            citizen_id  TEXT
        )
    )sql");
    db.execute("CREATE INDEX audit_event_citizen ON audit_event (citizen_id, seq)");
    db.execute(R"sql(
        CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END
    )sql");
    db.execute(R"sql(
        CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END
    )sql");
}

} // namespace

const MigrationPlan &migrations()
{
    static const MigrationPlan plan {
        { 1, version1 },
    };
    return plan;
}

int currentVersion()
{
    return MigrationRunner::targetVersion(migrations());
}

} // namespace Traedesten::Storage::Schema
