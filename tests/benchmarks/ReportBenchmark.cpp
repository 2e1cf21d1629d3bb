// The caseload report over 10,000 citizens (issue #6).
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
