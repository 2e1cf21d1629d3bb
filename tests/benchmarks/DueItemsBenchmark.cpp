// This week (Reports::dueItems and its model) over a generated caseload of 5,000 citizens, with
// expiry dates given to the demo's consents so every kind of item is there. Goal: well under
// 50 ms, so the view loads on the GUI thread after every change. Not run by ctest:
//   cmake --build --preset dev --target due_items_benchmark && build/dev/tests/benchmarks/due_items_benchmark
#include "models/DueItemsModel.h"
#include "reports/DueItems.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Database.h"
#include "storage/DemoCaseload.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

using namespace Traedesten;

namespace {

constexpr int Citizens = 5000;
const char *const Passphrase = "denne-uge-brombær-fjordlys-17";

/// One generated file for all benchmarks. The cheapest key derivation: opening is not measured here.
const QString &caseFilePath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("caseload-5000.traedesten"));
        auto file = Storage::CaseFile::create(
            p, Security::SecureBytes::copyOf(Passphrase), Security::KeyDerivation::minimumParameters());
        if (!file) {
            std::fprintf(stderr, "could not create the case file\n");
            return p;
        }
        if (!Storage::DemoCaseload::generate(**file, { Citizens, 5, {} }))
            std::fprintf(stderr, "could not generate the caseload\n");
        // The demo's consents run until withdrawn; give them expiry dates from 20 days ago to 40 ahead.
        Storage::Statement s = (*file)->database()->prepare(
            "UPDATE consent SET expires_on = date(?1, (abs(random()) % 60 - 20) || ' days')");
        s.bind(1, QDate::currentDate().toString(Qt::ISODate)).run();
        return p;
    }();
    return path;
}

std::unique_ptr<Storage::CaseFile> openFile(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
    if (!file) {
        state.SkipWithError("open failed");
        return {};
    }
    return std::move(file).value();
}

void BM_DueItems(benchmark::State &state)
{
    auto file = openFile(state);
    if (!file)
        return;
    const int days = static_cast<int>(state.range(0));
    const QDate today = QDate::currentDate();
    QList<Reports::DueItem> items;
    for (auto _ : state) {
        auto found = Reports::dueItems(*file, today, days);
        if (!found) {
            state.SkipWithError("the query failed");
            return;
        }
        items = std::move(found).value();
        benchmark::DoNotOptimize(items.size());
    }
    int kinds[4] = {};
    int overdue = 0;
    for (const Reports::DueItem &i : items) {
        ++kinds[static_cast<int>(i.kind)];
        overdue += i.overdue ? 1 : 0;
    }
    state.counters["items"] = static_cast<double>(items.size());
    state.counters["overdue"] = overdue;
    state.counters["stones"] = kinds[0];
    state.counters["follow_ups"] = kinds[1];
    state.counters["consents"] = kinds[2];
    state.counters["budgets"] = kinds[3];
}
BENCHMARK(BM_DueItems)->Arg(7)->Arg(14)->Arg(30)->Unit(benchmark::kMillisecond);

/// What the window does after each change: the query and a model reset.
void BM_DueItemsModelReload(benchmark::State &state)
{
    auto file = openFile(state);
    if (!file)
        return;
    Storage::Caseload caseload(*file);
    Ui::DueItemsModel model;
    model.setDays(30);
    model.setCaseload(&caseload);
    for (auto _ : state) {
        model.reload();
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_DueItemsModelReload)->Unit(benchmark::kMillisecond);

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
