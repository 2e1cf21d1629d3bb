// A search keystroke, opening a file and choosing a citizen over a generated
// caseload of 5,000 citizens. Built with the dev preset, not run by ctest:
//   build/dev/tests/benchmarks/caseload_benchmark
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Traedesten;

namespace {

constexpr int Citizens = 5000;
const char *const Passphrase = "benchmark-brombær-fjordlys-17";

/// One generated file for all benchmarks, with this machine's real key-derivation cost.
const QString &caseFilePath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("caseload-5000.traedesten"));
        auto file = Storage::CaseFile::create(
            p, Security::SecureBytes::copyOf(Passphrase), Security::KeyDerivation::calibrate().parameters);
        if (file)
            (void)Storage::DemoCaseload::generate(**file, { Citizens, 5, {} }, [](int done, int) {
                if (done % 1000 == 0)
                    fprintf(stderr, "generated %d\n", done);
                return true;
            });
        return p;
    }();
    return path;
}

void BM_SearchKeystroke(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
    if (!file) {
        state.SkipWithError("open failed");
        return;
    }
    Storage::Caseload caseload(**file);
    Ui::CaseloadModel model;
    model.setSource(&caseload.citizens(), &caseload.notifier());
    Ui::CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(Ui::CaseloadModel::NameColumn);
    // Typing "kørekort" one letter at a time, then deleting it again.
    const QString word = QStringLiteral("kørekort");
    int step = 0;
    for (auto _ : state) {
        const int length = step % 16 < 8 ? step % 8 + 1 : 8 - step % 8;
        filter.setSearchText(word.left(length));
        benchmark::DoNotOptimize(filter.rowCount());
        ++step;
    }
    state.counters["citizens"] = model.rowCount();
}
BENCHMARK(BM_SearchKeystroke)->Unit(benchmark::kMillisecond);

void BM_OpenToPopulatedCaseload(benchmark::State &state)
{
    caseFilePath();
    for (auto _ : state) {
        auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
        Storage::Caseload caseload(**file);
        Ui::CaseloadModel model;
        model.setSource(&caseload.citizens(), &caseload.notifier());
        benchmark::DoNotOptimize(model.rowCount());
        if (model.rowCount() != Citizens)
            state.SkipWithError("caseload not populated");
    }
}
BENCHMARK(BM_OpenToPopulatedCaseload)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadCaseloadModel(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
    Storage::Caseload caseload(**file);
    Ui::CaseloadModel model;
    for (auto _ : state) {
        model.setSource(&caseload.citizens(), &caseload.notifier());
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_LoadCaseloadModel)->Unit(benchmark::kMillisecond);

/// What every edit costs the caseload list: one citizen's row, read again.
void BM_RefreshOneCaseloadRow(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
    Storage::Caseload caseload(**file);
    const auto rows = caseload.citizens().caseload().value();
    qsizetype i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(caseload.citizens().caseloadRow(rows.at(i++ % rows.size()).citizenId));
}
BENCHMARK(BM_RefreshOneCaseloadRow)->Unit(benchmark::kMillisecond);

/// What choosing a citizen in the list reads for the four pages: it must not grow with the caseload.
void BM_SelectCitizenPages(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), Security::SecureBytes::copyOf(Passphrase));
    Storage::Caseload caseload(**file);
    const auto rows = caseload.citizens().caseload().value();
    qsizetype i = 0;
    for (auto _ : state) {
        const QString id = rows.at(i++ % rows.size()).citizenId;
        auto citizen = caseload.citizens().get(id);
        benchmark::DoNotOptimize(caseload.goals().goalsOf(id));
        benchmark::DoNotOptimize(caseload.notes().notesOf(id));
        if (citizen && !citizen->householdId.isEmpty()) {
            benchmark::DoNotOptimize(caseload.households().get(citizen->householdId));
            benchmark::DoNotOptimize(caseload.households().members(citizen->householdId));
        }
    }
}
BENCHMARK(BM_SelectCitizenPages)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
