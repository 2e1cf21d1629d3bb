// The caseload report and the evaluation export over the case file at the real scale (ScaleCaseload: 10,000
// citizens, ~480,000 ledger entries, ~2 GB of receipts; generated once per build directory). Goals: the report
// under 200 ms warm and at most 1.5 x the same aggregates in plain SQL; the export under 1 s. Not run by ctest:
//   ninja -C build/dev report_benchmark && build/dev/tests/benchmarks/report_benchmark
#include "ScaleCaseload.h"
#include "reports/CaseloadReport.h"
#include "reports/EvaluationExport.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace Traedesten;

namespace {

constexpr int Citizens = Benchmarks::ScaleCaseload::Citizens;

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

const QString &caseFilePath()
{
    static const QString path = Benchmarks::ScaleCaseload::path();
    return path;
}

std::unique_ptr<Storage::CaseFile> openFile(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(
        caseFilePath(), Security::SecureBytes::copyOf(Benchmarks::ScaleCaseload::passphrase()));
    if (!file) {
        state.SkipWithError("open failed");
        return {};
    }
    return std::move(file).value();
}

qint64 countOf(Storage::CaseFile &file, const char *sql)
{
    Storage::Statement s = file.database()->prepare(sql);
    return s.next() ? s.int64(0) : -1;
}

void caseloadCounters(benchmark::State &state, Storage::CaseFile &file)
{
    state.counters["citizens"] = static_cast<double>(countOf(file, "SELECT COUNT(*) FROM citizen"));
    state.counters["goals"] = static_cast<double>(countOf(file, "SELECT COUNT(*) FROM goal"));
    state.counters["ledger_entries"] = static_cast<double>(countOf(file, "SELECT COUNT(*) FROM ledger_entry"));
    state.counters["measurements"] = static_cast<double>(countOf(file, "SELECT COUNT(*) FROM measurement"));
    state.counters["benefits"] = static_cast<double>(countOf(file, "SELECT COUNT(*) FROM benefit"));
}

void BM_CaseloadReport(benchmark::State &state)
{
    auto file = openFile(state);
    if (!file)
        return;
    const QDate asOf = QDate::currentDate();
    Reports::CaseloadReport last;
    for (auto _ : state) {
        auto report = Reports::CaseloadReport::compute(*file, asOf);
        if (!report) {
            state.SkipWithError("the report failed");
            return;
        }
        last = std::move(report).value();
        benchmark::DoNotOptimize(last.citizens);
    }
    caseloadCounters(state, *file);
    state.counters["report_citizens"] = last.citizens;
    state.counters["report_indicators"] = static_cast<double>(last.indicators.size());
    state.counters["households_with_benefits"] = last.householdsWithBenefits;
    if (last.citizens != Citizens)
        state.SkipWithError("the caseload was not generated in full");
}
BENCHMARK(BM_CaseloadReport)->Unit(benchmark::kMillisecond);

void BM_EvaluationExport(benchmark::State &state)
{
    auto file = openFile(state);
    if (!file)
        return;
    const QString path = folder().filePath(QStringLiteral("evaluering.csv"));
    int citizens = 0;
    for (auto _ : state) {
        auto written = Reports::EvaluationExport::write(*file, path, QDate::currentDate());
        if (!written) {
            state.SkipWithError("the export failed");
            return;
        }
        citizens = written->citizens;
    }
    caseloadCounters(state, *file);
    state.counters["exported_citizens"] = citizens;
    state.counters["rows_kB"] = static_cast<double>(QFileInfo(path).size()) / 1024.0;
    state.counters["tables_kB"]
        = static_cast<double>(QFileInfo(Reports::EvaluationExport::tablesPath(path)).size()) / 1024.0;
}
BENCHMARK(BM_EvaluationExport)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    caseFilePath(); // generate before any timing starts
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
