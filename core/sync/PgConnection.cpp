#include "PgConnection.h"

#include <libpq-fe.h>
#include <vector>

namespace Traedesten::Sync {

PgResult::PgResult(pg_result *result)
    : m_result(result, &PQclear)
{ }

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column) == 1;
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return text(row, column).toLongLong();
}

QString PgConnection::withSecureDefaults(const QString &connectionString)
{
    // TLS with the server's certificate checked against its host name, unless the string or PGSSLMODE
    // says otherwise (libpq's own default, "prefer", would fall back to clear text without a word).
    const QByteArray info = connectionString.toUtf8();
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(info.constData(), &message);
    if (!options) {
        PQfreemem(message);
        return connectionString; // connect() reports the error
    }
    bool sslModeGiven = false;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (qstrcmp(o->keyword, "sslmode") == 0 && o->val && *o->val)
            sslModeGiven = true;
    }
    PQconninfoFree(options);
    if (sslModeGiven || !qEnvironmentVariableIsEmpty("PGSSLMODE"))
        return connectionString;
    return (connectionString.trimmed() + QStringLiteral(" sslmode=verify-full")).trimmed();
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &connectionString)
{
    const QByteArray info = withSecureDefaults(connectionString).toUtf8();
    pg_conn *raw = PQconnectdb(info.constData());
    std::unique_ptr<PgConnection> connection(new PgConnection(raw));
    if (!raw)
        return Error { ErrorCode::OutOfMemory, QStringLiteral("PQconnectdb") };
    if (PQstatus(raw) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(raw)).trimmed();
        // libpq tells these apart in words only: its English words (a libpq translated into the user's language,
        // where Debian ships one, would fall through to ServerUnreachable; the detail still says why).
        // The server's certificate first: not signed by a CA the client was given, not made out to the host's
        // name, or no CA given at all ("root certificate file … does not exist").
        const bool certificate = message.contains(QLatin1String("certificate verify failed"))
            || message.contains(QLatin1String("does not match host name"))
            || message.contains(QLatin1String("root certificate file"));
        // A refused login: password, peer or certificate authentication, an unknown role or database.
        const bool refused = message.contains(QLatin1String("authentication failed"))
            || message.contains(QLatin1String("does not exist")) || message.contains(QLatin1String("no pg_hba.conf"))
            || message.contains(QLatin1String("connection requires a valid client certificate"));
        const ErrorCode code = certificate ? ErrorCode::ServerCertificate
            : refused                      ? ErrorCode::ServerRefused
                                           : ErrorCode::ServerUnreachable;
        return Error { code, message };
    }
    PQsetClientEncoding(raw, "UTF8");
    return connection;
}

PgConnection::~PgConnection()
{
    if (m_connection)
        PQfinish(m_connection);
}

Error PgConnection::errorFrom(pg_result *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlState = state ? QString::fromLatin1(state) : QString();
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_connection));
    ErrorCode code = ErrorCode::ServerFailed;
    if (PQstatus(m_connection) != CONNECTION_OK)
        code = ErrorCode::ServerUnreachable;
    else if (sqlState == QLatin1String("42501") || sqlState.startsWith(QLatin1String("28")))
        code = ErrorCode::ServerRefused; // insufficient_privilege, invalid authorization
    return Error { code, sqlState + QLatin1Char(' ') + message.trimmed() };
}

Result<PgResult> PgConnection::exec(const QByteArray &sql, const QList<QByteArray> &parameters)
{
    std::vector<const char *> values;
    values.reserve(size_t(parameters.size()));
    for (const QByteArray &p : parameters)
        values.push_back(p.isNull() ? nullptr : p.constData());
    pg_result *raw
        = PQexecParams(m_connection, sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorFrom(raw);
    return result;
}

Status PgConnection::execScript(const QByteArray &sql)
{
    // PQexec runs every statement of the script and stops at the first error, whose result it returns.
    pg_result *raw = PQexec(m_connection, sql.constData());
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return errorFrom(raw);
    return {};
}

Result<QByteArray> PgConnection::encryptPassword(const QString &password, const QString &role)
{
    const QByteArray clear = password.toUtf8();
    const QByteArray user = role.toUtf8();
    char *hashed = PQencryptPasswordConn(m_connection, clear.constData(), user.constData(), "scram-sha-256");
    if (!hashed)
        return Error { ErrorCode::ServerFailed, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed() };
    QByteArray out(hashed);
    PQfreemem(hashed);
    return out;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

} // namespace Traedesten::Sync
