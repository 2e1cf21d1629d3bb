#include "MainWindow.h"

#include "AuditText.h"
#include "CaseEditor.h"
#include "CitizenEraser.h"
#include "ErrorText.h"
#include "dialogs/AccessExportDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "pages/BenefitsPage.h"
#include "pages/BudgetPage.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/FamilyPlanPage.h"
#include "pages/GoalsPage.h"
#include "pages/JournalPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/ReportsWindow.h"
#include "pages/ThisWeekWindow.h"
#include "reports/AuditLogExport.h"
#include "storage/Caseload.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnlockWidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Traedesten::Ui {

namespace {

/// The caseload search is a filter, not a text to edit: Ctrl+Z and Ctrl+Shift+Z there undo and redo
/// the last change to the case file, and Insert makes a stepping stone, as everywhere else in the window.
class WindowKeysFromSearch : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
                || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y)
                || key->keyCombination() == QKeyCombination(Qt::NoModifier, Qt::Key_Insert)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_caseload(new CaseloadPage(this))
    , m_lockScreen(new UnlockWidget(UnlockWidget::Mode::LockScreen, this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new CaseEditor(m_undoStack, this, this))
    , m_workspace(new QSplitter(Qt::Horizontal, this))
    , m_citizen(new CitizenView(m_editor, this))
    , m_eraser(new CitizenEraser(m_editor, m_undoStack, this))
    , m_statusFile(new QLabel(this))
    , m_statusLock(new QLabel(this))
    , m_readOnlyNotice(new QLabel(this))
    , m_backupNotice(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The caseload beside the selected citizen's pages.
    m_workspace->setObjectName(QStringLiteral("workspace"));
    m_workspace->addWidget(m_caseload);
    m_workspace->addWidget(m_citizen);
    m_workspace->setStretchFactor(0, 2);
    m_workspace->setStretchFactor(1, 3);
    m_workspace->setChildrenCollapsible(false);
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lockScreen);
    // Notices above everything: while the file is open read-only (full disk, no permission), and while the
    // last automatic backup failed (its reason is too long for the status bar).
    const auto notice = [](QLabel *label, const char *name) {
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(8);
        label->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; }"));
        label->setVisible(false);
    };
    notice(m_readOnlyNotice, "readOnlyNotice");
    notice(m_backupNotice, "backupNotice");
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyNotice);
    centralLayout->addWidget(m_backupNotice);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_statusLock);
    createActions();
    createMenus();
    connect(m_caseload, &CaseloadPage::fileSettingsRequested, this, &MainWindow::fileSettingsRequested);
    connect(m_lockScreen, &UnlockWidget::closeRequested, this, &MainWindow::closeFileRequested);
    connect(m_caseload, &CaseloadPage::currentCitizenChanged, m_citizen, &CitizenView::setCitizen);
    connect(m_caseload, &CaseloadPage::citizenActivated, this, [this](const QString &id) {
        // Enter on a citizen goes to their pages.
        m_citizen->setCitizen(id);
        m_citizen->tabs()->currentWidget()->setFocus(Qt::OtherFocusReason);
        m_citizen->tabs()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_caseload, &CaseloadPage::hasCitizensChanged, m_citizen, &QWidget::setVisible);
    connect(m_caseload, &CaseloadPage::hasCitizensChanged, this, [this](bool any) {
        if (any)
            QTimer::singleShot(0, this, &MainWindow::sizeWorkspace);
    });
    connect(m_caseload, &CaseloadPage::newCitizenRequested, this, &MainWindow::newCitizenRequested);
    connect(m_citizen, &CitizenView::editCitizenRequested, this, &MainWindow::editCitizenRequested);
    connect(m_caseload, &CaseloadPage::currentCitizenChanged, this, &MainWindow::updateCitizenActions);
    m_caseload->searchField()->installEventFilter(new WindowKeysFromSearch(this));
    retranslate();
    m_citizen->setVisible(false);
    updateCitizenActions();
    // Open inside the screen: 1440×900 where there is room, the whole screen on a 1366×768 laptop.
    ScreenFit::place(this, QSize(1440, 900));
}

void MainWindow::addTeamControls(QMenu *teamMenu, QWidget *indicator)
{
    menuBar()->insertMenu(m_settingsMenu->menuAction(), teamMenu);
    for (QAction *a : teamMenu->actions()) {
        if (!a->shortcut().isEmpty())
            addAction(a); // its shortcut works wherever the focus is
    }
    statusBar()->insertPermanentWidget(0, indicator);
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QString &icon, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!icon.isEmpty())
            action->setIcon(QIcon(icon));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_new = make("newFile", QStringLiteral(":/icons/new.svg"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_open = make("openFile", QStringLiteral(":/icons/open.svg"), QKeySequence::Open);
    m_lock = make("lock", QStringLiteral(":/icons/lock.svg"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    m_close = make("closeFile", {}, QKeySequence::Close);
    m_backUpNow = make("backUpNow", {}, {});
    m_restore = make("restoreBackup", {}, {});
    m_report = make("caseloadReport", QStringLiteral(":/icons/report.svg"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_thisWeek = make("thisWeek", QStringLiteral(":/icons/calendar.svg"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_quit = make("quit", {}, QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    // Own actions rather than createUndoAction(), so their text follows a language switch.
    m_newCitizen = make("newCitizen", QStringLiteral(":/icons/person-add.svg"), QKeySequence::New);
    m_editCitizen = make("editCitizen", {}, QKeySequence(Qt::Key_F2));
    m_accessLog = make("accessLog", {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_accessLog, &QAction::triggered, this, [this] {
        if (m_locked || selectedCitizenId().isEmpty())
            return;
        m_citizen->setCitizen(selectedCitizenId());
        m_citizen->showAccessLog();
    });
    m_exportLog = make("exportAuditLog", {}, {});
    connect(m_exportLog, &QAction::triggered, this, &MainWindow::exportAuditLog);
    m_accessExport = make("accessExport", {}, {});
    m_undo = make("undo", QStringLiteral(":/icons/undo.svg"), QKeySequence::Undo);
    m_redo = make("redo", QStringLiteral(":/icons/redo.svg"), {});
    // Both common redo keys, each once (QKeySequence::Redo is one of them or the other, by desktop).
    m_redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_find = make("findCitizen", QStringLiteral(":/icons/search.svg"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_caseload, &CaseloadPage::focusSearch);

    // The pages' own "new …" work from anywhere in the window: they show their page for the selected citizen.
    const auto pageAction
        = [this, &make](const char *name, const QKeySequence &key, CitizenView::Page page, auto action) {
              QAction *a = make(name, {}, key);
              connect(a, &QAction::triggered, this, [this, page, action] { actOnPage(page, action); });
              return a;
          };
    m_newGoal = pageAction("newGoalAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), CitizenView::Page::Goals,
        [this] { m_citizen->goals()->newGoal(); });
    m_newStone = pageAction("newStoneAnywhere", QKeySequence(Qt::Key_Insert), CitizenView::Page::Goals,
        [this] { m_citizen->goals()->newStone(); });
    m_newPurchase = pageAction("newPurchaseAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        CitizenView::Page::Budget, [this] { m_citizen->budget()->newEntry(Domain::EntryKind::Purchase); });
    m_newIntervention = pageAction("newInterventionAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        CitizenView::Page::FamilyPlan, [this] { m_citizen->familyPlan()->addIntervention(); });
    m_newMeasurement = pageAction("newMeasurementAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        CitizenView::Page::Measurements, [this] { m_citizen->measurements()->newMeasurement(); });
    m_newBenefit = pageAction("newBenefitAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        CitizenView::Page::Benefits, [this] { m_citizen->benefits()->addBenefit(); });
    m_newNote = pageAction("newNoteAnywhere", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
        CitizenView::Page::Journal, [this] { m_citizen->journal()->newNote(); });
    for (int i = 0; i < m_citizen->tabs()->count(); ++i) {
        const auto page = static_cast<CitizenView::Page>(i);
        QAction *a = make("goToPage", {}, QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        a->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        connect(a, &QAction::triggered, this, [this, page] { actOnPage(page, [] {}); });
        m_goTo << a;
    }
    m_shortcuts = make("keyboardShortcuts", {}, QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_editor, &CaseEditor::undo);
    connect(m_redo, &QAction::triggered, m_editor, &CaseEditor::redo);
    // An undo may concern another citizen than the one shown: go to them, so the change is seen.
    connect(m_editor, &CaseEditor::citizenTouched, m_caseload, &CaseloadPage::selectCitizen);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    m_preferences = make("preferences", QStringLiteral(":/icons/settings.svg"), QKeySequence::Preferences);
    if (m_preferences->shortcut().isEmpty()) // Preferences has no standard key on most Linux desktops
        m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_about = make("about", {}, {});
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("aboutQt", {}, {});
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    m_languageGroup = new QActionGroup(this);
    m_languageSystem = make("languageSystem", {}, {});
    m_languageDanish = make("languageDanish", {}, {});
    m_languageEnglish = make("languageEnglish", {}, {});
    m_languageSystem->setData(QString());
    m_languageDanish->setData(QStringLiteral("da"));
    m_languageEnglish->setData(QStringLiteral("en"));
    for (QAction *a : { m_languageSystem, m_languageDanish, m_languageEnglish }) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    m_languageSystem->setChecked(true);

    connect(m_new, &QAction::triggered, this, &MainWindow::newFileRequested);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFileRequested);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_report, &QAction::triggered, this, &MainWindow::showReport);
    connect(m_thisWeek, &QAction::triggered, this, &MainWindow::showThisWeek);
    connect(m_newCitizen, &QAction::triggered, this, &MainWindow::newCitizenRequested);
    connect(m_editCitizen, &QAction::triggered, this, &MainWindow::editSelectedCitizen);
    connect(m_accessExport, &QAction::triggered, this, &MainWindow::exportAccess);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeFileRequested);
    connect(m_backUpNow, &QAction::triggered, this, &MainWindow::backUpRequested);
    connect(m_restore, &QAction::triggered, this, &MainWindow::restoreRequested);
    connect(m_quit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_languageGroup, &QActionGroup::triggered, this,
        [this](QAction *action) { Q_EMIT languageChosen(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_report);
    m_fileMenu->addAction(m_thisWeek);
    m_fileMenu->addAction(m_exportLog);
    m_fileMenu->addAction(m_eraser->reviewAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backUpNow);
    m_fileMenu->addAction(m_restore);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lock);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_citizenMenu = menuBar()->addMenu(QString());
    m_citizenMenu->addAction(m_newCitizen);
    m_citizenMenu->addAction(m_editCitizen);
    m_citizenMenu->addAction(m_accessLog);
    m_citizenMenu->addAction(m_find);
    m_citizenMenu->addSeparator();
    m_citizenMenu->addActions(
        { m_newGoal, m_newStone, m_newPurchase, m_newIntervention, m_newMeasurement, m_newBenefit, m_newNote });
    m_citizenMenu->addSeparator();
    m_goToMenu = m_citizenMenu->addMenu(QString());
    m_goToMenu->addActions(m_goTo);
    m_citizenMenu->addSeparator();
    m_citizenMenu->addAction(m_accessExport);
    m_citizenMenu->addAction(m_eraser->eraseAction());
    // The erase action's tool tip says why it is disabled; its state follows the case's status.
    m_citizenMenu->setToolTipsVisible(true);
    connect(m_citizenMenu, &QMenu::aboutToShow, this, [this] { m_eraser->setCitizen(selectedCitizenId()); });

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_preferences);
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
    m_helpMenu->addAction(m_aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_lock);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_newCitizen);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_report);
    m_toolBar->addAction(m_thisWeek);
    m_toolBar->addAction(m_preferences);
}

void MainWindow::setFilePath(const QString &path)
{
    m_path = path;
    updateStatus();
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idleMinutes = minutes;
    updateStatus();
}

void MainWindow::setLanguageChoice(const QString &language)
{
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::showLocked(bool locked)
{
    m_locked = locked;
    m_stack->setCurrentWidget(locked ? static_cast<QWidget *>(m_lockScreen) : m_workspace);
    // While locked only what does not need the file stays available.
    for (QAction *a : { m_lock, m_new, m_open, m_newCitizen, m_report, m_find, m_exportLog })
        a->setEnabled(!locked);
    m_newCitizen->setEnabled(!locked && !m_readOnly);
    updateCitizenActions();
    if (locked) {
        m_undoStack->clear();
        m_lockScreen->setFilePath(m_path);
        m_lockScreen->clearError();
        m_lockScreen->focusPassphrase();
    }
    m_thisWeek->setEnabled(!locked);
    m_toolBar->setEnabled(!locked);
    menuBar()->actions().at(1)->setEnabled(!locked); // Edit
    updateStatus();
}

void MainWindow::setBackupNotice(const QString &text)
{
    m_backupNotice->setText(text);
    m_backupNotice->setVisible(!text.isEmpty());
}

void MainWindow::setReadOnlyNotice(const QString &text)
{
    m_readOnly = !text.isEmpty();
    m_readOnlyNotice->setText(text);
    m_readOnlyNotice->setVisible(m_readOnly);
    m_caseload->setEditable(!m_readOnly);
    m_newCitizen->setEnabled(!m_locked && !m_readOnly);
    updateCitizenActions();
}

bool MainWindow::isShowingLockScreen() const
{
    return m_stack->currentWidget() == m_lockScreen;
}

void MainWindow::updateStatus()
{
    m_statusFile->setText(m_path.isEmpty() ? QString() : tr("Case file: %1").arg(QDir::toNativeSeparators(m_path)));
    m_statusLock->setText(m_locked ? tr("Locked") : tr("Locks after %n minute(s) without use", nullptr, m_idleMinutes));
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void MainWindow::retranslate()
{
    // The title never names a citizen or a file: it may be seen across a café table.
    setWindowTitle(tr("Trædesten"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_citizenMenu->setTitle(tr("&Citizen"));
    m_newCitizen->setText(tr("&New citizen…"));
    m_editCitizen->setText(tr("&Edit citizen…"));
    m_accessExport->setText(tr("&Access export (GDPR art. 15)…"));
    m_accessExport->setToolTip(tr("Everything the file holds about the citizen, as a PDF and a JSON file"));
    m_find->setText(tr("&Find citizen"));
    m_accessLog->setText(tr("&Who has seen or changed this?…"));
    m_exportLog->setText(tr("E&xport audit log…"));
    m_exportLog->setToolTip(tr("The whole file's log of who did what, as CSV for the municipality's control"));
    m_find->setToolTip(tr("Search the caseload (%1)").arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    m_newGoal->setText(tr("New long-term &goal…"));
    m_newStone->setText(tr("New &stepping stone…"));
    m_newPurchase->setText(tr("New &purchase…"));
    m_newIntervention->setText(tr("New &intervention…"));
    m_newMeasurement->setText(tr("New &measurement…"));
    m_newBenefit->setText(tr("New &benefit…"));
    m_newNote->setText(tr("New n&ote…", "journal"));
    m_goToMenu->setTitle(tr("Go &to"));
    for (int i = 0; i < m_goTo.size(); ++i)
        m_goTo.at(i)->setText(ShortcutsDialog::plainText(m_citizen->tabs()->tabText(i)));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_new->setText(tr("&New case file…"));
    m_open->setText(tr("&Open case file…"));
    m_lock->setText(tr("&Lock"));
    m_lock->setToolTip(tr("Lock the case file now (%1)").arg(m_lock->shortcut().toString(QKeySequence::NativeText)));
    m_close->setText(tr("&Close case file"));
    m_backUpNow->setText(tr("&Back up now"));
    m_restore->setText(tr("Restore from a bac&kup…"));
    m_report->setText(tr("Caseload &report…"));
    m_report->setIconText(tr("Report"));
    m_report->setToolTip(tr("The caseload report: outcomes, spending, indicators and public cost (%1)")
                             .arg(m_report->shortcut().toString(QKeySequence::NativeText)));
    m_thisWeek->setText(tr("This &week…"));
    m_thisWeek->setIconText(tr("This week"));
    m_thisWeek->setToolTip(tr("What is due across the caseload: stepping stones, follow-ups, consents and budgets (%1)")
                               .arg(m_thisWeek->shortcut().toString(QKeySequence::NativeText)));
    m_quit->setText(tr("&Quit"));
    updateUndoTexts();
    m_preferences->setText(tr("&Settings…")); // the menu's word: one name for one thing
    m_languageSystem->setText(tr("&System language"));
    m_languageDanish->setText(QStringLiteral("&Dansk"));
    m_languageEnglish->setText(QStringLiteral("&English"));
    m_about->setText(tr("&About Trædesten"));
    m_aboutQt->setText(tr("About &Qt"));
    updateStatus();
}

void MainWindow::sizeWorkspace()
{
    // Once per window, when it is shown with a caseload: the list as wide as its columns ask, but no more
    // than half the window, so the citizen's pages keep room; the splitter widens it further.
    if (m_workspaceSized || !isVisible() || !m_citizen->isVisible())
        return;
    m_workspaceSized = true;
    const int total = m_workspace->width() - m_workspace->handleWidth();
    const int least = m_caseload->minimumSizeHint().width();
    // The citizen's tabs all visible (no scroll arrows) where the window allows it.
    const int pages
        = std::max(m_citizen->minimumSizeHint().width(), m_citizen->tabs()->tabBar()->sizeHint().width() + 40);
    const int list
        = std::clamp(m_caseload->sizeHint().width(), least, std::max(least, std::min(total / 2, total - pages)));
    m_workspace->setSizes({ list, std::max(0, total - list) });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    QTimer::singleShot(0, this, &MainWindow::sizeWorkspace);
}

void MainWindow::openCitizen(const QString &citizenId, CitizenView::Page page)
{
    if (m_locked)
        return;
    m_caseload->selectCitizen(citizenId);
    m_citizen->setCitizen(citizenId);
    m_citizen->showPage(page);
    activateWindow();
    raise();
}

void MainWindow::actOnPage(CitizenView::Page page, const std::function<void()> &action)
{
    if (m_locked || selectedCitizenId().isEmpty())
        return;
    m_citizen->setCitizen(selectedCitizenId());
    m_citizen->showPage(page);
    m_citizen->tabs()->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    action();
}

void MainWindow::updateCitizenActions()
{
    const bool citizen = !m_locked && !selectedCitizenId().isEmpty();
    m_editCitizen->setEnabled(citizen);
    m_accessLog->setEnabled(citizen);
    m_accessExport->setEnabled(citizen);
    m_eraser->setCitizen(citizen ? selectedCitizenId() : QString());
    m_editCitizen->setEnabled(citizen && !m_readOnly);
    for (QAction *a :
        { m_newGoal, m_newStone, m_newPurchase, m_newIntervention, m_newMeasurement, m_newBenefit, m_newNote })
        a->setEnabled(citizen && !m_readOnly);
    for (QAction *a : std::as_const(m_goTo))
        a->setEnabled(citizen);
}

QList<QAction *> MainWindow::windowActions() const
{
    QList<QAction *> actions;
    const std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->isSeparator() && !actions.contains(a))
                actions << a;
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    return actions;
}

QList<ShortcutsDialog::Group> MainWindow::shortcutGroups() const
{
    QList<ShortcutsDialog::Group> groups;
    // The menus' actions, under their menu's name.
    const std::function<void(const QMenu *, ShortcutsDialog::Group &)> collect
        = [&](const QMenu *menu, ShortcutsDialog::Group &group) {
              for (QAction *a : menu->actions()) {
                  if (a->menu())
                      collect(a->menu(), group);
                  else if (!a->shortcuts().isEmpty())
                      group.entries << ShortcutsDialog::Entry { ShortcutsDialog::plainText(a->text()), a->shortcuts() };
              }
          };
    for (QAction *top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        ShortcutsDialog::Group group { ShortcutsDialog::plainText(top->text()), {} };
        collect(top->menu(), group);
        groups << group;
    }
    // The actions that work inside one page's list, under the page's name.
    for (int i = 0; i < m_citizen->tabs()->count(); ++i) {
        QWidget *page = m_citizen->tabs()->widget(i);
        ShortcutsDialog::Group group {
            tr("On the %1 tab").arg(ShortcutsDialog::plainText(m_citizen->tabs()->tabText(i))), {}
        };
        for (QAction *a : page->findChildren<QAction *>()) {
            if (a->shortcuts().isEmpty() || a->text().isEmpty())
                continue;
            group.entries << ShortcutsDialog::Entry { ShortcutsDialog::plainText(a->text()), a->shortcuts() };
        }
        groups << group;
    }
    return groups;
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog([this] { return shortcutGroups(); }, this);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

QString MainWindow::selectedCitizenId() const
{
    return m_caseload->currentCitizenId();
}

void MainWindow::editSelectedCitizen()
{
    const QString id = selectedCitizenId();
    if (!id.isEmpty())
        Q_EMIT editCitizenRequested(id);
}

void MainWindow::exportAccess()
{
    const QString id = selectedCitizenId();
    if (m_locked || id.isEmpty() || !m_editor->caseload())
        return;
    auto *dialog = new AccessExportDialog(m_editor, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setReportScope(const QString &text)
{
    m_reportScope = text;
    if (m_reports)
        m_reports->setScope(text);
}

void MainWindow::showReport()
{
    if (!m_editor->caseload())
        return;
    if (!m_reports) {
        m_reports = new ReportsWindow(m_editor, this);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reports->setScope(m_reportScope);
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
}

void MainWindow::exportAuditLog()
{
    if (!m_editor->caseload())
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("audit-log-%1.csv", "file name")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = writeAuditLog(path);
    if (!written) {
        QMessageBox::warning(this, tr("Not exported"), ErrorText::forCaseFile(written.error()));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n audit event(s) to %1", nullptr, static_cast<int>(*written)).arg(QDir::toNativeSeparators(path)),
        8000);
}

Result<qint64> MainWindow::writeAuditLog(const QString &path)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return Error { ErrorCode::Locked, {} };
    return Reports::AuditLogExport::write(
        c->file(), path, [](const Domain::AuditEvent &e) { return AuditText::describe(e); });
}

void MainWindow::showThisWeek()
{
    if (!m_editor->caseload())
        return;
    if (!m_thisWeekWindow) {
        m_thisWeekWindow = new ThisWeekWindow(m_editor, this);
        m_thisWeekWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_thisWeekWindow, &ThisWeekWindow::openCitizenRequested, this, &MainWindow::openCitizen);
    }
    m_thisWeekWindow->show();
    m_thisWeekWindow->raise();
    m_thisWeekWindow->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Trædesten"),
        tr("<h3>Trædesten %1</h3><p>Personal, citizen-directed budgets, stepping stones toward the citizen's own "
           "goals, and shared family plans, for support persons and family coordinators.</p>"
           "<p>Everything is kept in one encrypted case file (SQLCipher, Argon2id).</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window closes the case file and ends the program.
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace Traedesten::Ui
