// traedesten-cli: inspect case files and measure key derivation without the GUI.
// Prints no citizen data: only parameters, versions and timings.
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Schema.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Traedesten;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Reads one line from standard input, without echo when it is a terminal.
Security::SecureBytes readPassphrase(const char *prompt = "Passphrase: ")
{
    std::string line;
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        std::fputs(prompt, stderr);
        (void)tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        (void)tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::getline(std::cin, line);
    if (tty) {
        (void)tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
    }
#else
    std::getline(std::cin, line);
#endif
    auto bytes = Security::SecureBytes::copyOf(QByteArrayView(line.data(), static_cast<qsizetype>(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return bytes;
}

QString describe(const Security::KdfParameters &p)
{
    return QStringLiteral("Argon2id, memory %1 MiB, %2 pass(es)").arg(p.memoryKiB / 1024).arg(p.opsLimit);
}

/// `server …`: the team server's schema and people, as a PostgreSQL superuser. Prints no citizen data.
int serverCommand(const QStringList &args, const QString &connection)
{
    const QString sub = args.value(1);
    auto admin = Sync::PgConnection::connect(connection);
    if (!admin) {
        err() << errorCodeName(admin.code()) << ": " << admin.error().detail << "\n";
        return 1;
    }
    Sync::PgConnection &c = **admin;
    const auto report = [](const Status &s, const QString &done) {
        if (!s) {
            err() << errorCodeName(s.code()) << ": " << s.error().detail << "\n";
            return 1;
        }
        out() << done << "\n";
        return 0;
    };
    if (sub == QLatin1String("init")) {
        const Status s = Sync::ServerSchema::init(c);
        return report(s, QStringLiteral("server schema version %1").arg(Sync::ServerSchema::currentVersion()));
    }
    if (sub == QLatin1String("status")) {
        auto status = Sync::ServerSchema::status(c);
        if (!status)
            return report(status.status(), {});
        out() << "PostgreSQL " << status->postgresVersion << "\n"
              << "server schema version " << status->schemaVersion << " (this program speaks "
              << Sync::ServerSchema::currentVersion() << ")\n";
        if (status->schemaVersion > 0)
            out() << status->people << " support person(s), " << status->teams << " team(s)\n";
        return status->schemaVersion == Sync::ServerSchema::currentVersion() ? 0 : 1;
    }
    if (sub == QLatin1String("add-user") && args.size() >= 3) {
        Security::SecureBytes password = readPassphrase("Password: ");
        const QString clear = QString::fromUtf8(password.constChar(), qsizetype(password.size()));
        password.clear();
        if (clear.isEmpty()) {
            err() << "an empty password is refused\n";
            return 2;
        }
        return report(Sync::ServerSchema::addUser(c, args.at(2), clear, args.value(3)),
            QStringLiteral("added %1").arg(args.at(2)));
    }
    if (sub == QLatin1String("add-team") && args.size() >= 3)
        return report(
            Sync::ServerSchema::addTeam(c, args.at(2), args.value(3)), QStringLiteral("added %1").arg(args.at(2)));
    if (sub == QLatin1String("grant") && args.size() >= 4)
        return report(Sync::ServerSchema::grant(c, args.at(2), args.at(3)),
            QStringLiteral("%1 is now in %2").arg(args.at(3), args.at(2)));
    err() << "usage: server init | status | add-user NAME [DISPLAY NAME] | add-team NAME [DISPLAY NAME] | grant TEAM "
             "USER\n";
    return 2;
}

/// `sync FILE`: pushes and pulls one case file (its passphrase on standard input; the server's password
/// from libpq: PGPASSWORD, ~/.pgpass, or a client certificate). Prints counts only.
int syncCommand(const QString &path, const QString &connection)
{
    Security::SecureBytes passphrase = readPassphrase();
    auto file = Storage::CaseFile::open(path, passphrase);
    passphrase.clear();
    if (!file) {
        err() << errorCodeName(file.code()) << ": " << file.error().detail << "\n";
        return 1;
    }
    auto server = Sync::PgConnection::connect(connection);
    if (!server) {
        err() << errorCodeName(server.code()) << ": " << server.error().detail << "\n";
        return 1;
    }
    (*file)->setActor((*server)->user());
    Sync::SyncEngine engine(**file, **server);
    QElapsedTimer timer;
    timer.start();
    auto report = engine.sync();
    if (!report) {
        err() << errorCodeName(report.code()) << ": " << report.error().detail
              << "\nnothing is lost: what was not sent stays in the file for the next sync\n";
        return 1;
    }
    out() << "pushed " << report->pushed << " change(s)" << (report->resent ? " (an earlier push sent again)" : "")
          << ", " << report->conflicts << " new conflict(s), " << report->refused << " refused\n"
          << "received " << report->received << " change(s); cases added " << report->casesAdded << ", removed "
          << report->casesRemoved << ", erased " << report->casesErased << "\n"
          << report->openConflicts << " conflict(s) waiting for a person\n"
          << "synchronised in " << timer.elapsed() << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("traedesten-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAEDESTEN_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inspect Trædesten case files.\n\n"
        "Commands:\n"
        "  calibrate     choose Argon2id parameters for this computer (about 1 s) and time them\n"
        "  info FILE     show a case file's key-derivation parameters (no passphrase needed)\n"
        "  check FILE    open a case file (passphrase on standard input; recorded in the file's access log)\n"
        "                and report its schema and unlock time\n"
        "  sync FILE     push the case file's changes to the team server and pull the team's (passphrase on\n"
        "                standard input; the server's password from PGPASSWORD or ~/.pgpass, or a client\n"
        "                certificate; --connect or PG* variables say where). A file used alone until now\n"
        "                uploads its caseload as the user's own.\n\n"
        "Team server (as a PostgreSQL superuser; --connect or libpq's PG* variables say where; TLS with the\n"
        "server's certificate checked unless sslmode says otherwise):\n"
        "  server init                 create or upgrade the server's schema and roles\n"
        "  server status               PostgreSQL's and the schema's version, people and teams\n"
        "  server add-user NAME [DISPLAY NAME]   a support person (password on standard input)\n"
        "  server add-team NAME [DISPLAY NAME]   a team citizens can be shared with\n"
        "  server grant TEAM USER      make a support person a member of a team"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
        QStringLiteral(
            "libpq connection string for server and sync commands, e.g. \"host=db.kommune.dk dbname=traedesten\""),
        QStringLiteral("conninfo"));
    parser.addOption(connectOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("calibrate, info, check, sync or server"));
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("a .traedesten file"), QStringLiteral("[file]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);

    const QString &command = args.first();
    if (command == QLatin1String("server"))
        return serverCommand(args, parser.value(connectOption));
    if (command == QLatin1String("calibrate")) {
        const auto c = Security::KeyDerivation::calibrate();
        out() << describe(c.parameters) << "; one derivation took " << c.measured.count() << " ms\n";
        return 0;
    }
    if (args.size() < 2) {
        err() << "missing FILE\n";
        return 2;
    }
    const QString &path = args.at(1);
    if (command == QLatin1String("info")) {
        auto header = Storage::CaseFile::readHeader(path);
        if (!header) {
            err() << errorCodeName(header.code()) << ": " << header.error().detail << "\n";
            return 1;
        }
        out() << describe(header->parameters()) << "\n";
        return 0;
    }
    if (command == QLatin1String("sync"))
        return syncCommand(path, parser.value(connectOption));
    if (command == QLatin1String("check")) {
        Security::SecureBytes passphrase = readPassphrase();
        QElapsedTimer timer;
        timer.start();
        auto file = Storage::CaseFile::open(path, passphrase);
        const qint64 elapsed = timer.elapsed();
        passphrase.clear();
        if (!file) {
            err() << errorCodeName(file.code()) << ": " << file.error().detail << "\n";
            return 1;
        }
        out() << describe((*file)->kdfParameters()) << "\n"
              << "schema version " << (*file)->schemaVersion().value_or(-1) << " (this program writes "
              << Storage::Schema::currentVersion() << ")\n"
              << "opened in " << elapsed << " ms\n";
        return 0;
    }
    err() << "unknown command: " << command << "\n";
    return 2;
}
