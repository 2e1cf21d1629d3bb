#pragma once

#include "Config.h"
#include "dialogs/NewCaseFileDialog.h"
#include "dialogs/SettingsDialog.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Traedesten::Ui {

class BackupController;
class TeamPasswordStore;
class SyncController;
class TeamController;
class CaseloadModel;
class IdleWatcher;
class LanguageManager;
class MainWindow;
class ScreenLockWatcher;
class WelcomeWindow;

/**
 * Owns the open case file and moves the user between the Welcome window, the
 * unlock dialog, the main window and its lock screen.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString configFile; ///< empty: the user's normal settings
        /// Argon2id parameters for new files; empty: calibrate to about one second.
        NewCaseFileDialog::KdfChooser chooseKdf;
        bool watchScreenLock = true;
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    /// Shows the Welcome window, or the unlock dialog for @p path when given.
    void start(const QString &path = {});

    WelcomeWindow *welcomeWindow() const { return m_welcome.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }
    Storage::CaseFile *caseFile() const { return m_file.get(); }
    IdleWatcher *idleWatcher() const { return m_idle; }
    BackupController *backups() const { return m_backups; }
    LanguageManager *languageManager() const { return m_language; }
    Config &config() { return m_config; }

    void newCaseFile();
    void tryDemoData();
    void newCitizen();
    void editCitizen(const QString &citizenId);
    void openCaseFile();
    void openPath(const QString &path);
    void lock();
    void unlock();
    void closeCaseFile();
    void quit();
    void showSettings(bool caseFilePage = false, bool teamServerPage = false);
    /// Settings ▸ Case file ▸ Change passphrase…: the dialog over @p parent (default: the active window).
    void changePassphrase(QWidget *parent = nullptr);
    void setLanguage(const QString &choice);
    /// Restore from a backup: from the File menu the open file is closed (and backed up) first.
    void restoreBackup();

protected:
    /// Ctrl+L locks even while a dialog blocks the main window's shortcuts.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void caseFileOpened();
    void caseFileClosed();
    void locked();
    void unlocked();

private:
    void adopt(std::unique_ptr<Storage::CaseFile> file);
    void showWelcome();
    void connectModels(bool connected);
    void refreshMunicipality();
    QString suggestedNewPath() const;
    QWidget *activeWindow() const;
    /// Shows or hides the read-only notice as the file's access is now; retries writing after a full disk.
    void updateReadOnlyNotice();
    /// Stops a backup still running (locking the file stops its copy) and waits for it, before the file goes.
    void stopBackups();
    /// Hands the unlocked case file and its team server (with the password from the keyring) to m_sync.
    void startSync();
    /// Settings ▸ Team server accepted: the server's details on this computer, the password in the keyring.
    void saveTeamServer(const SettingsDialog::Values &v, const SettingsDialog::Values &before);
    void showRestoreDialog(const QString &caseFilePath, const QString &fileId, const QByteArray &header);

    Config m_config;
    Options m_options;
    LanguageManager *m_language = nullptr;
    IdleWatcher *m_idle = nullptr;
    ScreenLockWatcher *m_screenLock = nullptr;
    std::unique_ptr<WelcomeWindow> m_welcome;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload; ///< the repositories of m_file; destroyed before it
    CaseloadModel *m_caseloadModel = nullptr;
    QTimer *m_resumeTimer = nullptr; ///< while the disk is full: tries to write the pending audit events
    BackupController *m_backups = nullptr;
    TeamPasswordStore *m_teamPasswords = nullptr;
    SyncController *m_sync = nullptr;
    TeamController *m_team = nullptr;
    QString m_teamPassword; ///< typed in this unlock and not kept in the keyring; cleared on lock
    int m_teamGeneration = 0; ///< raised whenever the file or its server changes: older keyring answers are dropped
    bool m_closing = false; ///< lock() or closeCaseFile() is making its backup
};

} // namespace Traedesten::Ui
