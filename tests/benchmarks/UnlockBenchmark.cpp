// How long a support person waits to unlock a case file on this machine: Argon2id on a small file, and what
// opening and unlocking cost beyond it on the case file at the real scale (ScaleCaseload: ~2.5 GB). Goal: unlock
// beyond Argon2id <= 150 ms whatever the file's size. Built with the dev preset, not run by ctest:
//   build/dev/tests/benchmarks/unlock_benchmark
#include "ScaleCaseload.h"
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Traedesten;

namespace {

const char *const Passphrase = "brombær-cykelhjelm-fjordlys-17-tågehorn";

void BM_CalibratedUnlock(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.traedesten"));
    const auto calibration = Security::KeyDerivation::calibrate();
    {
        auto created
            = Storage::CaseFile::create(path, Security::SecureBytes::copyOf(Passphrase), calibration.parameters);
        if (!created) {
            state.SkipWithError("could not create the case file");
            return;
        }
    }
    for (auto _ : state) {
        auto file = Storage::CaseFile::open(path, Security::SecureBytes::copyOf(Passphrase));
        benchmark::DoNotOptimize(file.ok());
        if (!file)
            state.SkipWithError("could not open the case file");
    }
    state.counters["memory_MiB"] = calibration.parameters.memoryKiB / 1024.0;
    state.counters["passes"] = calibration.parameters.opsLimit;
}
BENCHMARK(BM_CalibratedUnlock)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_LockThenUnlockWithKnownKey(benchmark::State &state)
{
    // The part after key derivation: reopening, integrity of page 1, audit event.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.traedesten"));
    auto file = Storage::CaseFile::create(
        path, Security::SecureBytes::copyOf(Passphrase), Security::KeyDerivation::minimumParameters());
    auto key = (*file)->deriveKey(Security::SecureBytes::copyOf(Passphrase));
    for (auto _ : state) {
        (*file)->lock();
        auto copy = Security::SecureBytes::copyOf(QByteArrayView(key->constChar(), qsizetype(key->size())));
        benchmark::DoNotOptimize((*file)->unlockWithKey(std::move(copy)).ok());
    }
}
BENCHMARK(BM_LockThenUnlockWithKnownKey)->Unit(benchmark::kMillisecond);

Security::SecureBytes scalePassphrase()
{
    return Security::SecureBytes::copyOf(Benchmarks::ScaleCaseload::passphrase());
}

/// Unlocking after an idle lock at the real scale: unlockWithKey with the derived key (lock() untimed).
void BM_UnlockWithKeyAtScale(benchmark::State &state)
{
    const QString path = Benchmarks::ScaleCaseload::path();
    auto file = Storage::CaseFile::open(path, scalePassphrase());
    if (!file) {
        state.SkipWithError("open failed");
        return;
    }
    auto key = (*file)->deriveKey(scalePassphrase());
    for (auto _ : state) {
        state.PauseTiming();
        (*file)->lock();
        auto copy = Security::SecureBytes::copyOf(QByteArrayView(key->constChar(), qsizetype(key->size())));
        state.ResumeTiming();
        if (!(*file)->unlockWithKey(std::move(copy)))
            state.SkipWithError("unlock failed");
    }
    state.counters["file_GB"] = double(QFileInfo(path).size()) / 1e9;
}
BENCHMARK(BM_UnlockWithKeyAtScale)->Unit(benchmark::kMillisecond)->Iterations(10);

/// Opening at the real scale (the cheapest key derivation, so nearly all of it is beyond Argon2id).
void BM_OpenAtScale(benchmark::State &state)
{
    const QString path = Benchmarks::ScaleCaseload::path();
    for (auto _ : state) {
        auto file = Storage::CaseFile::open(path, scalePassphrase());
        if (!file)
            state.SkipWithError("open failed");
    }
}
BENCHMARK(BM_OpenAtScale)->Unit(benchmark::kMillisecond)->Iterations(3);

/// The full check (cipher and quick check) that no longer runs when opening: what the background check costs.
void BM_FullIntegrityCheckAtScale(benchmark::State &state)
{
    auto file = Storage::CaseFile::open(Benchmarks::ScaleCaseload::path(), scalePassphrase());
    if (!file) {
        state.SkipWithError("open failed");
        return;
    }
    for (auto _ : state) {
        if (!(*file)->database()->checkIntegrity())
            state.SkipWithError("the check failed");
    }
}
BENCHMARK(BM_FullIntegrityCheckAtScale)->Unit(benchmark::kMillisecond)->Iterations(1);
// One Argon2id derivation at memory (MiB) x passes: what a damaged header may cost at most (issue 13, item 7).
// Arguments: the floor; the header's work bound (calibration's cap) at 256 MiB and at 1 GiB.
void BM_DerivationAtTheBound(benchmark::State &state)
{
    const Security::KdfParameters p { static_cast<quint32>(state.range(0)) * 1024u,
        static_cast<quint32>(state.range(1)) };
    auto header = Security::FileHeader::generate(p);
    if (!header) {
        state.SkipWithError("parameters outside the bounds");
        return;
    }
    const auto passphrase = Security::SecureBytes::copyOf(Passphrase);
    for (auto _ : state)
        benchmark::DoNotOptimize(Security::KeyDerivation::deriveKey(passphrase, *header).ok());
    state.counters["GiB_passes"] = static_cast<double>(p.workKiB()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_DerivationAtTheBound)
    ->Args({ 64, 1 })
    ->Args({ 256, 8 })
    ->Args({ 1024, 2 })
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

} // namespace

int main(int argc, char **argv)
{
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    Benchmarks::ScaleCaseload::path(); // generate (once per build directory) before any timing starts
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
