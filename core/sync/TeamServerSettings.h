#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace Traedesten {
class Config;
}

namespace Traedesten::Sync {

class PgConnection;

/**
 * Where a case file's team server is and how to reach it: kept on this computer per case file
 * (Config::caseFileValue), never a password (the system keyring holds that) and nothing about citizens.
 */
struct TeamServerSettings
{
    QString host;
    int port = 5432;
    QString database = QStringLiteral("traedesten");
    QString user;
    /// Check the server's certificate against @p caFile and its host name (sslmode=verify-full). Off only
    /// for a test server without TLS: the connection is then in clear.
    bool verifyCertificate = true;
    QString caFile; ///< the municipality's CA certificate (PEM); empty: ~/.postgresql/root.crt
    QString certFile; ///< optional client certificate (PEM), instead of or besides a password
    QString keyFile; ///< its private key

    bool isConfigured() const { return !host.isEmpty() && !user.isEmpty(); }
    /// A libpq connection string (values quoted as libpq wants), with @p password when not empty, a
    /// ten-second connect timeout, TCP keepalives and statement and lock timeouts (two minutes, 30 s).
    QString connectionString(const QString &password = {}) const;

    static TeamServerSettings load(const Config &config, const QString &fileId);
    void save(Config &config, const QString &fileId) const;

    friend bool operator==(const TeamServerSettings &, const TeamServerSettings &) = default;
};

/**
 * Connects as the settings say and checks that the server speaks this program's schema: the test behind
 * Settings ▸ Team server ▸ Test connection, and the first step of every synchronisation. Errors:
 * ServerUnreachable, ServerCertificate, ServerRefused (wrong user name or password), ServerSchema (the server
 * is not set up, or older), ServerTooNew.
 */
Result<std::unique_ptr<PgConnection>> connectToTeamServer(const TeamServerSettings &settings, const QString &password);

} // namespace Traedesten::Sync
