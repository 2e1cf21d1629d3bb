#pragma once

#include "Result.h"
#include "storage/SyncStore.h"

#include <QString>

#include <functional>
#include <optional>
#include <type_traits>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Sync {

class PgConnection;

/// What one synchronisation did (no citizen data: counts only).
struct SyncReport
{
    int pushed = 0; ///< changes the server applied from this file
    int conflicts = 0; ///< of those, fields that became conflicts (the server's value kept)
    int refused = 0; ///< changes the server refused (no write access)
    bool resent = false; ///< an earlier push whose answer was lost was sent again
    int received = 0; ///< records changed here by the server's changes
    int casesAdded = 0; ///< cases newly shared with or transferred to this user, fetched whole
    int casesRemoved = 0; ///< cases no longer shared with this user, removed here
    int casesErased = 0; ///< cases erased by their owner, erased here
    int openConflicts = 0; ///< conflicts waiting for a person, after this synchronisation
};

/**
 * Synchronises one case file with the team server (docs/team-server-design.md): pushes what changed here
 * (exactly once: the batch and its id are kept in the file until the server answers), then pulls what
 * changed there in the server's order, fetching or removing whole cases when access changed, and
 * refreshes the open conflicts. The case file stays the working copy; nothing here needs the GUI.
 *
 * The network calls are slow and the file's transactions are short: the GUI runs sync() on a worker
 * thread and gives setFileAccess() a function that runs each step on the case file on the thread that
 * owns it (a blocking queued call), so typing never waits for the server and the CaseFile is only ever
 * used on its own thread. The command line (`traedesten-cli sync`) runs everything directly.
 */
class SyncEngine
{
public:
    SyncEngine(Storage::CaseFile &file, PgConnection &connection);

    /// Push, then pull. Stops at the first error; what was done so far is kept and the next run goes on.
    Result<SyncReport> sync();

    /// Gives the case to the colleague @p to (owner only); this file removes it at the next pull.
    Status transfer(const QString &caseId, const QString &to);
    /// Shares the case with a colleague or team; @p department (a department's id) limits a household's
    /// share to that department's part of the family plan.
    Status share(const QString &caseId, const QString &with, bool canWrite, const QString &department = {});
    Status unshare(const QString &caseId, const QString &with);

    /// Runs one step on the case file (SyncStore) where the file may be used; by default directly.
    using FileAccess = std::function<void(const std::function<void()> &)>;
    void setFileAccess(FileAccess access) { m_fileAccess = std::move(access); }
    /// Runs @p step on the case file where it may be used (the file access above); Cancelled if it did not run.
    Status onCaseFile(const std::function<Status(Storage::CaseFile &)> &step)
    {
        return onFile([&] { return step(m_file); });
    }

    /// For tests: called after the server has committed a push and before its answer is kept; an error
    /// returned stands for a connection lost at that moment.
    void setAfterPushHook(std::function<Status()> hook) { m_afterPush = std::move(hook); }
    /// How many changes one pull asks for (tests make it small to cross page boundaries).
    void setPageSize(int rows) { m_pageSize = rows; }

private:
    Status push(SyncReport &report);
    Status pull(SyncReport &report);
    Status refreshConflicts(SyncReport &report);
    Result<QList<Storage::SyncChange>> snapshot(const QString &caseId);
    /// @p step's result, computed where the file may be used (setFileAccess()).
    template<typename Step> auto onFile(Step &&step) -> std::invoke_result_t<Step>
    {
        std::optional<std::invoke_result_t<Step>> result;
        m_fileAccess([&] { result.emplace(step()); });
        if (!result) // the file's thread did not run it (closing): nothing was done
            return Error { ErrorCode::Cancelled, QStringLiteral("the case file's step did not run") };
        return std::move(*result);
    }

    Storage::CaseFile &m_file;
    PgConnection &m_connection;
    FileAccess m_fileAccess = [](const std::function<void()> &step) {
        step();
    };
    std::function<Status()> m_afterPush;
    int m_pageSize = 1000;
};

} // namespace Traedesten::Sync
