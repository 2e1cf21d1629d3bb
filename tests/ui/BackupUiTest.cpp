#include "AppController.h"
#include "BackupController.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SettingsDialog.h"
#include "domain/AuditEvent.h"
#include "domain/FileSetting.h"
#include "pages/WelcomeWindow.h"
#include "storage/BackupSet.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "widgets/BackupFolderBox.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Ui;
using Storage::BackupSet;
using Storage::CaseFile;

namespace {

const QString Passphrase = QStringLiteral("brombær-cykelhjelm-fjordlys-17-tågehorn");

class BackupUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), Security::SecureBytes::fromUtf8(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(Storage::DemoCaseload::generate(**file, { 12, 13, QDate(2026, 11, 1) }).ok());
        m_fileId = (*file)->setting(Domain::FileSetting::FileId).value();
    }

    void open(const QString &language = QStringLiteral("en"))
    {
        m_controller = TestKit::openInProgram(
            m_dir.path(QStringLiteral("settings.ini")), m_dir.caseFile(), Passphrase, language);
        ASSERT_TRUE(m_controller->mainWindow()->isVisible());
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_controller->backups()->isRunning(); }, 20000));
    }

    QList<Storage::Backup> backups() const
    {
        return BackupSet(BackupSet::defaultFolder(m_dir.caseFile())).backupsOf(m_fileId);
    }

    template<typename T> T *waitFor(const QString &name)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    found = w->objectName() == name ? qobject_cast<T *>(w) : w->findChild<T *>(name);
                    if (found && found->isVisible())
                        return true;
                }
                return false;
            },
            20000);
        return found && found->isVisible() ? found : nullptr;
    }

    TestKit::TempFolder m_dir;
    QString m_fileId;
    std::unique_ptr<AppController> m_controller;
};

} // namespace

TEST_F(BackupUiTest, OpeningMakesACheckedBackupAndBackUpNowSaysSo)
{
    open();
    const QList<Storage::Backup> first = backups();
    ASSERT_EQ(first.size(), 1) << "the check after opening made a backup into the default folder";
    EXPECT_EQ(first.first().header, m_controller->caseFile()->header().bytes());

    auto *action = m_controller->mainWindow()->findChild<QAction *>(QStringLiteral("backUpNow"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto *box = waitFor<QMessageBox>(QStringLiteral("backupResult"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("backed up and the backup checked"))) << qPrintable(box->text());
    box->accept();
    const QList<Storage::Backup> now = backups();
    ASSERT_EQ(now.size(), 1) << "one a day: today's older backup went";
    EXPECT_NE(now.first().path, first.first().path);
    auto events = m_controller->caseFile()->auditEvents(5);
    ASSERT_TRUE(events.ok());
    const QString backedUp = Domain::auditActionName(Domain::AuditAction::BackedUp);
    EXPECT_TRUE(std::any_of(events->begin(), events->end(),
        [&](const auto &e) { return e.action == backedUp && e.entityId == QFileInfo(now.first().path).fileName(); }));
}

TEST_F(BackupUiTest, LockingBacksUpAChangedFileBeforeTheKeyGoes)
{
    open();
    const QString before = backups().value(0).path;
    ASSERT_FALSE(before.isEmpty());
    m_controller->lock(); // nothing changed: no new backup
    EXPECT_TRUE(m_controller->caseFile()->isLocked());
    EXPECT_EQ(backups().value(0).path, before);

    auto unlocked = m_controller->caseFile()->unlock(Security::SecureBytes::fromUtf8(Passphrase));
    ASSERT_TRUE(unlocked.ok());
    m_controller->mainWindow()->showLocked(false);
    ASSERT_TRUE(
        m_controller->caseFile()->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("Odder")).ok());
    m_controller->backups()->setCaseFile(m_controller->caseFile());
    m_controller->lock();
    EXPECT_TRUE(m_controller->caseFile()->isLocked());
    const QList<Storage::Backup> after = backups();
    ASSERT_FALSE(after.isEmpty());
    EXPECT_NE(after.first().path, before) << "a change was backed up at locking";
}

TEST_F(BackupUiTest, TheRestoreListAndFlowFromTheWelcomeWindow)
{
    open();
    const QString backupPath = backups().value(0).path;
    ASSERT_FALSE(backupPath.isEmpty());
    ASSERT_TRUE(
        m_controller->caseFile()->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("Later")).ok());
    m_controller->closeCaseFile(); // backs up the change as it closes
    ASSERT_TRUE(m_controller->welcomeWindow()->isVisible());
    ASSERT_EQ(backups().size(), 1);
    {
        // Work done after the last backup (say, elsewhere): the restore goes back to the backup.
        auto file = CaseFile::open(m_dir.caseFile(), Security::SecureBytes::fromUtf8(Passphrase));
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE((*file)->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("Much later")).ok());
    }

    QTest::mouseClick(
        m_controller->welcomeWindow()->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    auto *dialog = waitFor<RestoreDialog>(QStringLiteral("restoreDialog"));
    ASSERT_NE(dialog, nullptr);
    QTreeWidget *list = dialog->list();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_TRUE(list->topLevelItem(0)->text(2).contains(QStringLiteral("this case file")));
    EXPECT_EQ(list->topLevelItem(0)->text(3), QStringLiteral("the current one"));

    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("backupPassphrase"));
    QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("restoreError"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisible(); }, 20000));
    EXPECT_TRUE(error->text().contains(QStringLiteral("does not open the backup"))) << qPrintable(error->text());

    QTest::keyClicks(field, Passphrase);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_controller->mainWindow()->isVisible() && m_controller->caseFile(); }, 20000));
    EXPECT_EQ(
        m_controller->caseFile()->setting(Domain::FileSetting::MunicipalityName).value(), QStringLiteral("Later"));
    const QStringList aside = QDir(QFileInfo(m_dir.caseFile()).absolutePath())
                                  .entryList({ QStringLiteral("*.before-restore-*.traedesten") }, QDir::Files);
    EXPECT_EQ(aside.size(), 1) << "the replaced file is kept";
    auto events = m_controller->caseFile()->auditEvents(10);
    ASSERT_TRUE(events.ok());
    const QString restored = Domain::auditActionName(Domain::AuditAction::Restored);
    EXPECT_TRUE(std::any_of(events->begin(), events->end(), [&](const auto &e) { return e.action == restored; }));
}

TEST_F(BackupUiTest, ADamagedPageOfTheLiveFileIsReportedWithWhatToDo)
{
    {
        auto file = CaseFile::open(m_dir.caseFile(), Security::SecureBytes::fromUtf8(Passphrase));
        ASSERT_TRUE(file.ok());
        {
            // A logo of 300 kB: the file's last pages are its overflow pages, which opening does not read.
            QByteArray logo(300000, Qt::Uninitialized);
            for (qsizetype i = 0; i < logo.size(); ++i)
                logo[i] = static_cast<char>((i * 7919) % 251);
            ASSERT_TRUE(
                (*file)->setSetting(Domain::FileSetting::MunicipalityLogo, QString::fromLatin1(logo.toBase64())).ok());
        }
    }
    {
        QFile f(m_dir.caseFile());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        ASSERT_GT(pages, 4);
        f.seek((pages - 2) * 4096 + 200);
        f.write(QByteArray(32, '\x33'));
    }
    open();
    auto *box = waitFor<QMessageBox>(QStringLiteral("damageMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("damaged"))) << qPrintable(box->text());
    EXPECT_TRUE(box->text().contains(QStringLiteral("File ▸ Restore from a backup")));
    EXPECT_FALSE(m_controller->mainWindow()->isShowingLockScreen()) << "the work stays open";
    EXPECT_TRUE(backups().isEmpty()) << "no backup of a damaged file";
    box->accept();
}

TEST_F(BackupUiTest, SettingsKeepTheFolderPerCaseFileAndWarnAboutTheSameDisk)
{
    open();
    EXPECT_TRUE(BackupFolderBox::onSameDisk(m_dir.caseFile(), BackupSet::defaultFolder(m_dir.caseFile())));
    m_controller->showSettings(true);
    auto *dialog = waitFor<SettingsDialog>(QStringLiteral("settingsDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    ASSERT_NE(folder, nullptr);
    EXPECT_EQ(QDir::fromNativeSeparators(folder->text()), BackupSet::defaultFolder(m_dir.caseFile()));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("backupSameDiskWarning"))->isVisible());

    const QString other = m_dir.path(QStringLiteral("elsewhere"));
    ASSERT_TRUE(QDir().mkpath(other));
    folder->setText(other);
    dialog->accept();
    EXPECT_EQ(m_controller->backups()->folder(), other);
    EXPECT_EQ(m_controller->config().caseFileValue(m_fileId, QStringLiteral("backupFolder")), other)
        << "kept under the file's id";

    const char *shots = getenv("TRAEDESTEN_BACKUP_SHOTS");
    if (!shots)
        return;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("da") }) {
        m_controller->setLanguage(language);
        m_controller->showSettings(true);
        auto *settings = waitFor<SettingsDialog>(QStringLiteral("settingsDialog"));
        settings->findChild<QLineEdit *>(QStringLiteral("backupFolder"))
            ->setText(BackupSet::defaultFolder(m_dir.caseFile()));
        QTest::qWait(200);
        settings->grab().save(
            QDir(QString::fromLocal8Bit(shots)).filePath(language + QStringLiteral("-backup-settings.png")));
        settings->reject();
        QTest::qWait(100);
        RestoreDialog::Target target { BackupSet::defaultFolder(m_dir.caseFile()), m_dir.caseFile(), m_fileId,
            m_controller->caseFile()->header().bytes() };
        RestoreDialog restore(target, {}, m_controller->mainWindow());
        restore.show();
        QTest::qWait(200);
        restore.grab().save(
            QDir(QString::fromLocal8Bit(shots)).filePath(language + QStringLiteral("-restore-list.png")));
    }
}
