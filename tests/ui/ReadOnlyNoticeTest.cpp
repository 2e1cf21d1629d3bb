// What the person sees when a case file cannot be written (full disk) and when the passphrase does not
// open it (issue 13, item 7). Set TRAEDESTEN_SCREENSHOT_DIR to keep the screenshots (1366x768).
#include "AppController.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "SmallDisk.h"
#include "TestSupport.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Traedesten;

namespace {

constexpr const char *Passphrase = "fjordlys-tågehorn-cykelhjelm-58";

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRAEDESTEN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

class ReadOnlyNoticeTest : public ::testing::TestWithParam<const char *>
{
protected:
    QString language() const { return QString::fromLatin1(GetParam()); }
    QTemporaryDir m_settings;
};

} // namespace

TEST_P(ReadOnlyNoticeTest, FullDiskShowsTheNoticeRefusesEditsAndClearsWhenThereIsRoom)
{
    TestKit::SmallDisk disk(4);
    if (!disk.available())
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    const QString path = disk.path(QStringLiteral("caseload.traedesten"));
    ASSERT_TRUE(Storage::CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf()).ok());
    ASSERT_TRUE(disk.fill());

    auto program = TestKit::openInProgram(
        m_settings.filePath(QStringLiteral("settings.ini")), path, QString::fromUtf8(Passphrase), language());
    Ui::MainWindow *main = program->mainWindow();
    ASSERT_TRUE(main->isVisible() && !main->isShowingLockScreen());
    main->resize(1366, 768);
    QLabel *notice = main->readOnlyNotice();
    ASSERT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(
        language() == u"da" ? QStringLiteral("Disken er fuld") : QStringLiteral("The disk is full")))
        << qPrintable(notice->text());
    auto *newCitizen = main->findChild<QAction *>(QStringLiteral("newCitizen"));
    ASSERT_TRUE(newCitizen);
    EXPECT_FALSE(newCitizen->isEnabled()) << "no editing while read-only";
    auto *addFirst = main->findChild<QPushButton *>(QStringLiteral("addFirstCitizen"));
    ASSERT_TRUE(addFirst);
    EXPECT_FALSE(addFirst->isEnabled()) << "nor from the empty caseload";
    EXPECT_EQ(program->caseFile()->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("X")).code(),
        ErrorCode::DiskFull);
    QTest::qWait(50);
    keepScreenshot(main, QStringLiteral("read-only-notice-") + language());

    // Space freed: the program notices by itself, writes the kept event, and editing comes back.
    disk.free();
    auto *timer = program->findChild<QTimer *>(QStringLiteral("resumeWritingTimer"));
    ASSERT_TRUE(timer && timer->isActive());
    timer->setInterval(20);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !notice->isVisible(); }, 5000));
    EXPECT_TRUE(newCitizen->isEnabled());
    EXPECT_TRUE(addFirst->isEnabled());
    EXPECT_FALSE(program->caseFile()->isReadOnly());
    EXPECT_FALSE(timer->isActive());
    program->closeCaseFile();
}

TEST_P(ReadOnlyNoticeTest, WrongPassphraseSaysItMayBeADamagedBeginningAndPointsToBackups)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caseload.traedesten"));
    ASSERT_TRUE(Storage::CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf()).ok());
    // As openInProgram(), without waiting for a main window that does not come.
    Ui::AppController::Options options;
    options.configFile = m_settings.filePath(QStringLiteral("settings.ini"));
    options.watchScreenLock = false;
    auto program = std::make_unique<Ui::AppController>(options);
    program->setLanguage(language());
    program->start();
    program->openPath(path);
    auto *dialog = program->welcomeWindow()->findChild<QDialog *>(QStringLiteral("unlockDialog"));
    ASSERT_TRUE(dialog && QTest::qWaitFor([&] { return dialog->isVisible(); }, 5000));
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("unlockError"));
    ASSERT_TRUE(error);
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisible() && !error->text().isEmpty(); }, 20000));
    if (language() == u"da") {
        EXPECT_TRUE(error->text().contains(QStringLiteral("begyndelsen af filen er beskadiget")))
            << qPrintable(error->text());
        EXPECT_TRUE(error->text().contains(QStringLiteral("sikkerhedskopi"))) << qPrintable(error->text());
    } else {
        EXPECT_TRUE(error->text().contains(QStringLiteral("the beginning of the file is damaged")))
            << qPrintable(error->text());
        EXPECT_TRUE(error->text().contains(QStringLiteral("restore the file from a backup")))
            << qPrintable(error->text());
    }
    program->welcomeWindow()->resize(1366, 768);
    QTest::qWait(50);
    keepScreenshot(dialog, QStringLiteral("unlock-wrong-passphrase-") + language());
    keepScreenshot(program->welcomeWindow(), QStringLiteral("unlock-welcome-") + language());
    dialog->reject();
}

INSTANTIATE_TEST_SUITE_P(Languages, ReadOnlyNoticeTest, ::testing::Values("en", "da"));
