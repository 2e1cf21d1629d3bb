#include "ScaleCaseload.h"

#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Traedesten::Benchmarks {

const char *ScaleCaseload::passphrase()
{
    return "skala-brombær-fjordlys-17";
}

QString ScaleCaseload::path()
{
    static const QString path = []() -> QString {
        QString folder = qEnvironmentVariable("TRAEDESTEN_BENCHMARK_DATA");
        if (folder.isEmpty())
            folder = QStringLiteral(TRAEDESTEN_BENCHMARK_DATA_DIR);
        if (!QDir().mkpath(folder))
            return {};
        const QString name = QStringLiteral("scale-v%1-%2.traedesten").arg(GeneratorVersion).arg(Citizens);
        const QString p = QDir(folder).filePath(name);
        if (QFileInfo::exists(p))
            return p;
        // Made under another name and renamed when complete, so a cut-short run is never reused.
        const QString partial = p + QStringLiteral(".partial");
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        std::fprintf(stderr, "generating the scale caseload once (minutes): %s\n", qPrintable(p));
        QElapsedTimer timer;
        timer.start();
        {
            auto file = Storage::CaseFile::create(
                partial, Security::SecureBytes::copyOf(passphrase()), Security::KeyDerivation::minimumParameters());
            if (!file) {
                std::fprintf(stderr, "could not create the case file\n");
                return {};
            }
            Storage::DemoCaseload::Options options;
            options.citizens = Citizens;
            options.seed = 2026;
            options.ledgerEntriesPerCitizen = LedgerEntriesPerCitizen;
            options.receiptBytes = ReceiptBytes;
            const Status generated = Storage::DemoCaseload::generate(**file, options, [](int done, int total) {
                if (done % 1000 == 0)
                    std::fprintf(stderr, "generated %d of %d citizens\n", done, total);
                return true;
            });
            if (!generated) {
                std::fprintf(stderr, "could not generate the caseload\n");
                return {};
            }
        }
        if (!QFile::rename(partial, p))
            return {};
        std::fprintf(stderr, "generated in %.0f s, %.2f GB\n", double(timer.elapsed()) / 1000.0,
            double(QFileInfo(p).size()) / 1e9);
        return p;
    }();
    return path;
}

} // namespace Traedesten::Benchmarks
