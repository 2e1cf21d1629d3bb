#include "AppController.h"

#include "BackgroundTask.h"
#include "BackupController.h"
#include "CaseEditor.h"
#include "ErrorText.h"
#include "IdleWatcher.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ScreenLockWatcher.h"
#include "SyncController.h"
#include "TeamController.h"
#include "TeamPasswordStore.h"
#include "commands/RecordStores.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "dialogs/CitizenDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/UnlockDialog.h"
#include "models/CaseloadModel.h"
#include "pages/CaseloadPage.h"
#include "pages/WelcomeWindow.h"
#include "security/KeyDerivation.h"
#include "storage/BackupSet.h"
#include "storage/Erasure.h"
#include "widgets/ScreenFit.h"
#include "widgets/SyncStatusButton.h"
#include "widgets/UnlockWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace Traedesten::Ui {

using Domain::FileSetting;

AppController::AppController(Options options, QObject *parent)
    : QObject(parent)
    , m_config(options.configFile.isEmpty() ? Config() : Config(options.configFile))
    , m_options(std::move(options))
    , m_language(new LanguageManager(this))
    , m_idle(new IdleWatcher(this))
    , m_caseloadModel(new CaseloadModel(this))
    , m_resumeTimer(new QTimer(this))
    , m_backups(new BackupController(m_config, this))
    , m_teamPasswords(new TeamPasswordStore(this))
    , m_sync(new SyncController(this))
{
    // After a full disk, space freed by the user is noticed within this time (and at the next edit).
    m_resumeTimer->setObjectName(QStringLiteral("resumeWritingTimer"));
    m_resumeTimer->setInterval(std::chrono::seconds(10));
    connect(m_resumeTimer, &QTimer::timeout, this, [this] {
        if (m_file && !m_file->isLocked())
            m_file->resumeWriting();
        updateReadOnlyNotice();
    });
    if (!m_options.chooseKdf)
        m_options.chooseKdf = [] {
            return Security::KeyDerivation::calibrate().parameters;
        };
    m_language->apply(m_config.language());

    m_idle->setTimeoutMinutes(m_config.idleLockMinutes());
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock);
    if (m_options.watchScreenLock) {
        m_screenLock = new ScreenLockWatcher(this);
        connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] {
            if (m_config.get(Config::Key::LockOnScreenLock).toBool())
                lock();
        });
    }

    m_welcome = std::make_unique<WelcomeWindow>();
    m_welcome->setLanguageChoice(m_config.language());
    connect(m_welcome.get(), &WelcomeWindow::newRequested, this, &AppController::newCaseFile);
    connect(m_welcome.get(), &WelcomeWindow::demoRequested, this, &AppController::tryDemoData);
    connect(m_welcome.get(), &WelcomeWindow::openRequested, this, &AppController::openCaseFile);
    connect(m_welcome.get(), &WelcomeWindow::openRecentRequested, this, &AppController::openPath);
    connect(m_welcome.get(), &WelcomeWindow::removeRecentRequested, this, [this](const QString &path) {
        m_config.removeRecentFile(path);
        m_welcome->setRecentFiles(m_config.recentFiles());
    });
    connect(m_welcome.get(), &WelcomeWindow::settingsRequested, this, [this] { showSettings(false); });
    connect(m_welcome.get(), &WelcomeWindow::languageChosen, this, &AppController::setLanguage);
    connect(m_welcome.get(), &WelcomeWindow::restoreRequested, this, &AppController::restoreBackup);

    m_main = std::make_unique<MainWindow>();
    m_main->setLanguageChoice(m_config.language());
    m_main->setIdleLockMinutes(m_config.idleLockMinutes());
    m_team = new TeamController(m_sync, m_main->editor(), m_main.get(), this);
    m_team->setSelectedCitizen([main = m_main.get()] { return main->selectedCitizenId(); });
    auto *indicator = new SyncStatusButton(m_sync, m_main.get());
    indicator->setConflictsAction(m_team->conflictsAction());
    m_main->addTeamControls(m_team->menu(), indicator);
    connect(m_sync, &SyncController::setupRequested, this, [this] { showSettings(false, true); });
    connect(m_team, &TeamController::settingsRequested, this, [this] { showSettings(false, true); });
    connect(m_team, &TeamController::caseloadAccessChanged, this,
        [this](const QHash<QString, CaseloadModel::TeamAccess> &access) {
            m_caseloadModel->setTeamAccess(access);
            // A caseload on the team server shows owners and shares unless the person chose the columns.
            if (m_config.get(Config::Key::CaseloadColumns).toStringList().isEmpty()) {
                QStringList keys = CaseloadPage::defaultColumnKeys();
                if (!access.isEmpty())
                    keys << CaseloadModel::columnKey(CaseloadModel::OwnerColumn)
                         << CaseloadModel::columnKey(CaseloadModel::SharedColumn);
                m_main->caseloadPage()->setVisibleColumnKeys(keys);
            }
            m_main->setReportScope(m_sync->figuresOnly()
                    ? tr("Every citizen of the programme on the team server, as of the last synchronisation. Names "
                         "are pseudonyms, and no personal details are shown: figures only.")
                    : access.isEmpty() ? QString()
                                       : tr("Every citizen you may see on the team server — your own and those "
                                            "shared with you — as of the last synchronisation."));
        });
    connect(m_sync, &SyncController::casesAdded, this, [this](int added) {
        m_main->statusBar()->showMessage(
            tr("%n citizen(s) or family plan(s) were shared with you or transferred to you. Family plans shared "
               "with you for your department are under Team ▸ Shared family plans.",
                "", added),
            20000);
    });
    connect(m_team, &TeamController::message, this,
        [this](const QString &text) { m_main->statusBar()->showMessage(text, 10000); });
    connect(m_sync, &SyncController::casesRemoved, this, [this](int removed, int erased) {
        // Never silently: citizens who leave the caseload are named as a count, with why.
        QString text;
        if (removed > 0)
            text = tr("%n citizen(s) or household(s) are no longer shared with you (transferred to a colleague or "
                      "the share withdrawn) and were removed from this case file.",
                "", removed);
        if (erased > 0)
            text += (text.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("%n citizen(s) were erased by their support person and are erased here too.", "", erased);
        // Not modal to the event loop: synchronisation and locking go on while it is shown.
        auto *box
            = new QMessageBox(QMessageBox::Information, tr("Caseload changed"), text, QMessageBox::Ok, m_main.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    ScreenFit::restore(m_main.get(), m_config.get(Config::Key::MainWindowGeometry).toByteArray());
    connect(m_main.get(), &MainWindow::newFileRequested, this, &AppController::newCaseFile);
    connect(m_main.get(), &MainWindow::openFileRequested, this, &AppController::openCaseFile);
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main.get(), &MainWindow::newCitizenRequested, this, &AppController::newCitizen);
    connect(m_main.get(), &MainWindow::editCitizenRequested, this, &AppController::editCitizen);
    connect(m_main.get(), &MainWindow::closeFileRequested, this, &AppController::closeCaseFile);
    connect(m_main.get(), &MainWindow::quitRequested, this, &AppController::quit);
    connect(m_main.get(), &MainWindow::settingsRequested, this, [this] { showSettings(false); });
    connect(m_main.get(), &MainWindow::fileSettingsRequested, this, [this] { showSettings(true); });
    connect(m_main.get(), &MainWindow::languageChosen, this, &AppController::setLanguage);
    connect(m_main->lockScreen(), &UnlockWidget::unlockRequested, this, &AppController::unlock);
    connect(m_main.get(), &MainWindow::backUpRequested, this, [this] {
        m_main->statusBar()->showMessage(tr("Backing up…"));
        m_backups->backUpNow();
    });
    connect(m_main.get(), &MainWindow::restoreRequested, this, &AppController::restoreBackup);
    connect(m_backups, &BackupController::progressChanged, this,
        [this](int percent) { m_main->statusBar()->showMessage(tr("Backing up… %1 %").arg(percent)); });
    connect(m_backups, &BackupController::message, this, [this](const QString &text, bool failure) {
        // A failure stays in view, in full, until a backup succeeds.
        m_main->setBackupNotice(failure ? text : QString());
        if (failure)
            m_main->statusBar()->clearMessage();
        else
            m_main->statusBar()->showMessage(text, 10000);
    });
    connect(m_backups, &BackupController::backUpNowFinished, this, [this](const QString &text, bool ok) {
        m_main->statusBar()->clearMessage();
        if (ok)
            m_main->setBackupNotice({});
        auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
            ok ? tr("Backed up") : tr("Backup failed"), text, QMessageBox::Ok, m_main.get());
        box->setObjectName(QStringLiteral("backupResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_backups, &BackupController::damageFound, this, [this](const QString &text) {
        auto *box = new QMessageBox(
            QMessageBox::Critical, tr("The case file is damaged"), text, QMessageBox::Ok, m_main.get());
        box->setObjectName(QStringLiteral("damageMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_main->caseloadPage()->setModel(m_caseloadModel);
    // The caseload list's columns as the user chose them (column names only, never citizen data).
    m_main->caseloadPage()->setVisibleColumnKeys(m_config.get(Config::Key::CaseloadColumns).toStringList());
    connect(m_main->caseloadPage(), &CaseloadPage::visibleColumnsChanged, this,
        [this](const QStringList &keys) { m_config.set(Config::Key::CaseloadColumns, keys); });
    QCoreApplication::instance()->installEventFilter(this);
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // A window-modal dialog (settings, a file dialog, later every edit
    // dialog) blocks the main window's Ctrl+L shortcut; the key press then
    // reaches the dialog, and we catch it on its way.
    if (event->type() == QEvent::KeyPress && m_file && !m_file->isLocked()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
            lock();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

AppController::~AppController()
{
    stopBackups();
    connectModels(false);
    m_caseload.reset();
    m_file.reset(); // close the file (and its lock) before the windows go
}

void AppController::start(const QString &path)
{
    showWelcome();
    if (!path.isEmpty())
        openPath(path);
}

QWidget *AppController::activeWindow() const
{
    if (m_main->isVisible())
        return m_main.get();
    return m_welcome.get();
}

QString AppController::suggestedNewPath() const
{
    const QDir dir(m_config.get(Config::Key::LastDirectory).toString());
    const QString base = tr("caseload", "default file name of a new case file");
    QString candidate = dir.filePath(base + QStringLiteral(".traedesten"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(QStringLiteral("%1-%2.traedesten").arg(base).arg(n));
    return candidate;
}

void AppController::newCaseFile()
{
    auto *dialog = new NewCaseFileDialog(suggestedNewPath(), m_options.chooseKdf, activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adopt(dialog->takeCaseFile()); });
    dialog->open();
}

void AppController::tryDemoData()
{
    const QDir dir(m_config.get(Config::Key::LastDirectory).toString());
    const QString base = tr("demo-caseload", "default file name of a demo case file");
    QString path = dir.filePath(base + QStringLiteral(".traedesten"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.traedesten").arg(base).arg(n));
    auto *dialog
        = new NewCaseFileDialog(path, m_options.chooseKdf, activeWindow(), NewCaseFileDialog::Contents::DemoCaseload);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adopt(dialog->takeCaseFile()); });
    dialog->open();
}

void AppController::newCitizen()
{
    editCitizen(QString());
}

void AppController::editCitizen(const QString &citizenId)
{
    if (!m_caseload || !m_file || m_file->isLocked())
        return;
    Domain::Citizen citizen;
    if (!citizenId.isEmpty()) {
        auto found = m_caseload->citizens().get(citizenId);
        if (!found)
            return;
        citizen = *found;
    } else {
        citizen.startDate = QDate::currentDate();
    }
    CaseEditor *editor = m_main->editor();
    auto *dialog = new CitizenDialog(
        citizen, m_caseload->households().all().value_or({}), m_caseloadModel->supportPersons(),
        [this, editor, citizen](const Domain::Citizen &edited) -> Status {
            if (!citizen.id.isEmpty() && edited == citizen)
                return {};
            std::optional<Domain::Citizen> before;
            if (!citizen.id.isEmpty())
                before = citizen;
            return editor->run(std::make_unique<CitizenCommand>(
                *m_caseload, before, edited, before ? tr("edit citizen") : tr("add citizen"), editor->errorHandler()));
        },
        m_main.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AppController::connectModels(bool connected)
{
    // Locking clears every model: no citizen data stays on screen or in memory.
    if (connected && m_caseload) {
        m_caseloadModel->setSource(&m_caseload->citizens(), &m_caseload->notifier());
        m_main->editor()->setCaseload(m_caseload.get());
        connect(&m_caseload->notifier(), &Storage::ChangeNotifier::changed, m_sync, &SyncController::noteChange,
            Qt::UniqueConnection);
    } else {
        m_main->editor()->setCaseload(nullptr);
        m_caseloadModel->setSource(nullptr, nullptr);
    }
}

void AppController::openCaseFile()
{
    const QString path = QFileDialog::getOpenFileName(activeWindow(), tr("Open case file"),
        m_config.get(Config::Key::LastDirectory).toString(), tr("Trædesten case files (*.traedesten)"));
    if (!path.isEmpty())
        openPath(path);
}

void AppController::openPath(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_file && m_file->path() == absolute) {
        m_main->raise();
        return;
    }
    auto *dialog = new UnlockDialog(absolute, activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { adopt(dialog->takeCaseFile()); });
    dialog->open();
}

void AppController::adopt(std::unique_ptr<Storage::CaseFile> file)
{
    if (!file)
        return;
    m_main->undoStack()->clear(); // commands of the previous file must not act on this one
    connectModels(false);
    stopBackups();
    m_caseload.reset();
    m_file = std::move(file);
    m_caseload = std::make_unique<Storage::Caseload>(*m_file);
    connectModels(true);
    m_config.addRecentFile(m_file->path());
    m_config.set(Config::Key::LastDirectory, QFileInfo(m_file->path()).absolutePath());
    m_main->setFilePath(m_file->path());
    m_main->showLocked(false);
    updateReadOnlyNotice();
    refreshMunicipality();
    m_welcome->hide();
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    m_idle->setActive(true);
    m_backups->setCaseFile(m_file.get());
    m_backups->checkInBackground();
    startSync();
    Q_EMIT caseFileOpened();
}

void AppController::updateReadOnlyNotice()
{
    const auto access = m_file ? m_file->access() : Storage::CaseFile::Access::ReadWrite;
    m_main->setReadOnlyNotice(ErrorText::readOnlyNotice(access));
    if (access == Storage::CaseFile::Access::DiskFull)
        m_resumeTimer->start();
    else
        m_resumeTimer->stop();
}

void AppController::refreshMunicipality()
{
    if (!m_file || m_file->isLocked())
        return;
    auto name = m_file->setting(FileSetting::MunicipalityName);
    m_main->caseloadPage()->setMunicipality(name ? *name : QString());
}

void AppController::lock()
{
    if (!m_file || m_file->isLocked() || m_closing)
        return;
    // Dialogs may show case data: close them before the file.
    const auto dialogs = m_main->findChildren<QDialog *>();
    for (QDialog *d : dialogs) {
        if (d->isVisible())
            d->reject();
    }
    m_main->caseloadPage()->setMunicipality(QString());
    connectModels(false);
    m_idle->setActive(false);
    m_main->showLocked(true);
    // The data is hidden now; the backup is made before the key goes, with a bounded wait.
    m_sync->setCaseFile(nullptr, {}); // never while locked: a running one touches the file no more
    m_team->setCaseFile(nullptr);
    ++m_teamGeneration;
    m_closing = true;
    m_backups->backUpBeforeClosing();
    m_closing = false;
    m_file->lock(); // stops a copy still running
    m_backups->waitForIdle();
    m_backups->setCaseFile(nullptr);
    m_teamPassword.clear();
    Q_EMIT locked();
}

void AppController::unlock()
{
    if (!m_file || !m_file->isLocked())
        return;
    UnlockWidget *screen = m_main->lockScreen();
    auto passphrase = std::make_shared<Security::SecureBytes>(screen->takePassphrase());
    screen->setBusy(true);
    runInBackground(
        this, [header = m_file->header(), passphrase] { return Storage::CaseFile::deriveKey(header, *passphrase); },
        [this, screen](Result<Security::SecureBytes> key) {
            screen->setBusy(false);
            if (!m_file)
                return;
            Status status = key ? m_file->unlockWithKey(std::move(key).value()) : Status(key.error());
            if (!status) {
                screen->showError(ErrorText::forCaseFile(status.error()));
                return;
            }
            connectModels(true);
            m_main->showLocked(false);
            updateReadOnlyNotice();
            refreshMunicipality();
            m_idle->setActive(true);
            m_backups->setCaseFile(m_file.get());
            m_backups->checkInBackground();
            startSync();
            Q_EMIT unlocked();
        });
}

void AppController::closeCaseFile()
{
    if (m_main->lockScreen()->isBusy() || m_closing)
        return;
    m_idle->setActive(false);
    m_main->undoStack()->clear();
    connectModels(false);
    if (m_file && !m_file->isLocked()) {
        m_main->showLocked(true);
        m_closing = true;
        m_backups->backUpBeforeClosing();
        m_closing = false;
    }
    stopBackups();
    m_caseload.reset();
    m_file.reset();
    m_config.set(Config::Key::MainWindowGeometry, m_main->saveGeometry());
    m_main->hide();
    m_main->setFilePath(QString());
    updateReadOnlyNotice();
    showWelcome();
    Q_EMIT caseFileClosed();
}

void AppController::quit()
{
    if (m_main->isVisible())
        m_config.set(Config::Key::MainWindowGeometry, m_main->saveGeometry());
    connectModels(false);
    if (m_file && !m_file->isLocked() && !m_closing) {
        m_main->showLocked(true);
        m_closing = true;
        m_backups->backUpBeforeClosing();
        m_closing = false;
    }
    stopBackups();
    m_caseload.reset();
    m_file.reset();
    m_config.sync();
    QApplication::quit();
}

void AppController::showWelcome()
{
    m_welcome->setRecentFiles(m_config.recentFiles());
    m_welcome->show();
    m_welcome->raise();
    m_welcome->activateWindow();
}

void AppController::setLanguage(const QString &choice)
{
    m_config.set(Config::Key::Language, choice);
    m_language->apply(choice);
    m_welcome->setLanguageChoice(choice);
    m_main->setLanguageChoice(choice);
    m_sync->retranslate();
    m_team->retranslate();
    updateReadOnlyNotice(); // its text in the new language
}

void AppController::showSettings(bool caseFilePage, bool teamServerPage)
{
    SettingsDialog::Values values;
    values.language = m_config.language();
    values.idleLockMinutes = m_config.idleLockMinutes();
    values.lockOnScreenLock = m_config.get(Config::Key::LockOnScreenLock).toBool();
    values.hasCaseFile = m_file && !m_file->isLocked();
    if (values.hasCaseFile) {
        values.caseFilePath = m_file->path();
        values.backupFolder = m_backups->folder();
        values.team = Sync::TeamServerSettings::load(m_config, m_backups->fileId());
        // The one in use (typed in this unlock, or from the keyring), so Test connection tests what syncs.
        values.teamPassword = m_teamPassword.isEmpty() ? m_sync->password() : m_teamPassword;
        values.rememberTeamPassword
            = m_config.caseFileValue(m_backups->fileId(), QStringLiteral("team.remember")) != QLatin1String("off");
    }
    // From the Welcome window there is no open file (nor while locked): only the program's own settings.
    if (values.hasCaseFile) {
        values.municipalityName = m_file->setting(FileSetting::MunicipalityName).value_or(QString());
        values.logoPng
            = QByteArray::fromBase64(m_file->setting(FileSetting::MunicipalityLogo).value_or(QString()).toLatin1());
        values.retentionYears = Storage::Erasure::retentionYears(*m_file).value_or(values.retentionYears);
    }

    auto *dialog = new SettingsDialog(values, activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (caseFilePage)
        dialog->showCaseFilePage();
    if (teamServerPage)
        dialog->showTeamServerPage();
    connect(dialog, &SettingsDialog::changePassphraseRequested, this, [this, dialog] { changePassphrase(dialog); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = values] {
        const SettingsDialog::Values v = dialog->values();
        m_config.set(Config::Key::IdleLockMinutes, v.idleLockMinutes);
        m_config.set(Config::Key::LockOnScreenLock, v.lockOnScreenLock);
        m_idle->setTimeoutMinutes(m_config.idleLockMinutes());
        m_main->setIdleLockMinutes(m_config.idleLockMinutes());
        if (v.language != before.language)
            setLanguage(v.language);
        if (v.hasCaseFile && m_file && !m_file->isLocked() && v.logoPng != before.logoPng) {
            Status s = m_file->setSetting(FileSetting::MunicipalityLogo, QString::fromLatin1(v.logoPng.toBase64()));
            if (!s)
                QMessageBox::warning(activeWindow(), tr("Settings not saved"), ErrorText::forCaseFile(s.error()));
        }
        if (v.hasCaseFile && m_file && !m_file->isLocked() && v.retentionYears != before.retentionYears) {
            Status s = m_file->setSetting(FileSetting::RetentionYears, QString::number(v.retentionYears));
            if (!s)
                QMessageBox::warning(activeWindow(), tr("Settings not saved"), ErrorText::forCaseFile(s.error()));
        }
        if (v.hasCaseFile && m_file && !m_file->isLocked() && v.municipalityName != before.municipalityName) {
            Status s = m_file->setSetting(FileSetting::MunicipalityName, v.municipalityName);
            if (!s)
                QMessageBox::warning(activeWindow(), tr("Settings not saved"), ErrorText::forCaseFile(s.error()));
            refreshMunicipality();
        }
        if (v.hasCaseFile && m_file && !m_file->isLocked() && v.backupFolder != before.backupFolder)
            m_backups->setFolder(v.backupFolder);
        if (v.hasCaseFile && m_file && !m_file->isLocked())
            saveTeamServer(v, before);
        m_config.sync();
    });
    dialog->open();
}

void AppController::saveTeamServer(const SettingsDialog::Values &v, const SettingsDialog::Values &before)
{
    const int generation = ++m_teamGeneration; // answers of the keyring for older settings are dropped
    const QString fileId = m_backups->fileId();
    if (fileId.isEmpty())
        return;
    v.team.save(m_config, fileId);
    m_config.setCaseFileValue(
        fileId, QStringLiteral("team.remember"), v.rememberTeamPassword ? QStringLiteral("on") : QStringLiteral("off"));
    if (!v.rememberTeamPassword || v.team.user != before.team.user)
        m_teamPasswords->remove(fileId, before.team.user);
    if (v.teamPassword.isEmpty()) {
        startSync(); // the server may have changed; the password stays where it is
        return;
    }
    m_teamPassword = v.teamPassword;
    m_sync->setServer(v.team, v.teamPassword);
    if (v.rememberTeamPassword) {
        m_teamPasswords->write(fileId, v.team.user, v.teamPassword, [this, generation](bool kept) {
            if (generation != m_teamGeneration)
                return;
            if (kept)
                m_teamPassword.clear(); // the keyring has it
            else
                m_main->statusBar()->showMessage(
                    tr("There is no system keyring: the team server's password is asked for at each unlock."), 8000);
        });
    }
}

void AppController::startSync()
{
    const int generation = ++m_teamGeneration;
    const QString fileId = m_backups->fileId();
    if (!m_file || m_file->isLocked() || fileId.isEmpty())
        return;
    m_sync->setCaseFile(m_file.get(), fileId);
    m_team->setCaseFile(m_file.get());
    const Sync::TeamServerSettings team = Sync::TeamServerSettings::load(m_config, fileId);
    if (!team.isConfigured() || !m_teamPassword.isEmpty()) {
        m_sync->setServer(team, m_teamPassword);
        return;
    }
    m_teamPasswords->read(fileId, team.user, [this, team, generation](const QString &password) {
        // Only for the settings it was asked for: not after a lock, another file, or new settings.
        if (generation == m_teamGeneration && m_file && !m_file->isLocked())
            m_sync->setServer(team, password);
    });
}

void AppController::stopBackups()
{
    m_sync->setCaseFile(nullptr, {}); // the file is going: a running synchronisation touches it no more
    m_team->setCaseFile(nullptr);
    m_teamPassword.clear(); // it belongs to this file's server only
    ++m_teamGeneration;
    if (m_backups->isRunning() && m_file && !m_file->isLocked())
        m_file->lock(); // stops the copy; the file is closing anyway
    m_backups->waitForIdle();
    m_backups->setCaseFile(nullptr);
}

void AppController::restoreBackup()
{
    if (m_file) {
        const QString path = m_file->path();
        const QString fileId = m_backups->fileId();
        const QByteArray header = m_file->header().bytes();
        const auto answer = QMessageBox::question(activeWindow(), tr("Restore from a backup"),
            tr("The case file is closed first (and backed up as it closes), so that it can be replaced. "
               "Go on?"));
        if (answer != QMessageBox::Yes)
            return;
        closeCaseFile();
        showRestoreDialog(path, fileId, header);
        return;
    }
    showRestoreDialog({}, {}, {});
}

void AppController::showRestoreDialog(const QString &caseFilePath, const QString &fileId, const QByteArray &header)
{
    RestoreDialog::Target target;
    target.caseFilePath = caseFilePath;
    target.fileId = fileId;
    target.header = header;
    // The backups of the file last used, or of the one named.
    const QString reference = caseFilePath.isEmpty() ? m_config.recentFiles().value(0) : caseFilePath;
    const QString id = fileId.isEmpty() ? m_config.caseFileIdOfPath(reference) : fileId;
    target.folder = reference.isEmpty() ? Config::existingFolder(m_config.get(Config::Key::LastDirectory).toString())
                                        : BackupController::folderFor(m_config, id, reference);
    auto *dialog = new RestoreDialog(
        target,
        [this](const QString &backupFileId) { return m_config.caseFileValue(backupFileId, QStringLiteral("path")); },
        activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString aside = dialog->keptAside();
        adopt(dialog->takeCaseFile());
        auto *box = new QMessageBox(QMessageBox::Information, tr("Restored"),
            aside.isEmpty() ? tr("The case file was restored from the backup.")
                            : tr("The case file was restored from the backup. The file it replaced is kept as %1.")
                                  .arg(QDir::toNativeSeparators(aside)),
            QMessageBox::Ok, m_main.get());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void AppController::changePassphrase(QWidget *parent)
{
    if (!m_file || m_file->isLocked())
        return;
    auto *dialog = new ChangePassphraseDialog(*m_file, m_options.chooseKdf, parent ? parent : activeWindow());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The offer to encrypt the backups again covers those this passphrase opens: the file's own backups with
    // its present header (older ones keep the passphrase they were made with).
    if (auto backups = Storage::BackupSet(m_backups->folder()).list()) {
        QStringList paths;
        for (const Storage::Backup &b : std::as_const(*backups)) {
            if (b.whole && b.fileId == m_backups->fileId() && b.header == m_file->header().bytes())
                paths.append(b.path);
        }
        dialog->setBackups(paths);
    }
    dialog->open();
}

} // namespace Traedesten::Ui
