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
 * Deterministic for a given seed, so tests and benchmarks can rely on it.
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
    };

    /// Called now and then with (done, total); return false to cancel (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    static Status generate(CaseFile &file, const Options &options, const Progress &progress = {});
};

} // namespace Traedesten::Storage
