#pragma once

#include "Result.h"

#include <QString>

namespace Traedesten::Sync {

class PgConnection;

/// What `traedesten-cli server status` reports: no citizen data.
struct ServerStatus
{
    QString postgresVersion; ///< SHOW server_version
    int schemaVersion = 0; ///< 0: no Trædesten schema yet
    int people = 0; ///< support persons
    int teams = 0;
};

/**
 * The team server's schema (server/migrations/NNN_*.sql, built into the program) and its people.
 * Everything here runs as a PostgreSQL superuser (the municipality's administrator, through
 * `traedesten-cli server …`), each call in one transaction.
 */
class ServerSchema
{
public:
    /// The schema version this program speaks: the number of the last migration built in.
    static int currentVersion();
    /// The server's schema version; 0 when it has none yet.
    static Result<int> version(PgConnection &connection);
    /// Whether a support person's program can synchronise with the server: ServerSchema when it has no
    /// schema yet or an older one, ServerTooNew when its schema is newer than this program's.
    static Status checkCompatible(PgConnection &connection);
    /// PostgreSQL's version, the schema's, and how many people and teams the server knows.
    static Result<ServerStatus> status(PgConnection &connection);
    /// Creates the roles traedesten_owner (NOLOGIN, BYPASSRLS: owns the schema, runs the functions),
    /// traedesten_user (NOLOGIN: what every person may do) and traedesten_programme (NOLOGIN: its members,
    /// people made with addUser() and then grant(), see every case's figures pseudonymised and write nothing)
    /// and the schema when missing, then applies the migrations the server lacks. Refuses a server newer than
    /// this program (ErrorCode::ServerTooNew).
    static Status init(PgConnection &admin);
    /// A support person: a login role with a SCRAM password (hashed here, never sent in clear), member of
    /// traedesten_user.
    static Status addUser(
        PgConnection &admin, const QString &role, const QString &password, const QString &displayName = {});
    /// A team: a group role (no login) that citizens can be shared with.
    static Status addTeam(PgConnection &admin, const QString &team, const QString &displayName = {});
    /// Makes @p role a member of @p team.
    static Status grant(PgConnection &admin, const QString &team, const QString &role);
};

} // namespace Traedesten::Sync
