#pragma once

#include "Result.h"
#include "dialogs/ShortcutsDialog.h"
#include "pages/CitizenView.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace Traedesten::Ui {

class CaseEditor;
class CitizenEraser;
class CaseloadPage;
class ReportsWindow;
class ShortcutsDialog;
class ThisWeekWindow;
class UnlockWidget;

/**
 * The main window shell: menus, toolbar, status bar, the caseload and the
 * lock screen. It holds no case file itself; AppController drives it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    CaseloadPage *caseloadPage() const { return m_caseload; }
    UnlockWidget *lockScreen() const { return m_lockScreen; }
    QUndoStack *undoStack() const { return m_undoStack; }
    CaseEditor *editor() const { return m_editor; }
    CitizenView *citizenView() const { return m_citizen; }
    CitizenEraser *eraser() const { return m_eraser; }
    QAction *lockAction() const { return m_lock; }
    /// Every shortcut of this window, grouped as Help ▸ Keyboard shortcuts lists them.
    QList<ShortcutsDialog::Group> shortcutGroups() const;
    /// The actions whose shortcuts work from anywhere in this window (the menus' actions).
    QList<QAction *> windowActions() const;

    /// Path of the open file, for the status bar (never in the window title).
    void setFilePath(const QString &path);
    void setIdleLockMinutes(int minutes);
    void setLanguageChoice(const QString &language);
    /// Switches between the caseload and the lock screen.
    void showLocked(bool locked);
    /// Shows @p text above the workspace while the case file is open read-only (empty: writable) and
    /// disables adding and editing citizens meanwhile.
    void setReadOnlyNotice(const QString &text);
    QLabel *readOnlyNotice() const { return m_readOnlyNotice; }
    /// Shows why the last automatic backup failed above the window's content; empty hides it.
    void setBackupNotice(const QString &text);
    /// The Team menu (before Settings; its actions' shortcuts work anywhere in the window) and the status
    /// bar's synchronisation indicator.
    void addTeamControls(QMenu *teamMenu, QWidget *indicator);
    /// The citizen selected in the caseload, or empty.
    QString selectedCitizenId() const;
    QLabel *backupNotice() const { return m_backupNotice; }
    bool isShowingLockScreen() const;
    /// Writes the whole file's audit log as CSV to @p path (File ▸ Export audit log…); the number of events.
    Result<qint64> writeAuditLog(const QString &path);
    /// What the caseload report covers (see ReportsWindow::setScope()).
    void setReportScope(const QString &text);
    /// Selects @p citizenId in the caseload and shows their @p page (from This week, the report, …).
    void openCitizen(const QString &citizenId, CitizenView::Page page);

Q_SIGNALS:
    void newFileRequested();
    void newCitizenRequested();
    void editCitizenRequested(const QString &citizenId);
    void openFileRequested();
    void lockRequested();
    void closeFileRequested();
    void quitRequested();
    void settingsRequested();
    void fileSettingsRequested();
    void languageChosen(const QString &language);
    void backUpRequested();
    void restoreRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatus();
    void updateUndoTexts();
    void showAbout();
    void editSelectedCitizen();
    /// The selected citizen's access export (GDPR art. 15).
    void exportAccess();
    void showReport();
    void showShortcuts();
    /// Shows @p page of the selected citizen, then does @p action there (the page's own "new …").
    void actOnPage(CitizenView::Page page, const std::function<void()> &action);
    void updateCitizenActions();
    void sizeWorkspace();
    void showThisWeek();
    void exportAuditLog();

    QString m_path;
    QString m_reportScope;
    int m_idleMinutes = 5;
    bool m_locked = false;
    bool m_workspaceSized = false; ///< the caseload got its width for this window

    QStackedWidget *m_stack = nullptr;
    CaseloadPage *m_caseload = nullptr;
    UnlockWidget *m_lockScreen = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CaseEditor *m_editor = nullptr;
    QSplitter *m_workspace = nullptr;
    CitizenView *m_citizen = nullptr;
    CitizenEraser *m_eraser = nullptr;
    QLabel *m_statusFile = nullptr;
    QLabel *m_statusLock = nullptr;
    QLabel *m_readOnlyNotice = nullptr;
    QLabel *m_backupNotice = nullptr;
    bool m_readOnly = false;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_citizenMenu = nullptr;
    QAction *m_newCitizen = nullptr;
    QAction *m_editCitizen = nullptr;
    QAction *m_accessLog = nullptr;
    QAction *m_exportLog = nullptr;
    QAction *m_accessExport = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_close = nullptr;
    QAction *m_backUpNow = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_report = nullptr;
    QPointer<ReportsWindow> m_reports;
    QAction *m_thisWeek = nullptr;
    QPointer<ThisWeekWindow> m_thisWeekWindow;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_preferences = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystem = nullptr;
    QAction *m_languageDanish = nullptr;
    QAction *m_languageEnglish = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_find = nullptr;
    QMenu *m_goToMenu = nullptr;
    QList<QAction *> m_goTo; ///< one per citizen page, in tab order
    QAction *m_newGoal = nullptr;
    QAction *m_newStone = nullptr;
    QAction *m_newPurchase = nullptr;
    QAction *m_newIntervention = nullptr;
    QAction *m_newMeasurement = nullptr;
    QAction *m_newBenefit = nullptr;
    QAction *m_newNote = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QAction *m_aboutQt = nullptr;
};

} // namespace Traedesten::Ui
