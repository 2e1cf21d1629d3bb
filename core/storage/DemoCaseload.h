#pragma once

#include "Result.h"

#include <QDate>

#include <functional>

namespace Traedesten::Storage {

class CaseFile;

/**
 * Fills a case file with a synthetic caseload shaped like the Danish trials:
 * citizens across the target groups, households with children, long-term
 * goals in the citizen's own words, and stepping stones such as a driving
 * licence, a dentist, a passport, a housing deposit, a course, a phone for
 * MitID and clothes before meeting the family. Names are made up.
 *
 * Deterministic for a given seed, so tests and benchmarks can rely on it; the
 * scale options draw from a random stream of their own, so the citizens, goals
 * and purchases are the same with or without them.
 * Everything is written in one transaction with a single audit event.
 */
class DemoCaseload
{
public:
    struct Options
    {
        int citizens = 30;
        quint32 seed = 2026;
        /// Reference date for start dates, due dates and meetings (default: today).
        QDate today;
        /**
         * For benchmarks at the real scale; 0 leaves the demo as it is. About this many ledger entries per
         * citizen on average: small everyday purchases, refunds and a few voided entries added to the budgets.
         */
        int ledgerEntriesPerCitizen = 0;
        /// About this many bytes of receipts in all: photos of 1–3 MB (random bytes), two dozen on each of a few
        /// citizens' entries spread through the caseload.
        qint64 receiptBytes = 0;
    };

    /// Called now and then with (done, total); return false to cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    static Status generate(CaseFile &file, const Options &options, const Progress &progress = {});
};

} // namespace Traedesten::Storage
