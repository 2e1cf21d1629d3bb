#include "ServerSchema.h"

#include "PgConnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace Traedesten::Sync {

namespace {

struct MigrationFile
{
    int version = 0;
    QString path;
};

/// The migrations built in (resource :/server/migrations), in order: NNN_name.sql.
QList<MigrationFile> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral(R"(^(\d{3})_[a-z0-9_]+\.sql$)"));
    QList<MigrationFile> files;
    const QDir dir(QStringLiteral(":/server/migrations"));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.append({ match.captured(1).toInt(), dir.filePath(entry) });
    }
    return files;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

/// Runs @p steps inside BEGIN … COMMIT on @p admin; ROLLBACK when one fails.
template<typename Steps> Status inTransaction(PgConnection &admin, Steps steps)
{
    if (Status s = admin.execScript("BEGIN"); !s)
        return s;
    Status s = steps();
    if (!s) {
        (void)admin.execScript("ROLLBACK");
        return s;
    }
    return admin.execScript("COMMIT");
}

/// Runs a statement the server builds with format() from identifiers and literals (quoted there).
Status execFormatted(PgConnection &admin, const QByteArray &format, const QList<QByteArray> &arguments)
{
    auto text = admin.exec("SELECT format(" + format + ")", arguments);
    if (!text)
        return text.error();
    return admin.execScript(utf8(text->text(0, 0)));
}

} // namespace

int ServerSchema::currentVersion()
{
    const QList<MigrationFile> files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().version;
}

Status ServerSchema::checkCompatible(PgConnection &connection)
{
    auto have = version(connection);
    if (!have)
        return have.error();
    if (*have > currentVersion())
        return Error { ErrorCode::ServerTooNew,
            QStringLiteral("server schema %1, program %2").arg(*have).arg(currentVersion()) };
    if (*have < currentVersion())
        return Error { ErrorCode::ServerSchema,
            QStringLiteral("server schema %1, program %2").arg(*have).arg(currentVersion()) };
    return {};
}

Result<int> ServerSchema::version(PgConnection &connection)
{
    auto exists = connection.exec("SELECT to_regclass('traedesten.schema_migration') IS NOT NULL");
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != QLatin1String("t"))
        return 0;
    auto max = connection.exec("SELECT COALESCE(max(version), 0) FROM traedesten.schema_migration");
    if (!max)
        return max.error();
    return int(max->int64(0, 0));
}

Status ServerSchema::init(PgConnection &admin)
{
    return inTransaction(admin, [&]() -> Status {
        // Serialises two inits at once; the second then finds the work done.
        if (auto lock = admin.exec("SELECT pg_advisory_xact_lock(hashtext('traedesten.server_init'))"); !lock)
            return lock.error();
        if (Status s = admin.execScript(R"sql(
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'traedesten_owner') THEN
                    CREATE ROLE traedesten_owner NOLOGIN BYPASSRLS;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'traedesten_user') THEN
                    CREATE ROLE traedesten_user NOLOGIN;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'traedesten_programme') THEN
                    CREATE ROLE traedesten_programme NOLOGIN;
                END IF;
            END $$;
            CREATE SCHEMA IF NOT EXISTS traedesten AUTHORIZATION traedesten_owner;
            GRANT USAGE ON SCHEMA traedesten TO traedesten_user;
        )sql");
            !s)
            return s;
        auto have = version(admin);
        if (!have)
            return have.error();
        if (*have > currentVersion())
            return Error { ErrorCode::ServerTooNew,
                QStringLiteral("server schema %1, this program knows up to %2").arg(*have).arg(currentVersion()) };
        for (const MigrationFile &file : migrationFiles()) {
            if (file.version <= *have)
                continue;
            QFile sql(file.path);
            if (!sql.open(QIODevice::ReadOnly))
                return Error { ErrorCode::Internal, QStringLiteral("migration %1 missing").arg(file.version) };
            // As the owner: what the migration creates is the owner's, and runs with its rights.
            if (Status s = admin.execScript("SET LOCAL ROLE traedesten_owner"); !s)
                return s;
            if (Status s = admin.execScript(sql.readAll()); !s)
                return s;
            if (auto done = admin.exec("INSERT INTO traedesten.schema_migration (version) VALUES ($1::integer)",
                    { QByteArray::number(file.version) });
                !done)
                return done.error();
            if (Status s = admin.execScript("RESET ROLE"); !s)
                return s;
        }
        return {};
    });
}

Result<ServerStatus> ServerSchema::status(PgConnection &connection)
{
    ServerStatus status;
    auto server = connection.exec("SHOW server_version");
    if (!server)
        return server.error();
    status.postgresVersion = server->text(0, 0);
    auto schema = version(connection);
    if (!schema)
        return schema.error();
    status.schemaVersion = *schema;
    if (status.schemaVersion > 0) {
        auto people = connection.exec(
            "SELECT count(*) FILTER (WHERE NOT is_team), count(*) FILTER (WHERE is_team) FROM traedesten.person");
        if (!people)
            return people.error();
        status.people = int(people->int64(0, 0));
        status.teams = int(people->int64(0, 1));
    }
    return status;
}

namespace {

/// A role made by @p createRole (format() with the role as $1 and @p secret as $2) and its row in person,
/// in one transaction.
Status addPerson(PgConnection &admin, const QByteArray &createRole, const QString &role, const QByteArray &secret,
    const QString &displayName, bool isTeam)
{
    return inTransaction(admin, [&]() -> Status {
        if (Status s = execFormatted(admin, createRole, { utf8(role), secret }); !s)
            return s;
        return admin
            .exec("INSERT INTO traedesten.person (role_name, display_name, is_team) "
                  "VALUES ($1, COALESCE($2, ''), $3::boolean)",
                { utf8(role), utf8(displayName), isTeam ? QByteArray("true") : QByteArray("false") })
            .status();
    });
}

} // namespace

Status ServerSchema::addUser(
    PgConnection &admin, const QString &role, const QString &password, const QString &displayName)
{
    auto hashed = admin.encryptPassword(password, role);
    if (!hashed)
        return hashed.error();
    return addPerson(admin, "'CREATE ROLE %I LOGIN PASSWORD %L IN ROLE traedesten_user', $1::text, $2::text", role,
        *hashed, displayName, false);
}

Status ServerSchema::addTeam(PgConnection &admin, const QString &team, const QString &displayName)
{
    return addPerson(admin, "'CREATE ROLE %I NOLOGIN', $1::text, $2::text", team, QByteArray(""), displayName, true);
}

Status ServerSchema::grant(PgConnection &admin, const QString &team, const QString &role)
{
    return execFormatted(admin, "'GRANT %I TO %I', $1::text, $2::text", { utf8(team), utf8(role) });
}

} // namespace Traedesten::Sync
