#include "Statement.h"

#include "Database.h"
#include "SqliteError.h"

#include <sqlcipher/sqlite3.h>
#include <utility>

namespace Traedesten::Storage {

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{ }

Statement::Statement(sqlite3 *db, sqlite3_stmt *statement, Database *cache, QByteArray sql)
    : m_db(db)
    , m_statement(statement)
    , m_cache(cache)
    , m_cacheKey(std::move(sql))
{ }

Statement::~Statement()
{
    if (m_cache && m_statement)
        m_cache->giveBack(m_statement, m_cacheKey);
    else
        sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_cache(std::exchange(other.m_cache, nullptr))
    , m_cacheKey(std::move(other.m_cacheKey))
{ }

void Statement::check(int rc, const char *what) const
{
    if (rc != SQLITE_OK)
        throw SqliteError(errorFromSqlite(rc, QString::fromLatin1(what)));
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
        "bind text");
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind integer");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index, value), "bind real");
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    check(sqlite3_bind_blob64(
              m_statement, index, value.constData(), static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT),
        "bind blob");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind null");
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_step returns the extended code only through sqlite3_extended_errcode.
    throw SqliteError(errorFromSqlite(
        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_system_errno(m_db)));
}

void Statement::run()
{
    while (next()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QByteArrayView Statement::utf8View(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return int64(column);
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB:
        return blob(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

} // namespace Traedesten::Storage
