// traedesten-cli: inspect case files and measure key derivation without the GUI.
// Prints no citizen data: only parameters, versions and timings.
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Schema.h"

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
Security::SecureBytes readPassphrase()
{
    std::string line;
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios old {};
    if (tty) {
        std::fputs("Passphrase: ", stderr);
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
        "                and report its schema and unlock time"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("calibrate, info or check"));
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("a .traedesten file"), QStringLiteral("[file]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        parser.showHelp(2);

    const QString &command = args.first();
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
