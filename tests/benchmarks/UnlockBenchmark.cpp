// How long a support person waits to unlock a case file on this machine.
// Built with the dev preset, not run by ctest:  build/dev/tests/benchmarks/unlock_benchmark
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"

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

// One Argon2id derivation at memory (MiB) x passes: what a damaged header may cost at most (issue 13, item 7).
// Arguments: the floor; calibration's cap (256 MiB x 16); the header's work bound at 256 MiB and at 1 GiB.
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
    ->Args({ 256, 16 })
    ->Args({ 256, 32 })
    ->Args({ 1024, 8 })
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

} // namespace

BENCHMARK_MAIN();
