#pragma once

#include <QString>

namespace Traedesten::Benchmarks {

/**
 * The case file at the real scale of issue 13: 10,000 citizens with about 48 ledger entries each and about
 * 2 GB of receipts (photos of 1–3 MB), a file of about 2.5 GB. Generating it takes minutes, so it is made
 * once per build directory (build/dev/tests/benchmarks/data, or $TRAEDESTEN_BENCHMARK_DATA) and reused;
 * its name carries the generator's version, so a changed generator makes a new one. The cheapest key
 * derivation: opening is measured beyond Argon2id.
 */
class ScaleCaseload
{
public:
    static constexpr int Citizens = 10'000;
    static constexpr int LedgerEntriesPerCitizen = 48;
    static constexpr qint64 ReceiptBytes = 2'000'000'000;
    /// Raise whenever DemoCaseload or these figures change what the file holds.
    static constexpr int GeneratorVersion = 1;

    static const char *passphrase();
    /// The file's path, generated first if it is not there yet (progress on stderr); empty on failure.
    static QString path();
};

} // namespace Traedesten::Benchmarks
