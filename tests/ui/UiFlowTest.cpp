#include "AppController.h"
#include "IdleWatcher.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/NewCaseFileDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/UnlockDialog.h"
#include "pages/CaseloadPage.h"
#include "pages/WelcomeWindow.h"
#include "widgets/UnlockWidget.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Ui;

namespace {

const QString GoodPassphrase = QStringLiteral("brombær-cykelhjelm-fjordlys-17-tågehorn");

class UiFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        AppController::Options options;
        options.configFile = m_dir.path(QStringLiteral("settings.ini"));
        options.chooseKdf = [] {
            return TestKit::fastKdf();
        };
        options.watchScreenLock = false;
        m_controller = std::make_unique<AppController>(options);
        m_controller->setLanguage(QStringLiteral("en"));
        m_controller->start();
    }

    void TearDown() override { m_controller.reset(); }

    template<typename Dialog> Dialog *waitForDialog(QWidget *parent)
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); }, 5000);
        return dialog;
    }

    /// Fills in and submits the New case file dialog as a user would.
    NewCaseFileDialog *fillNewCaseFile(const QString &path, const QString &passphrase, const QString &repeat)
    {
        auto *welcome = m_controller->welcomeWindow();
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        auto *dialog = waitForDialog<NewCaseFileDialog>(welcome);
        if (!dialog)
            return nullptr;
        auto *pathField = dialog->findChild<QLineEdit *>(QStringLiteral("path"));
        pathField->clear();
        QTest::keyClicks(pathField, path);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphrase")), passphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase")), repeat);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
        return dialog;
    }

    void typeOnLockScreen(const QString &passphrase)
    {
        UnlockWidget *screen = m_controller->mainWindow()->lockScreen();
        auto *field = screen->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, passphrase);
        QTest::keyClick(field, Qt::Key_Return);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !screen->isBusy(); }, 10000));
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<AppController> m_controller;
};

} // namespace

TEST_F(UiFlowTest, CreateLockWrongPassphraseRightPassphraseBackToMainWindow)
{
    const QString path = m_dir.path(QStringLiteral("sager"));
    EXPECT_TRUE(m_controller->welcomeWindow()->isVisible());
    fillNewCaseFile(path, GoodPassphrase, GoodPassphrase);

    MainWindow *main = m_controller->mainWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return main->isVisible(); }, 15000)) << "main window after creating";
    EXPECT_FALSE(m_controller->welcomeWindow()->isVisible());
    ASSERT_NE(m_controller->caseFile(), nullptr);
    EXPECT_EQ(m_controller->caseFile()->path(), path + QStringLiteral(".traedesten")) << "extension added";
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".traedesten")));
    EXPECT_FALSE(main->isShowingLockScreen());
    EXPECT_EQ(main->windowTitle(), QStringLiteral("Trædesten")) << "no file or citizen in the title";
    EXPECT_TRUE(main->caseloadPage()->findChild<QLabel *>(QStringLiteral("emptyTitle"))->isVisible());

    // Ctrl+L locks: the file is closed and the lock screen shows.
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(main->isShowingLockScreen());
    EXPECT_TRUE(m_controller->caseFile()->isLocked());
    EXPECT_EQ(m_controller->caseFile()->database(), nullptr);

    typeOnLockScreen(QStringLiteral("not the passphrase at all"));
    EXPECT_TRUE(main->isShowingLockScreen());
    EXPECT_TRUE(m_controller->caseFile()->isLocked());
    EXPECT_TRUE(main->lockScreen()->errorText().contains(QStringLiteral("passphrase is wrong, or the beginning of the file is damaged")))
        << qPrintable(main->lockScreen()->errorText());

    typeOnLockScreen(GoodPassphrase);
    EXPECT_FALSE(main->isShowingLockScreen());
    EXPECT_FALSE(m_controller->caseFile()->isLocked());
    EXPECT_TRUE(main->caseloadPage()->isVisible());

    // The file remembered is a path only, and it reopens from the Welcome window.
    EXPECT_EQ(m_controller->config().recentFiles(), QStringList { path + QStringLiteral(".traedesten") });
}

TEST_F(UiFlowTest, WeakOrMismatchedPassphraseIsRefusedNextToTheFieldAndNothingIsCreated)
{
    const QString path = m_dir.path(QStringLiteral("svag.traedesten"));
    auto *dialog = fillNewCaseFile(path, QStringLiteral("Password123"), QStringLiteral("Password123"));
    ASSERT_NE(dialog, nullptr);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("passphraseError"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("cannot be used"))) << qPrintable(error->text());
    const QString reason = dialog->findChild<QLabel *>(QStringLiteral("strengthLabel"))->text();
    EXPECT_TRUE(reason.contains(QStringLiteral("common word"))) << qPrintable(reason);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(QFileInfo::exists(path));

    // A strong passphrase typed differently the second time.
    auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase"));
    pass->clear();
    repeat->clear();
    QTest::keyClicks(pass, GoodPassphrase);
    QTest::keyClicks(repeat, GoodPassphrase + QStringLiteral("x"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("repeatError"))->isVisible());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(m_controller->caseFile(), nullptr);
}

TEST_F(UiFlowTest, OpeningAFileInUseOrWithTheWrongPassphraseExplainsAndLeavesItUnchanged)
{
    const QString path = m_dir.caseFile();
    auto other = Storage::CaseFile::create(
        path, TestKit::passphrase("brombær-cykelhjelm-fjordlys-17-tågehorn"), TestKit::fastKdf());
    ASSERT_TRUE(other.ok());
    const QByteArray before = TestKit::readBytes(path);

    m_controller->openPath(path);
    auto *dialog = waitForDialog<UnlockDialog>(m_controller->welcomeWindow());
    ASSERT_NE(dialog, nullptr);
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QTest::keyClicks(field, GoodPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->unlockWidget()->isBusy(); }, 10000));
    EXPECT_TRUE(dialog->unlockWidget()->errorText().contains(QStringLiteral("already open")))
        << qPrintable(dialog->unlockWidget()->errorText());
    EXPECT_EQ(TestKit::readBytes(path), before);

    other.value().reset(); // the other instance closes it
    QTest::keyClicks(field, QStringLiteral("forkert-forkert-forkert"));
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->unlockWidget()->isBusy(); }, 10000));
    EXPECT_TRUE(dialog->unlockWidget()->errorText().contains(QStringLiteral("passphrase is wrong, or the beginning of the file is damaged")));
    EXPECT_EQ(TestKit::readBytes(path), before);

    QTest::keyClicks(field, GoodPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_controller->mainWindow()->isVisible(); }, 10000));
    ASSERT_NE(m_controller->caseFile(), nullptr);
    EXPECT_FALSE(m_controller->caseFile()->isLocked());
}

TEST_F(UiFlowTest, IdleTimeByTheWallClockLocksAndInputPostponesIt)
{
    ASSERT_TRUE(fillNewCaseFile(m_dir.path(QStringLiteral("idle")), GoodPassphrase, GoodPassphrase));
    MainWindow *main = m_controller->mainWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return main->isVisible(); }, 15000));

    qint64 now = 1'800'000'000'000;
    IdleWatcher *idle = m_controller->idleWatcher();
    idle->setClock([&now] { return now; });
    idle->setTimeoutMinutes(5);

    now += qint64(4) * 60 * 1000;
    idle->check();
    EXPECT_FALSE(m_controller->caseFile()->isLocked()) << "4 minutes is not 5";
    QTest::mouseMove(main, QPoint(50, 50));
    QTest::keyClick(main, Qt::Key_Shift);
    now += qint64(4) * 60 * 1000;
    idle->check();
    EXPECT_FALSE(m_controller->caseFile()->isLocked()) << "input restarted the count";

    // The laptop sleeps for an hour: on waking, the wall clock has moved on
    // and the watcher's own timer notices without any input.
    now += qint64(60) * 60 * 1000;
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_controller->caseFile()->isLocked(); }, 10000));
    EXPECT_TRUE(main->isShowingLockScreen());
}

TEST_F(UiFlowTest, CtrlLLocksEvenWhileADialogCoversTheMainWindow)
{
    ASSERT_TRUE(fillNewCaseFile(m_dir.path(QStringLiteral("dialog")), GoodPassphrase, GoodPassphrase));
    MainWindow *main = m_controller->mainWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return main->isVisible(); }, 15000));

    m_controller->showSettings(true);
    auto *settings = waitForDialog<SettingsDialog>(main);
    ASSERT_NE(settings, nullptr);
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : settings;
    QTest::keyClick(focus, Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(m_controller->caseFile()->isLocked());
    EXPECT_TRUE(main->isShowingLockScreen());
    EXPECT_TRUE(QTest::qWaitFor([&] { return main->findChild<SettingsDialog *>() == nullptr; }, 5000))
        << "the dialog, which may show case data, is closed";
}

TEST_F(UiFlowTest, LanguageSwitchesAtRunTimeIncludingQtsOwnStrings)
{
    MainWindow *main = m_controller->mainWindow();
    const auto fileMenuTitle = [main] {
        return main->menuBar()->actions().at(0)->text();
    };
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("&File"));

    m_controller->setLanguage(QStringLiteral("da"));
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("&Fil"));
    EXPECT_EQ(main->lockAction()->text(), QStringLiteral("&Lås"));
    EXPECT_EQ(m_controller->welcomeWindow()->windowTitle(), QStringLiteral("Velkommen til Trædesten"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    EXPECT_EQ(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuller")) << "qtbase_da.qm loaded";
    EXPECT_EQ(m_controller->config().language(), QStringLiteral("da")) << "the choice is remembered";

    m_controller->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("&File"));
    QDialogButtonBox english(QDialogButtonBox::Cancel);
    EXPECT_EQ(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}
