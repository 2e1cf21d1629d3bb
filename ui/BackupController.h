#pragma once

#include "Result.h"
#include "storage/BackupSet.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Traedesten {
class Config;
}

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Ui {

/**
 * The backups of the open case file: the check after opening or unlocking (a backup, read page by page
 * through the connection and checked in full on its own, plus a lock-free check of every page of the live
 * file), a backup before locking or closing, one at least daily while open, and Back up now. One backup at a
 * time, always on a worker thread; the GUI thread only starts it and records its BackedUp event.
 */
class BackupController : public QObject
{
    Q_OBJECT

public:
    /// How long locking or closing waits for its backup before it stops it.
    static constexpr int ClosingWaitMs = 60000;

    BackupController(Config &config, QObject *parent = nullptr);
    ~BackupController() override;

    /// The open (unlocked) file, or nullptr; remembers the file's path under its id.
    void setCaseFile(Storage::CaseFile *file);
    const QString &fileId() const { return m_fileId; }
    /// The folder chosen for this case file, or the default beside it.
    QString folder() const;
    /// Stores the folder for this case file (empty: the default).
    void setFolder(const QString &folder);
    /// The folder chosen for the case file @p fileId at @p caseFilePath (the default when none was chosen).
    static QString folderFor(const Config &config, const QString &fileId, const QString &caseFilePath);

    /// A backup was started and its result has not been handled yet.
    bool isRunning() const { return m_busy; }

    /// After opening or unlocking: a backup (skipped when nothing changed today) and the page check, in the background.
    void checkInBackground();
    /// Back up now (never skipped), with progress and a result message.
    void backUpNow();
    /**
     * Before locking or closing: makes the backup (skipped when nothing changed today) and waits for it, the
     * event loop running, at most @p waitMs; then the caller locks, which stops a copy still running.
     */
    void backUpBeforeClosing(int waitMs = ClosingWaitMs);
    /// Waits until no backup runs (the file must be locked or stop it first, so this is short).
    void waitForIdle();

Q_SIGNALS:
    void progressChanged(int percent);
    /// A message for the status bar; @p failure: something went wrong and the user should know.
    void message(const QString &text, bool failure);
    /// The result of Back up now, in words.
    void backUpNowFinished(const QString &text, bool ok);
    /// The case file is damaged: what happened and what to do.
    void damageFound(const QString &text);
    void idle();

private:
    enum class Reason { Check, Manual, Closing, Daily };
    struct Outcome
    {
        Result<Storage::BackupSet::Made> made = Error { ErrorCode::Internal };
        Status pages;
    };
    void start(Reason reason);
    void finish(Reason reason, const Outcome &outcome);
    void daily();
    QString failureText(const Error &error) const;

    Config &m_config;
    Storage::CaseFile *m_file = nullptr;
    QString m_fileId;
    QFuture<Outcome> m_future;
    QTimer *m_daily = nullptr;
    bool m_damageShown = false;
    bool m_busy = false;
};

} // namespace Traedesten::Ui
