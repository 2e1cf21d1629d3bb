// Not a test: opens a demo caseload in the real program and saves screenshots
// of the caseload and every citizen page in both languages, for a person to
// look at. Run under xvfb-run: ui_screenshots OUTPUT_FOLDER
#include "AppController.h"
#include "CaseEditor.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "WindowProbe.h"
#include "dialogs/AccessLogDialog.h"
#include "dialogs/FormDialog.h"
#include "dialogs/SettingsDialog.h"
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
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

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
    const auto program = TestKit::openInProgram(
        dir.path(QStringLiteral("settings.ini")), dir.caseFile(), QStringLiteral("skærm-billede-17"));
    AppController &controller = *program;
    if (!controller.mainWindow()->isVisible() || controller.mainWindow()->isShowingLockScreen())
        return 2;
    MainWindow *main = controller.mainWindow();
    auto *model = qobject_cast<CaseloadModel *>(
        qobject_cast<QAbstractProxyModel *>(main->caseloadPage()->table()->model())->sourceModel());
    // A family's citizen with goals, meetings and the most spent of their budget.
    QString chosen;
    QString household;
    qint64 most = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto &row = model->rowAt(r);
        if (!row.householdName.isEmpty() && row.stonesTotal >= 3 && row.lastMeeting.isValid() && row.hasBudget
            && row.usedMinor > most) {
            chosen = row.citizenId;
            household = row.householdId;
            most = row.usedMinor;
        }
    }
    // Its family plan signed, as after the meeting.
    if (auto plans = main->editor()->caseload()->plans().plans(household); plans && !plans->isEmpty())
        (void)main->editor()->caseload()->plans().signPlan(plans->constFirst().id, QDate::currentDate().addDays(-20));
    const char *names[]
        = { "overview", "goals", "budget", "familyplan", "measurements", "benefits", "household", "journal" };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("da") }) {
        controller.setLanguage(language);
        main->caseloadPage()->selectCitizen(chosen);
        QTest::qWait(300);
        // The whole screen once, as a person sees the window on it.
        QApplication::primaryScreen()->grabWindow(0).save(out.filePath(QStringLiteral("%1-screen.png").arg(language)));
        for (int tab = 0; tab < 8; ++tab) {
            main->citizenView()->tabs()->setCurrentIndex(tab);
            QTest::qWait(300);
            main->grab().save(out.filePath(QStringLiteral("%1-%2.png").arg(language, QString::fromLatin1(names[tab]))));
        }
        // Settings ▸ Team server, filled in as a municipality's support person would have it.
        {
            SettingsDialog::Values v;
            v.hasCaseFile = true;
            v.caseFilePath = dir.caseFile();
            v.team.host = QStringLiteral("db.furesoe.dk");
            v.team.user = QStringLiteral("sara");
            v.team.caFile = QStringLiteral("/etc/ssl/certs/furesoe-ca.crt");
            SettingsDialog settings(v, main);
            settings.showTeamServerPage();
            settings.show();
            QTest::qWait(200);
            settings.grab().save(out.filePath(QStringLiteral("%1-settings-team.png").arg(language)));
        }
        // Every window and dialog the pages and menus open: as it opens, and a form refusing what it was given.
        int counter = 0;
        TestKit::WindowProbe probe({ main, controller.welcomeWindow() });
        probe.setInspector([&](QWidget *w, const QString &origin) {
            const QString base = QStringLiteral("%1-window-%2-%3")
                                     .arg(language)
                                     .arg(++counter, 2, 10, QLatin1Char('0'))
                                     .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                    : w->objectName());
            w->grab().save(out.filePath(base + QStringLiteral(".png")));
            std::printf("%s  %dx%d  %s\n", qPrintable(base), w->width(), w->height(), qPrintable(origin));
            if (QPointer<FormDialog> form = qobject_cast<FormDialog *>(w)) {
                for (QLineEdit *edit : form->findChildren<QLineEdit *>())
                    if (edit->isVisible() && edit->isEnabled() && !edit->isReadOnly())
                        edit->clear();
                form->buttons()->button(QDialogButtonBox::Save)->click();
                QTest::qWait(150);
                if (form && form->isVisible())
                    form->grab().save(out.filePath(base + QStringLiteral("-refused.png")));
            }
        });
        CitizenView *view = main->citizenView();
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            main->caseloadPage()->selectCitizen(chosen);
            view->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            QWidget *page = view->tabs()->widget(tab);
            for (QAbstractItemView *list : page->findChildren<QAbstractItemView *>())
                if (list->isVisible() && list->model() && list->model()->rowCount() > 0)
                    list->setCurrentIndex(list->model()->index(0, 0));
            QList<QPointer<QPushButton>> buttons;
            for (QPushButton *b : page->findChildren<QPushButton *>())
                buttons << b;
            for (const QPointer<QPushButton> &b : std::as_const(buttons)) {
                if (!b || !b->isVisible() || !b->isEnabled())
                    continue;
                probe.setOrigin(view->tabs()->tabText(tab) + QStringLiteral(" > ") + b->text());
                b->click();
                QTest::qWait(200);
            }
        }
        for (const char *action : { "editCitizen", "newCitizen", "preferences", "keyboardShortcuts", "thisWeek" }) {
            probe.setOrigin(QString::fromLatin1(action));
            main->findChild<QAction *>(QString::fromLatin1(action))->trigger();
            QTest::qWait(500);
        }
        probe.setInspector({});
        probe.setClosing(false);
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
        // The citizen's access log ("Who has seen or changed this?") and its PDF, after the prints above.
        main->caseloadPage()->selectCitizen(chosen);
        main->findChild<QAction *>(QStringLiteral("accessLog"))->trigger();
        QTest::qWait(300);
        if (auto *log = main->findChild<AccessLogDialog *>()) {
            (void)log->writePdf(out.filePath(QStringLiteral("%1-accesslog.pdf").arg(language)), language);
            QTest::qWait(100);
            log->grab().save(out.filePath(QStringLiteral("%1-accesslog.png").arg(language)));
            log->close();
            QTest::qWait(100);
        }
    }
    controller.quit();
    return 0;
}
