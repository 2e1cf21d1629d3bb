#include "TeamServerSettings.h"

#include "Config.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"

namespace Traedesten::Sync {

namespace {

/// A value as libpq's connection string wants it: in single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString key(const char *name)
{
    return QStringLiteral("team.") + QLatin1String(name);
}

} // namespace

QString TeamServerSettings::connectionString(const QString &password) const
{
    QStringList parts { QStringLiteral("host=") + quoted(host), QStringLiteral("port=") + QString::number(port),
        QStringLiteral("dbname=") + quoted(database), QStringLiteral("user=") + quoted(user),
        QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=traedesten"),
        // A dead network or a lock held by a colleague's push never keeps the program waiting for long.
        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=30"), QStringLiteral("tcp_user_timeout=30000"),
        QStringLiteral("options='-c statement_timeout=120000 -c lock_timeout=30000'") };
    parts << (verifyCertificate ? QStringLiteral("sslmode=verify-full") : QStringLiteral("sslmode=disable"));
    if (verifyCertificate && !caFile.isEmpty())
        parts << QStringLiteral("sslrootcert=") + quoted(caFile);
    if (!certFile.isEmpty())
        parts << QStringLiteral("sslcert=") + quoted(certFile) << QStringLiteral("sslkey=") + quoted(keyFile);
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoted(password);
    return parts.join(QLatin1Char(' '));
}

TeamServerSettings TeamServerSettings::load(const Config &config, const QString &fileId)
{
    TeamServerSettings s;
    s.host = config.caseFileValue(fileId, key("host"));
    const int port = config.caseFileValue(fileId, key("port")).toInt();
    s.port = port > 0 && port < 65536 ? port : 5432;
    const QString database = config.caseFileValue(fileId, key("database"));
    if (!database.isEmpty())
        s.database = database;
    s.user = config.caseFileValue(fileId, key("user"));
    s.verifyCertificate = config.caseFileValue(fileId, key("verify")) != QLatin1String("off");
    s.caFile = config.caseFileValue(fileId, key("ca"));
    s.certFile = config.caseFileValue(fileId, key("cert"));
    s.keyFile = config.caseFileValue(fileId, key("key"));
    return s;
}

void TeamServerSettings::save(Config &config, const QString &fileId) const
{
    config.setCaseFileValue(fileId, key("host"), host);
    config.setCaseFileValue(fileId, key("port"), QString::number(port));
    config.setCaseFileValue(fileId, key("database"), database);
    config.setCaseFileValue(fileId, key("user"), user);
    config.setCaseFileValue(fileId, key("verify"), verifyCertificate ? QStringLiteral("on") : QStringLiteral("off"));
    config.setCaseFileValue(fileId, key("ca"), caFile);
    config.setCaseFileValue(fileId, key("cert"), certFile);
    config.setCaseFileValue(fileId, key("key"), keyFile);
}

Result<std::unique_ptr<PgConnection>> connectToTeamServer(const TeamServerSettings &settings, const QString &password)
{
    auto connection = PgConnection::connect(settings.connectionString(password));
    if (!connection)
        return connection.error();
    if (Status s = ServerSchema::checkCompatible(**connection); !s)
        return s.error();
    return std::move(connection).value();
}

} // namespace Traedesten::Sync
