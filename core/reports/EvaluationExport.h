#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Reports {

/**
 * The anonymised evaluation export (documented in docs/evaluation-export.md): one CSV row per
 * citizen with a random pseudonym that is drawn anew for every export and derived from
 * nothing, age band, target groups, goal categories and end assessments, spend and cap, and
 * the built-in indicators' baseline and latest values. No names, CPR numbers, free text or
 * dates finer than the month. Beside it, a second CSV of aggregate tables in which every
 * cell under MinimumCell citizens is suppressed. Both are written atomically (QSaveFile);
 * an audit event records the export, never its content.
 */
class EvaluationExport
{
public:
    static constexpr int MinimumCell = 5;

    /// What was written.
    struct Written
    {
        QString rowsPath;
        QString tablesPath; ///< rowsPath with "-tables" before the extension
        int citizens = 0;
    };

    /// Writes the export of the open file to @p path (and its tables beside it).
    static Result<Written> write(Storage::CaseFile &file, const QString &path, const QDate &asOf);
    /// The tables file's path for @p path: "evaluering.csv" → "evaluering-tables.csv".
    static QString tablesPath(const QString &path);
};

} // namespace Traedesten::Reports
