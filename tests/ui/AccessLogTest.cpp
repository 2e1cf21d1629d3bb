// The access log: its model under QAbstractItemModelTester and its filter, then in the real program on a
// real case file — "viewed" once per unlock and again after lock and unlock, changes, the print and the
// PDF recorded, the dialog from the Citizen menu, and the whole log exported as CSV from the File menu.
#include "AppController.h"
#include "AuditText.h"
#include "CaseEditor.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "dialogs/AccessLogDialog.h"
#include "models/AccessLogFilterModel.h"
#include "models/AccessLogModel.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "print/AccessLogPrint.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/DateField.h"
#include "widgets/UnlockWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

const char *const Passphrase = "hvem-har-set-det-her-31";

AuditEvent event(const QDateTime &at, const char *actor, AuditAction action, const char *entityType)
{
    static int n = 0;
    return AuditEvent { QStringLiteral("ev%1").arg(++n), at, QString::fromUtf8(actor), auditActionName(action),
        QString::fromUtf8(entityType), QStringLiteral("rec"), QStringLiteral("cit") };
}

QStringList whats(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        texts << model->index(r, AccessLogModel::WhatColumn).data().toString();
    return texts;
}

bool isPrivate(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    return p.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && !(p
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeOther));
}

} // namespace

TEST(AccessLogModelTest, ShowsWhenWhoAndWhatInWordsNewestFirstAndFilters)
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    const QDateTime day1(QDate(2026, 2, 2), QTime(9, 15), Qt::UTC);
    const QDateTime day2(QDate(2026, 2, 9), QTime(14, 40), Qt::UTC);
    const QDateTime day3(QDate(2026, 2, 20), QTime(8, 0), Qt::UTC);
    const QList<AuditEvent> events { event(day1, "sara", AuditAction::CitizenViewed, "citizen"),
        event(day1, "sara", AuditAction::RecordUpdated, "stepping_stone"),
        event(day2, "jonas", AuditAction::Printed, "budget_statement"),
        event(day2, "jonas", AuditAction::BackedUp, "case_file"),
        event(day3, "sara", AuditAction::RecordsReordered, "goal"),
        event(day3, "sara", AuditAction::Exported, "access_log") };

    AccessLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents(events);
    ASSERT_EQ(model.rowCount(), 6);
    EXPECT_EQ(model.columnCount(), AccessLogModel::ColumnCount);
    EXPECT_EQ(whats(&model),
        (QStringList { QStringLiteral("Saved the access log as a PDF"),
            QStringLiteral("Changed the order of the long-term goals"), QStringLiteral("Backed up the whole case file"),
            QStringLiteral("Printed the budget statement"), QStringLiteral("Changed a stepping stone"),
            QStringLiteral("Opened the citizen's pages") }))
        << "newest first";
    EXPECT_EQ(model.index(5, AccessLogModel::TimeColumn).data().toString(),
        day1.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
        << "local time, readable";
    EXPECT_EQ(model.index(5, AccessLogModel::ActorColumn).data().toString(), QStringLiteral("sara"));
    EXPECT_EQ(model.headerData(AccessLogModel::ActorColumn, Qt::Horizontal).toString(), QStringLiteral("Who"));
    EXPECT_EQ(model.actors(), (QStringList { QStringLiteral("jonas"), QStringLiteral("sara") }));

    AccessLogFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    EXPECT_FALSE(filter.isFiltering());
    filter.setCategory(AuditText::Category::Changed);
    EXPECT_EQ(whats(&filter),
        (QStringList { QStringLiteral("Changed the order of the long-term goals"),
            QStringLiteral("Changed a stepping stone") }));
    filter.setCategory(AuditText::Category::PrintedOrExported);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setCategory(AuditText::Category::WholeFile);
    EXPECT_EQ(whats(&filter), QStringList { QStringLiteral("Backed up the whole case file") });
    filter.setCategory(AuditText::Category::Viewed);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setCategory(std::nullopt);
    filter.setActor(QStringLiteral("jonas"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setActor({});
    filter.setText(QStringLiteral("stepping"));
    EXPECT_EQ(whats(&filter), QStringList { QStringLiteral("Changed a stepping stone") });
    filter.setText(QStringLiteral("JONAS"));
    EXPECT_EQ(filter.rowCount(), 2) << "text matches who too, in any case";
    filter.setText({});
    filter.setDateRange(day2.toLocalTime().date(), {});
    EXPECT_EQ(filter.rowCount(), 4) << "from a day on";
    filter.setDateRange(day2.toLocalTime().date(), day2.toLocalTime().date());
    EXPECT_EQ(filter.rowCount(), 2) << "from and to the same day";
    filter.setDateRange({}, day1.toLocalTime().date());
    EXPECT_EQ(filter.rowCount(), 2) << "up to a day";
    EXPECT_TRUE(filter.isFiltering());
    filter.setText(QStringLiteral("nothing like this"));
    EXPECT_EQ(filter.rowCount(), 0);

    // The words follow the program's language.
    languages.apply(QStringLiteral("da"));
    EXPECT_EQ(model.index(4, AccessLogModel::WhatColumn).data().toString(), QStringLiteral("Ændrede en trædesten"));
    EXPECT_EQ(model.index(5, AccessLogModel::TimeColumn).data().toString(),
        day1.toLocalTime().toString(QStringLiteral("dd-MM-yyyy 'kl.' HH.mm")));
    EXPECT_EQ(model.headerData(AccessLogModel::ActorColumn, Qt::Horizontal).toString(), QStringLiteral("Hvem"));
    languages.apply(QStringLiteral("en"));
}

TEST(AccessLogPrintTest, PrintsTheMunicipalityTheCitizenAndEveryEventInEitherLanguage)
{
    AccessLogPrint::Data data;
    data.municipality = QStringLiteral("Aarhus Kommune");
    data.citizenName = QStringLiteral("Anna Adgang");
    const QDateTime at(QDate(2026, 2, 2), QTime(9, 15), Qt::UTC);
    data.events = { event(at, "sara", AuditAction::RecordCreated, "stepping_stone"),
        event(at, "sara", AuditAction::Restored, "case_file") };
    data.totalEvents = 5;
    data.printedOn = QDate(2026, 3, 1);
    const QString danish = AccessLogPrint(data, QStringLiteral("da")).html();
    EXPECT_TRUE(danish.contains(QStringLiteral("Aarhus Kommune")));
    EXPECT_TRUE(danish.contains(QStringLiteral("Anna Adgang")));
    EXPECT_TRUE(danish.contains(QStringLiteral("Adgangs- og ændringslog")));
    EXPECT_TRUE(danish.contains(QStringLiteral("Oprettede en trædesten")));
    EXPECT_TRUE(danish.contains(QStringLiteral("Gendannede sagsfilen fra en sikkerhedskopi")));
    EXPECT_TRUE(danish.contains(QStringLiteral("1. marts 2026")));
    EXPECT_TRUE(danish.contains(QStringLiteral("2 af loggens 5"))) << "a filtered print says so";
    const QString english = AccessLogPrint(data, QStringLiteral("en")).html();
    EXPECT_TRUE(english.contains(QStringLiteral("Created a stepping stone")));
    EXPECT_TRUE(english.contains(QStringLiteral("Access log")));
    EXPECT_FALSE(english.contains(QStringLiteral("trædesten")));
}

namespace {

class AccessLogProgramTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            auto file = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
            ASSERT_TRUE(file.ok());
            Storage::Caseload caseload(**file);
            Citizen a;
            a.name = QStringLiteral("Anna Adgang");
            a.startDate = QDate::currentDate().addMonths(-3);
            m_anna = caseload.citizens().create(a).value().id;
            Citizen b;
            b.name = QStringLiteral("Bent Berg");
            b.startDate = QDate::currentDate().addMonths(-3);
            m_bent = caseload.citizens().create(b).value().id;
            ASSERT_TRUE((*file)->setSetting(FileSetting::MunicipalityName, QStringLiteral("Aarhus Kommune")).ok());
        }
        m_controller = TestKit::openInProgram(
            m_dir.path(QStringLiteral("settings.ini")), m_dir.caseFile(), QString::fromUtf8(Passphrase));
        ASSERT_TRUE(m_controller->mainWindow()->isVisible());
    }

    void TearDown() override { m_controller.reset(); }

    Storage::CaseFile &file() { return *m_controller->caseFile(); }
    MainWindow *main() { return m_controller->mainWindow(); }

    int viewed(const QString &citizenId)
    {
        int n = 0;
        for (const AuditEvent &e : file().auditEventsOfCitizen(citizenId).value())
            n += e.action == auditActionName(AuditAction::CitizenViewed);
        return n;
    }

    void show(const QString &citizenId)
    {
        main()->caseloadPage()->selectCitizen(citizenId);
        QApplication::processEvents();
        ASSERT_EQ(main()->citizenView()->citizenId(), citizenId);
    }

    void lockAndUnlock()
    {
        QTest::keyClick(main(), Qt::Key_L, Qt::ControlModifier);
        ASSERT_TRUE(main()->isShowingLockScreen());
        UnlockWidget *screen = main()->lockScreen();
        auto *field = screen->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        QTest::keyClicks(field, QString::fromUtf8(Passphrase));
        QTest::keyClick(field, Qt::Key_Return);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !main()->isShowingLockScreen(); }, 10000));
        QApplication::processEvents();
    }

    AccessLogDialog *openLog()
    {
        auto *action = main()->findChild<QAction *>(QStringLiteral("accessLog"));
        EXPECT_NE(action, nullptr);
        EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        QTest::keyClick(main()->caseloadPage()->findChild<QLineEdit *>(), Qt::Key_H,
            Qt::ControlModifier | Qt::ShiftModifier);
        AccessLogDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = main()->findChild<AccessLogDialog *>()) && dialog->isVisible(); }, 3000);
        return dialog;
    }

    TestKit::TempFolder m_dir;
    QString m_anna;
    QString m_bent;
    std::unique_ptr<AppController> m_controller;
};

} // namespace

TEST_F(AccessLogProgramTest, OpeningACitizenIsRecordedOncePerUnlockAndAgainAfterLockAndUnlockWithoutAnUndo)
{
    show(m_anna);
    EXPECT_EQ(viewed(m_anna), 1);
    show(m_bent);
    show(m_anna);
    show(m_bent);
    EXPECT_EQ(viewed(m_anna), 1) << "at most once per citizen per unlock";
    EXPECT_EQ(viewed(m_bent), 1);
    EXPECT_FALSE(main()->undoStack()->canUndo()) << "an audit event is not an undoable change";

    lockAndUnlock();
    const QString shown = main()->citizenView()->citizenId();
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_EQ(viewed(shown), 2) << "shown again after the unlock: a new event";
    show(m_anna);
    show(m_bent);
    show(m_anna);
    EXPECT_EQ(viewed(m_anna), 2);
    EXPECT_EQ(viewed(m_bent), 2);
    EXPECT_FALSE(main()->undoStack()->canUndo());
}

TEST_F(AccessLogProgramTest, TheDialogShowsViewsChangesPrintsAndExportsAndFilters)
{
    show(m_anna);
    // A change to Anna's records, and one to Bent's that is not hers.
    Storage::Caseload *c = main()->editor()->caseload();
    Goal g;
    g.citizenId = m_anna;
    g.ownWords = QStringLiteral("Egen bolig");
    const QString goalId = c->goals().createGoal(g).value().id;
    SteppingStone s;
    s.goalId = goalId;
    s.title = QStringLiteral("Skriv op til bolig");
    s = c->goals().createStone(s).value();
    s.title = QStringLiteral("Skriv op til to boliger");
    ASSERT_TRUE(c->goals().updateStone(s).ok());
    Goal other;
    other.citizenId = m_bent;
    other.ownWords = QStringLiteral("Job");
    ASSERT_TRUE(c->goals().createGoal(other).ok());
    ASSERT_TRUE(file().recordEvent(AuditAction::BackedUp, QStringLiteral("case_file")).ok());

    // From the Citizen menu, with its shortcut; also the button on the citizen's pages.
    auto *button = main()->citizenView()->accessLogButton();
    EXPECT_EQ(button->text(), QStringLiteral("Who has seen or changed this?"));
    AccessLogDialog *dialog = openLog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Who has seen or changed this?"));
    const QAbstractItemModel *rows = dialog->table()->model();
    QStringList texts = whats(rows);
    EXPECT_EQ(texts.value(0), QStringLiteral("Backed up the whole case file"));
    EXPECT_TRUE(texts.contains(QStringLiteral("Changed a stepping stone")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Created a stepping stone")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Created a long-term goal")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Opened the citizen's pages")));
    EXPECT_EQ(texts.count(QStringLiteral("Created a long-term goal")), 1) << "Bent's goal is not in Anna's log";
    EXPECT_EQ(rows->index(0, AccessLogModel::ActorColumn).data().toString(), file().actor());
    EXPECT_FALSE(dialog->showsEmptyState());

    // Filter: changes only; then a text nothing matches shows the empty state.
    auto *category = dialog->findChild<QComboBox *>(QStringLiteral("accessLogCategory"));
    category->setCurrentIndex(category->findData(static_cast<int>(AuditText::Category::Changed)));
    for (const QString &t : whats(rows))
        EXPECT_TRUE(t.startsWith(QStringLiteral("Created")) || t.startsWith(QStringLiteral("Changed"))) << qPrintable(t);
    EXPECT_EQ(rows->rowCount(), 4) << "Anna created, her goal, the stone created and changed";
    dialog->findChild<QLineEdit *>(QStringLiteral("accessLogSearch"))->setText(QStringLiteral("no such thing"));
    EXPECT_TRUE(dialog->showsEmptyState());
    dialog->findChild<QLineEdit *>(QStringLiteral("accessLogSearch"))->clear();
    category->setCurrentIndex(0);
    auto *from = dialog->findChild<DateField *>(QStringLiteral("accessLogFrom"));
    from->setDate(QDate::currentDate().addDays(1));
    EXPECT_TRUE(dialog->showsEmptyState()) << "nothing from tomorrow on";
    from->setDate({});
    EXPECT_FALSE(dialog->showsEmptyState());

    // Print: the preview opens, and the print is in the log at once.
    dialog->printLog();
    auto *preview = dialog->findChild<QPrintPreviewDialog *>();
    ASSERT_NE(preview, nullptr);
    preview->reject();
    EXPECT_EQ(whats(rows).value(0), QStringLiteral("Printed the access log"));
    const AuditEvent printed = file().auditEventsOfCitizen(m_anna).value().back();
    EXPECT_EQ(printed.action, auditActionName(AuditAction::Printed));
    EXPECT_EQ(printed.entityType, QStringLiteral("access_log"));
    EXPECT_EQ(printed.citizenId, m_anna);

    // PDF: written privately, then recorded.
    const QString pdf = m_dir.path(QStringLiteral("adgangslog.pdf"));
    ASSERT_TRUE(dialog->writePdf(pdf, QStringLiteral("da")).ok());
    EXPECT_TRUE(TestKit::readBytes(pdf).startsWith("%PDF"));
    EXPECT_TRUE(isPrivate(pdf)) << "mode 0600";
    EXPECT_EQ(whats(rows).value(0), QStringLiteral("Saved the access log as a PDF"));
    const AuditEvent exported = file().auditEventsOfCitizen(m_anna).value().back();
    EXPECT_EQ(exported.action, auditActionName(AuditAction::Exported));
    EXPECT_EQ(exported.entityType, QStringLiteral("access_log"));
    EXPECT_FALSE(main()->undoStack()->canUndo()) << "printing and saving are not undoable changes";

    // Locking closes the dialog: no citizen data stays on screen.
    QPointer<AccessLogDialog> guard(dialog);
    QTest::keyClick(main(), Qt::Key_L, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_TRUE(!guard || !guard->isVisible());
}

TEST_F(AccessLogProgramTest, TheWholeLogIsExportedFromTheFileMenuAsCsvWithIdsOnly)
{
    show(m_anna);
    auto *action = main()->findChild<QAction *>(QStringLiteral("exportAuditLog"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    EXPECT_EQ(action->text(), QStringLiteral("E&xport audit log…"));
    bool inFileMenu = false;
    for (QAction *a : main()->menuBar()->actions().at(0)->menu()->actions())
        inFileMenu = inFileMenu || a == action;
    EXPECT_TRUE(inFileMenu);

    const QString path = m_dir.path(QStringLiteral("log.csv"));
    auto written = main()->writeAuditLog(path);
    ASSERT_TRUE(written.ok());
    EXPECT_GT(*written, 3);
    const QString csv = QString::fromUtf8(TestKit::readBytes(path));
    EXPECT_TRUE(csv.contains(QStringLiteral("citizen.viewed;Opened the citizen's pages;citizen;") + m_anna));
    EXPECT_FALSE(csv.contains(QStringLiteral("Anna"))) << "ids, never names";
    EXPECT_TRUE(isPrivate(path));
    EXPECT_EQ(file().auditEvents(1).value().front().action, auditActionName(AuditAction::LogExported));

    // While locked there is nothing to export.
    QTest::keyClick(main(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(action->isEnabled());
}
