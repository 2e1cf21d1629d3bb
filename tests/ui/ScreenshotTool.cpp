// Not a test: opens a demo caseload in the real program and saves screenshots
// of the caseload and every citizen page in both languages, for a person to
// look at. Run under xvfb-run: ui_screenshots OUTPUT_FOLDER
#include "AppController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/FormDialog.h"
#include "models/CaseloadModel.h"
#include "pages/BudgetPage.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/FamilyPlanPage.h"
#include "pages/GoalsPage.h"
#include "pages/HouseholdPage.h"
#include "pages/JournalPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/ReportsWindow.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Traedesten;
using namespace Traedesten::Ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TraedestenTests"));
    QApplication::setApplicationName(QStringLiteral("TraedestenScreenshots"));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath());
    TestKit::TempFolder dir;
    {
        auto file
            = Storage::CaseFile::create(dir.caseFile(), TestKit::passphrase("skærm-billede-17"), TestKit::fastKdf());
        if (!file || !Storage::DemoCaseload::generate(**file, {}).ok())
            return 1;
        (void)(*file)->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("Furesø Kommune"));
        // A made-up logo, to see it in the print headers.
        QImage logo(360, 120, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        QPainter painter(&logo);
        painter.setBrush(QColor(0x1b, 0x5e, 0x20));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(4, 4, 112, 112));
        painter.setPen(QColor(0x1b, 0x5e, 0x20));
        QFont font = painter.font();
        font.setPixelSize(56);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(QRect(130, 0, 230, 120), Qt::AlignVCenter, QStringLiteral("Demo"));
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        (void)(*file)->setSetting(Domain::FileSetting::MunicipalityLogo, QString::fromLatin1(png.toBase64()));
    }
    AppController::Options options;
    options.configFile = dir.path(QStringLiteral("settings.ini"));
    options.chooseKdf = [] {
        return TestKit::fastKdf();
    };
    options.watchScreenLock = false;
    AppController controller(options);
    controller.start();
    controller.openPath(dir.caseFile());
    auto *unlock = controller.welcomeWindow()->findChild<QDialog *>(QStringLiteral("unlockDialog"));
    auto *field = unlock->findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QTest::keyClicks(field, QStringLiteral("skærm-billede-17"));
    QTest::keyClick(field, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return controller.mainWindow()->isVisible(); }, 20000))
        return 2;
    MainWindow *main = controller.mainWindow();
    main->resize(1400, 860);
    auto *model = qobject_cast<CaseloadModel *>(
        qobject_cast<QAbstractProxyModel *>(main->caseloadPage()->table()->model())->sourceModel());
    // A family's citizen with goals, meetings and the most spent of their budget.
    QString chosen;
    qint64 most = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto &row = model->rowAt(r);
        if (!row.householdName.isEmpty() && row.stonesTotal >= 3 && row.lastMeeting.isValid() && row.hasBudget
            && row.usedMinor > most) {
            chosen = row.citizenId;
            most = row.usedMinor;
        }
    }
    const char *names[]
        = { "overview", "goals", "budget", "familyplan", "measurements", "benefits", "household", "journal" };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("da") }) {
        controller.setLanguage(language);
        main->caseloadPage()->selectCitizen(chosen);
        // The caseload list on a 1366×768 laptop: as the window opens, and given the width it asks for
        // (the citizen's pages allowed to be narrower than their own minimum for this one picture).
        main->resize(1366, 768);
        QTest::qWait(300);
        main->grab().save(out.filePath(QStringLiteral("%1-caseload-1366.png").arg(language)));
        if (auto *workspace = main->findChild<QSplitter *>(QStringLiteral("workspace"))) {
            const QList<int> before = workspace->sizes();
            const int width = main->caseloadPage()->sizeHint().width();
            main->citizenView()->setMinimumWidth(400);
            workspace->setSizes({ width, workspace->width() - width - workspace->handleWidth() });
            QTest::qWait(300);
            main->grab().save(out.filePath(QStringLiteral("%1-caseload-1366-hint.png").arg(language)));
            main->citizenView()->setMinimumWidth(0);
            workspace->setSizes(before);
        }
        main->resize(1400, 860);
        for (int tab = 0; tab < 8; ++tab) {
            main->citizenView()->tabs()->setCurrentIndex(tab);
            QTest::qWait(300);
            main->grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(language, QString::fromLatin1(names[tab]))));
        }
        // The edit dialogs, each refusing an empty required field.
        const auto shoot = [&](QWidget *page, auto open, const char *name) {
            main->citizenView()->tabs()->setCurrentWidget(page);
            open();
            QTest::qWait(200);
            auto *dialog = main->findChild<FormDialog *>();
            if (!dialog)
                return;
            dialog->buttons()->button(QDialogButtonBox::Save)->click();
            QTest::qWait(200);
            dialog->grab().save(
                out.filePath(QStringLiteral("%1-dialog-%2.png").arg(language, QString::fromLatin1(name))));
            dialog->reject();
            QTest::qWait(100);
        };
        CitizenView *view = main->citizenView();
        shoot(
            view->goals(), [&] { view->goals()->newGoal(); }, "goal");
        shoot(
            view->goals(), [&] { view->goals()->newStone(); }, "stone");
        shoot(
            view->journal(), [&] { view->journal()->newNote(); }, "note");
        shoot(
            view->household(), [&] { view->household()->addMember(); }, "member");
        shoot(
            view->budget(), [&] { view->budget()->newEntry(Domain::EntryKind::Purchase); }, "purchase");
        // Dialogs that are looked at as they open (saving them would change the demo file).
        const auto look = [&](QWidget *page, auto open, const char *objectName, const char *name) {
            main->citizenView()->tabs()->setCurrentWidget(page);
            open();
            QTest::qWait(200);
            if (auto *dialog = main->findChild<QDialog *>(QString::fromLatin1(objectName))) {
                dialog->grab().save(
                    out.filePath(QStringLiteral("%1-dialog-%2.png").arg(language, QString::fromLatin1(name))));
                dialog->reject();
                QTest::qWait(100);
            }
        };
        look(
            view->familyPlan(), [&] { view->familyPlan()->signPlan(); }, "signDialog", "sign");
        look(
            view->familyPlan(),
            [&] { view->familyPlan()->findChild<QPushButton *>(QStringLiteral("departmentsButton"))->click(); },
            "departmentsDialog", "departments");
        look(
            view->measurements(), [&] { view->measurements()->newMeasurement(QStringLiteral("who5")); },
            "measurementDialog", "who5");
        // The caseload report window and its PDF.
        main->findChild<QAction *>(QStringLiteral("caseloadReport"))->trigger();
        QTest::qWait(400);
        if (auto *reports = main->findChild<ReportsWindow *>()) {
            reports->grab().save(out.filePath(QStringLiteral("%1-reports.png").arg(language)));
            (void)reports->writePdf(out.filePath(QStringLiteral("%1-report.pdf").arg(language)), language);
            reports->close();
            QTest::qWait(100);
        }
        // The family plan (café-safe) and the budget statement as PDF, in this language.
        (void)view->familyPlan()->writePdf(out.filePath(QStringLiteral("%1-familyplan.pdf").arg(language)), language,
            true, FamilyPlanPrint::Kind::FamilyPlan);
        (void)view->budget()->writeStatementPdf(
            out.filePath(QStringLiteral("%1-statement.pdf").arg(language)), language);
    }
    controller.quit();
    return 0;
}
