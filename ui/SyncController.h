#pragma once

#include "Result.h"
#include "sync/SyncEngine.h"
#include "sync/TeamDirectory.h"
#include "sync/TeamServerSettings.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QTimer;

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Ui {

/**
 * Synchronisation that needs no thought: after unlocking, a short while after each change, every few
 * minutes, and on Sync now (Ctrl+Shift+S), while a case file with a team server is unlocked; never while it
 * is locked. The network waits on a worker thread; each step on the case file runs on the GUI thread between
 * events, so typing never waits for the server. Locking or closing never waits for the server either: the
 * worker's remaining steps on the file are dropped and its network call ends by libpq's timeouts
 * (TeamServerSettings::connectionString). The state it is in is for the status bar.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotConfigured, ///< no team server set for this case file
        NeedsPassword, ///< set, but no password in the keyring nor typed in this unlock
        Syncing,
        Synced, ///< at lastSynced(), nothing waiting
        Waiting, ///< changes here not yet sent (waitingChanges())
        Offline, ///< the server cannot be reached now; changes wait in the file
        Conflicts, ///< conflicts to resolve (openConflicts())
        Failed, ///< another error (lastError())
    };

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    /// The unlocked case file and its id, or nullptr when it is locked or closed: a running synchronisation
    /// then touches the file no more (it may be locked or destroyed right after this returns).
    void setCaseFile(Storage::CaseFile *file, const QString &fileId);
    void setServer(const Sync::TeamServerSettings &settings, const QString &password);

    /// Ctrl+Shift+S: synchronises now (or as soon as the running one ends); enabled while a case file is
    /// unlocked, and without a team server it leads to Settings ▸ Team server.
    QAction *syncNowAction() const { return m_syncNow; }
    /// Synchronises now, if a case file and a server are set.
    void syncNow();
    /// A change was made here: synchronise a few seconds after the last one.
    void noteChange();

    State state() const { return m_state; }
    QDateTime lastSynced() const { return m_lastSynced; }
    int waitingChanges() const { return m_waiting; }
    int openConflicts() const { return m_conflicts; }
    Error lastError() const { return m_error; }
    /// The status bar's words for the state.
    QString stateText() const;
    /// The team server password in use (from the keyring or typed in this unlock); empty when none.
    QString password() const { return m_password; }
    /// A synchronisation's worker is still running (perhaps only finishing its network call after a stop).
    bool isRunning() const { return m_running; }

    /// Something to do on the team server as this user (transfer, share, withdraw a share): run by the next
    /// synchronisation, after its push (so the server has every record this file made) and followed by a
    /// pull (so its effect reaches this file at once). @p done gets its outcome on this thread; not called
    /// when the file is locked or closed first.
    using TeamAction = std::function<Status(Sync::SyncEngine &)>;
    void runOnServer(TeamAction action, std::function<void(const Status &)> done);

    /// The team server's people and teams (but the user), as of the last synchronisation.
    QList<Sync::Colleague> colleagues() const { return m_colleagues; }
    /// The user is the programme's: figures of every case, names pseudonymised, nothing written.
    bool figuresOnly() const { return m_figuresOnly; }
    /// Who owns and shares the cases of this file, as of the last synchronisation (kept in the file).
    const QList<Sync::CaseAccessInfo> &caseAccess() const { return m_caseAccess; }
    /// The team server in use for this case file.
    const Sync::TeamServerSettings &settings() const { return m_settings; }

    /// Milliseconds after the last change before synchronising (tests make it shorter).
    void setChangeDelay(int milliseconds);
    /// The action's text in the current language (after a language switch).
    void retranslate();

Q_SIGNALS:
    void stateChanged(Traedesten::Ui::SyncController::State state);
    /// Citizens or households left this case file: transferred, a share withdrawn, or erased by the owner.
    void casesRemoved(int removed, int erased);
    /// Citizens or households were shared with or transferred to this user and fetched.
    void casesAdded(int added);
    /// caseAccess() or colleagues() changed (after a synchronisation, or read from the file at unlock).
    void teamChanged();
    /// Sync now without a team server, or without its password: the person is shown where to set it.
    void setupRequested();

private:
    struct TeamInfo
    {
        QList<Sync::Colleague> colleagues;
        QList<Sync::CaseAccessInfo> cases;
        bool figuresOnly = false;
    };
    void start();
    static Result<Sync::SyncReport> fetchTeam(Sync::SyncEngine &engine, Sync::PgConnection &connection,
        Result<Sync::SyncReport> report, std::optional<TeamInfo> &team);
    void finish(const Result<Sync::SyncReport> &report);
    void setState(State state);
    void refreshWaiting();

    Storage::CaseFile *m_file = nullptr;
    QString m_fileId;
    Sync::TeamServerSettings m_settings;
    QString m_password;
    QAction *m_syncNow = nullptr;
    QTimer *m_afterChange = nullptr;
    QTimer *m_periodic = nullptr;
    State m_state = State::NotConfigured;
    QDateTime m_lastSynced;
    int m_waiting = 0;
    int m_conflicts = 0;
    Error m_error;
    bool m_running = false;
    bool m_again = false; ///< asked while running: once more when it ends
    bool m_changedMeanwhile = false; ///< a change noted while running (it may be the sync's own)
    std::shared_ptr<std::atomic<bool>> m_stopping; ///< shared with the worker: the file is going
    struct PendingAction
    {
        TeamAction action;
        std::function<void(const Status &)> done;
    };
    QList<PendingAction> m_actions; ///< waiting for the next synchronisation
    bool m_figuresOnly = false;
    QList<Sync::Colleague> m_colleagues;
    QList<Sync::CaseAccessInfo> m_caseAccess;
};

} // namespace Traedesten::Ui
