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
    (void)Reports::CaseloadReport::compute(*file, asOf); // warm: the pages it reads are decrypted in the cache
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

/// The yardstick for the report: the same aggregates as plain SQL over the same file (every figure summed by
/// SQLite, the benefits priced per month by the report's own statement, the measurements stepped through in
/// the report's order, nothing but stepping through the rows in C++). Goal: the report at most 1.5 x this.
/// state.range(0): 0 sums the ledger (the view ledger_use) as the report did before schema 7; 1 reads the sums the
/// schema's triggers keep per budget (budget_use, budget_category_use), as the report does now.
void BM_CaseloadAggregatesPlainSql(benchmark::State &state)
{
    auto file = openFile(state);
    if (!file)
        return;
    const QString asOf = QDate::currentDate().toString(Qt::ISODate);
    const bool keptSums = state.range(0) == 1;
    const char *const budgetSums = keptSums
        ? "SELECT COUNT(*), SUM(b.cap_minor), SUM(COALESCE(u.used_minor, 0)), "
          "SUM(CAST(COALESCE(u.used_minor, 0) AS REAL) / b.cap_minor) FROM budget b "
          "LEFT JOIN budget_use u ON u.budget_id = b.id"
        : "SELECT COUNT(*), SUM(b.cap_minor), SUM(COALESCE(u.used, 0)), SUM(CAST(COALESCE(u.used, 0) AS REAL) / "
          "b.cap_minor) FROM budget b LEFT JOIN (SELECT budget_id, SUM(used_minor) AS used FROM ledger_use "
          "GROUP BY budget_id) u ON u.budget_id = b.id";
    const char *const categorySums = keptSums
        ? "SELECT category_id, SUM(used_minor) FROM budget_category_use GROUP BY category_id"
        : "SELECT category_id, SUM(used_minor) FROM ledger_use WHERE kind IN ('purchase', 'refund') "
          "GROUP BY category_id";
    const char *const queries[] = {
        "SELECT status, COUNT(*) FROM citizen GROUP BY status",
        "SELECT target_groups, COUNT(*) FROM citizen GROUP BY target_groups",
        "SELECT category, own_assessment, support_assessment, COUNT(*) FROM goal "
        "GROUP BY category, own_assessment, support_assessment",
        budgetSums,
        categorySums,
        "SELECT indicator_id, citizen_id, value FROM measurement "
        "ORDER BY indicator_id, citizen_id, measured_on, created_at, id",
        // The public cost, priced per month as the report prices it (the report's own statement: it is SQL).
        Reports::CaseloadReport::publicCostSql(),
    };
    const auto runAll = [&] {
        qint64 rows = 0;
        for (const char *sql : queries) {
            Storage::Statement s = file->database()->prepare(sql);
            if (QByteArray(sql).contains("?1"))
                s.bind(1, asOf);
            while (s.next())
                ++rows;
        }
        return rows;
    };
    runAll(); // warm, as the report
    for (auto _ : state)
        benchmark::DoNotOptimize(runAll());
}
BENCHMARK(BM_CaseloadAggregatesPlainSql)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

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
