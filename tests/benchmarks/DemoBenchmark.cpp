// Generating the demo caseload (citizens, households, goals, budgets, plans, measurements, benefits) into a
// new case file, at the sizes the other benchmarks use. Not run by ctest:
//   ninja -C build/dev demo_benchmark && build/dev/tests/benchmarks/demo_benchmark
#include "security/KeyDerivation.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QCoreApplication>
#include <QDate>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Traedesten;

namespace {

const char *const Passphrase = "demo-brombær-fjordlys-17";

void BM_GenerateDemo(benchmark::State &state)
{
    const int citizens = static_cast<int>(state.range(0));
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto created = Storage::CaseFile::create(dir.filePath(QStringLiteral("demo-%1.traedesten").arg(run++)),
            Security::SecureBytes::copyOf(Passphrase), Security::KeyDerivation::minimumParameters());
        if (!created) {
            state.SkipWithError("could not create the case file");
            return;
        }
        std::unique_ptr<Storage::CaseFile> file = std::move(created).value();
        state.ResumeTiming();
        const Status generated = Storage::DemoCaseload::generate(*file, { citizens, 2026, QDate(2026, 11, 1) });
        if (!generated) {
            state.SkipWithError("could not generate the caseload");
            return;
        }
        state.PauseTiming();
        file.reset(); // closing the file is not part of generating
        state.ResumeTiming();
    }
    state.counters["citizens"] = citizens;
}
BENCHMARK(BM_GenerateDemo)->Arg(1'000)->Arg(5'000)->Arg(10'000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::benchmark::Initialize(&argc, argv);
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
