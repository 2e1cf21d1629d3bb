#pragma once

#include "Error.h"

#include <exception>

namespace Traedesten::Storage {

/**
 * Thrown by Statement and Database inside storage/ only. It never crosses the
 * transaction boundary: Database::transaction() catches it, rolls back and
 * returns the Error.
 */
class SqliteError : public std::exception
{
public:
    explicit SqliteError(Error error)
        : m_error(std::move(error))
    { }
    const Error &error() const noexcept { return m_error; }
    const char *what() const noexcept override { return "SQLite error"; }

private:
    Error m_error;
};

/// Maps an SQLite result code (primary or extended), and the errno behind an
/// I/O failure, to our error codes.
Error errorFromSqlite(int resultCode, const QString &detail, int systemErrno = 0);

} // namespace Traedesten::Storage
