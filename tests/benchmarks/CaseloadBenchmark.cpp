// A search keystroke, opening and unlocking the file, showing the caseload list, refreshing one row and choosing
// a citizen, over the case file at the real scale (ScaleCaseload: 10,000 citizens, ~480,000 ledger entries, ~2 GB
// of receipts; generated once per build directory). Goals: unlock beyond Argon2id <= 150 ms, the list shown
// <= 150 ms after that, the program with the file open <= 200 MB resident. Built with the dev preset, not run by
// ctest (BM_ResidentWithFileOpen alone, in a process of its own, for a true figure):
//   build/dev/tests/benchmarks/caseload_benchmark --benchmark_filter=Resident
//   build/dev/tests/benchmarks/caseload_benchmark --benchmark_filter=-Resident
#include "ScaleCaseload.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "pages/CaseloadPage.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace Traedesten;

namespace {

constexpr int Citizens = Benchmarks::ScaleCaseload::Citizens;

const QString &caseFilePath()
{
    static const QString path = Benchmarks::ScaleCaseload::path();
    return path;
}

Security::SecureBytes passphrase()
{
    return Security::SecureBytes::copyOf(Benchmarks::ScaleCaseload::passphrase());
}

/// A line of /proc/self/status in MB (VmRSS, VmHWM), or -1.
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

void BM_SearchKeystroke(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
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
        auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
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
    auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
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
    auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
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
    auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
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

/// What unlocking after an idle lock costs beyond Argon2id (unlockWithKey with the derived key), and then the
/// caseload list shown as the program shows it (the model's load through the page's sorted filter).
void BM_UnlockThenCaseloadShown(benchmark::State &state)
{
    auto opened = Storage::CaseFile::open(caseFilePath(), passphrase());
    if (!opened) {
        state.SkipWithError("open failed");
        return;
    }
    Storage::CaseFile &file = **opened;
    auto key = file.deriveKey(passphrase());
    Storage::Caseload caseload(file);
    Ui::CaseloadModel model;
    Ui::CaseloadPage page;
    page.setModel(&model);
    page.resize(1366, 768);
    page.show();
    QCoreApplication::processEvents();
    double unlockMs = 0;
    double shownMs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        model.setSource(nullptr, nullptr); // as AppController::lock
        file.lock();
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto copy = Security::SecureBytes::copyOf(QByteArrayView(key->constChar(), qsizetype(key->size())));
        if (!file.unlockWithKey(std::move(copy))) {
            state.SkipWithError("unlock failed");
            return;
        }
        const qint64 unlocked = timer.nsecsElapsed();
        model.setSource(&caseload.citizens(), &caseload.notifier()); // as AppController::connectModels
        QCoreApplication::processEvents(); // the view lays out and paints
        unlockMs += double(unlocked) / 1e6;
        shownMs += double(timer.nsecsElapsed() - unlocked) / 1e6;
        if (model.rowCount() != Citizens)
            state.SkipWithError("caseload not populated");
    }
    state.counters["unlock_ms"] = unlockMs / double(state.iterations());
    state.counters["list_shown_ms"] = shownMs / double(state.iterations());
}
BENCHMARK(BM_UnlockThenCaseloadShown)->Unit(benchmark::kMillisecond)->Iterations(5);

/// The list's query alone after an unlock (the connection's page cache empty, as after a lock): what of
/// BM_UnlockThenCaseloadShown's list_shown_ms is SQLite's and SQLCipher's, the rest being the model and the view.
void BM_CaseloadQueryAfterUnlock(benchmark::State &state)
{
    auto opened = Storage::CaseFile::open(caseFilePath(), passphrase());
    if (!opened) {
        state.SkipWithError("open failed");
        return;
    }
    Storage::CaseFile &file = **opened;
    auto key = file.deriveKey(passphrase());
    Storage::Caseload caseload(file);
    for (auto _ : state) {
        state.PauseTiming();
        file.lock();
        auto copy = Security::SecureBytes::copyOf(QByteArrayView(key->constChar(), qsizetype(key->size())));
        if (!file.unlockWithKey(std::move(copy))) {
            state.SkipWithError("unlock failed");
            return;
        }
        state.ResumeTiming();
        auto rows = caseload.citizens().caseload();
        if (!rows || rows->size() != Citizens)
            state.SkipWithError("caseload not read");
    }
}
BENCHMARK(BM_CaseloadQueryAfterUnlock)->Unit(benchmark::kMillisecond)->Iterations(5);

/// The program's memory with the file open and the caseload list shown (as after unlocking). Run alone.
void BM_ResidentWithFileOpen(benchmark::State &state)
{
    for (auto _ : state) {
        auto file = Storage::CaseFile::open(caseFilePath(), passphrase());
        if (!file) {
            state.SkipWithError("open failed");
            return;
        }
        Storage::Caseload caseload(**file);
        Ui::CaseloadModel model;
        Ui::CaseloadPage page;
        page.setModel(&model);
        page.resize(1366, 768);
        page.show();
        model.setSource(&caseload.citizens(), &caseload.notifier());
        QCoreApplication::processEvents();
        state.counters["rss_MB"] = statusMegabytes("VmRSS");
        state.counters["peak_rss_MB"] = statusMegabytes("VmHWM");
    }
}
BENCHMARK(BM_ResidentWithFileOpen)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    caseFilePath(); // generate (once per build directory) before any timing starts
    ::benchmark::Initialize(&argc, argv);
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
