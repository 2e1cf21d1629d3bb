#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Traedesten::Storage {

class Database;

/**
 * A prepared statement with bound values. Every SQL statement in Trædesten
 * goes through this class; values are never spliced into SQL text.
 * Failures throw SqliteError, which Database::transaction() turns into an Error.
 */
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *statement);
    /// A statement of @p cache's, cached under @p sql: given back to it (reset) instead of finalized.
    Statement(sqlite3 *db, sqlite3_stmt *statement, Database *cache, QByteArray sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    /// Binds by 1-based position.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    /// Advances one row: true while a row is available.
    bool next();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    /// The column's text as UTF-8 without a copy: valid only until the next step, reset or column call.
    /// For passes over many rows that compare ids rather than keep them.
    QByteArrayView utf8View(int column) const;
    bool isNull(int column) const;
    /// The column's value as stored: integer, real, text, blob or null.
    QVariant value(int column) const;

private:
    void check(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    Database *m_cache = nullptr;
    QByteArray m_cacheKey; ///< the SQL it is cached under (shared, not copied)
};

} // namespace Traedesten::Storage
