#include "AppController.h"
#include "DatabaseDump.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "commands/RecordStores.h"
#include "dialogs/CitizenDialog.h"
#include "models/CaseloadModel.h"
#include "pages/CaseloadPage.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

TEST(CitizenEditing, DialogShowsTheRefusalNextToTheFieldThenAddsToTheCaseloadAndUndoRemoves)
{
    TestKit::TempFolder dir;
    AppController::Options options;
    options.configFile = dir.path(QStringLiteral("settings.ini"));
    options.chooseKdf = [] {
        return TestKit::fastKdf();
    };
    options.watchScreenLock = false;
    AppController controller(options);
    controller.setLanguage(QStringLiteral("en"));
    ASSERT_TRUE(
        Storage::CaseFile::create(dir.caseFile(), TestKit::passphrase("dialog-dialog-17"), TestKit::fastKdf()).ok());
    controller.start();
    controller.openPath(dir.caseFile());
    auto *unlock = controller.welcomeWindow()->findChild<QDialog *>(QStringLiteral("unlockDialog"));
    ASSERT_NE(unlock, nullptr);
    auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QTest::keyClicks(field, QStringLiteral("dialog-dialog-17"));
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.mainWindow()->isVisible(); }, 10000));

    MainWindow *main = controller.mainWindow();
    QTest::keyClick(main, Qt::Key_N, Qt::ControlModifier);
    CitizenDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = main->findChild<CitizenDialog *>()) != nullptr; }, 3000));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("Sofie Prøvesen"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cpr")), QStringLiteral("320190-1234"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible()) << "refused: the dialog stays open";
    EXPECT_TRUE(dialog->errorText(QStringLiteral("cpr")).contains(QStringLiteral("DDMMYY-SSSS")));
    EXPECT_EQ(main->caseloadPage()->table()->model()->rowCount(), 0);

    auto *cpr = dialog->findChild<QLineEdit *>(QStringLiteral("cpr"));
    cpr->clear();
    QTest::keyClicks(cpr, QStringLiteral("010115-4001")); // fails modulus 11: allowed
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return main->findChild<CitizenDialog *>() == nullptr; }, 3000));
    QAbstractItemModel *table = main->caseloadPage()->table()->model();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->index(0, CaseloadModel::NameColumn).data().toString(), QStringLiteral("Sofie Prøvesen"));

    // In the list (not in the search field, where Ctrl+Z undoes typing).
    QTableView *view = main->caseloadPage()->table();
    main->activateWindow(); // the dialog just closed; the main window is active again
    QApplication::setActiveWindow(main);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(table->rowCount(), 0) << "Ctrl+Z takes the new citizen away again";
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(table->rowCount(), 1);

    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(table->rowCount(), 0) << "locking clears the caseload from memory";
    EXPECT_EQ(main->undoStack()->count(), 0) << "and the undo history";
}
