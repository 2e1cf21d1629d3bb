#pragma once
// Test support: the real program opened on a case file as a person would open it.

#include "AppController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "pages/WelcomeWindow.h"

#include <QDialog>
#include <QLineEdit>
#include <QTest>

#include <memory>

namespace Traedesten::TestKit {

/**
 * Starts the program (settings in @p settingsFile, the cheapest key derivation the floor allows, no
 * screen-lock watching) in @p language, opens @p path and types @p passphrase into the unlock dialog.
 * The main window is visible, unlocked, when opening succeeded.
 */
inline std::unique_ptr<Ui::AppController> openInProgram(const QString &settingsFile, const QString &path,
    const QString &passphrase, const QString &language = QStringLiteral("en"))
{
    Ui::AppController::Options options;
    options.configFile = settingsFile;
    options.chooseKdf = [] {
        return fastKdf();
    };
    options.watchScreenLock = false;
    auto controller = std::make_unique<Ui::AppController>(options);
    controller->setLanguage(language);
    controller->start();
    controller->openPath(path);
    QDialog *unlock = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                unlock = controller->welcomeWindow()->findChild<QDialog *>(QStringLiteral("unlockDialog"));
                return unlock && unlock->isVisible();
            },
            5000))
        return controller;
    auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
    Ui::MainWindow *main = controller->mainWindow();
    (void)QTest::qWaitFor([&] { return main->isVisible() && !main->isShowingLockScreen(); }, 20000);
    return controller;
}

} // namespace Traedesten::TestKit
