#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace Traedesten::Sync {

/// The rows of one statement's answer (text format), owned: PQclear when it goes.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    /// The value as text (UTF-8); empty for NULL.
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;

private:
    std::shared_ptr<pg_result> m_result;
};

/**
 * One libpq connection to the team server, with statements whose values are always parameters. Not
 * thread-safe: one per thread (the sync engine runs off the GUI thread). Errors come back as
 * ErrorCode::ServerUnreachable, ServerRefused or ServerFailed with PostgreSQL's message and SQLSTATE in the
 * detail (never a value of a record).
 */
class PgConnection
{
public:
    /// Connects with a libpq connection string ("host=… dbname=… sslmode=verify-full …"); environment
    /// variables (PGHOST, PGPASSWORD, …) fill in what it leaves out, as everywhere in libpq.
    /// sslmode=verify-full unless the string or PGSSLMODE names a mode.
    static Result<std::unique_ptr<PgConnection>> connect(const QString &connectionString);
    /// @p connectionString with sslmode=verify-full added when it names no sslmode and PGSSLMODE is unset.
    static QString withSecureDefaults(const QString &connectionString);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs one statement; a null QByteArray in @p parameters is SQL NULL.
    Result<PgResult> exec(const QByteArray &sql, const QList<QByteArray> &parameters = {});
    /// Runs a script of several statements (no parameters), as a migration is.
    Status execScript(const QByteArray &sql);
    /// @p password hashed for @p role as SCRAM-SHA-256 by libpq, so no clear password reaches the server.
    Result<QByteArray> encryptPassword(const QString &password, const QString &role);
    /// The role this connection logged in as.
    QString user() const;

private:
    explicit PgConnection(pg_conn *connection)
        : m_connection(connection)
    { }
    Error errorFrom(pg_result *result) const;

    pg_conn *m_connection = nullptr;
};

} // namespace Traedesten::Sync
