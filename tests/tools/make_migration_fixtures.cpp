// Writes the migration fixtures: tests/data/schema-v<N>.traedesten for every released schema version.
//
//   make_migration_fixtures [FOLDER [VERSION...]]
//
// FOLDER defaults to the source tree's tests/data; without versions, all of them are written.
// Existing fixtures are replaced. See tests/data/README.md.

#include "MigrationFixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdio>

using namespace Traedesten;
namespace Fixtures = Traedesten::TestKit::MigrationFixtures;

int main(int argc, char **argv)
{
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TRAEDESTEN_TEST_DATA_DIR);
    QList<int> versions;
    for (int i = 2; i < argc; ++i) {
        bool ok = false;
        const int version = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || !Fixtures::versions().contains(version)) {
            std::fprintf(stderr, "no fixture of schema version %s\n", argv[i]);
            return 2;
        }
        versions << version;
    }
    if (versions.isEmpty())
        versions = Fixtures::versions();
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(folder));
        return 1;
    }

    for (int version : std::as_const(versions)) {
        const QString path = QDir(folder).filePath(Fixtures::fileName(version));
        const QString part = path + QStringLiteral(".part");
        QFile::remove(part);
        if (Status s = Fixtures::write(part, version, TestKit::fastKdf()); !s) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(Fixtures::fileName(version)), qPrintable(s.error().detail));
            return 1;
        }
        QFile::remove(path);
        if (!QFile::rename(part, path)) {
            std::fprintf(stderr, "cannot replace %s\n", qPrintable(path));
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
