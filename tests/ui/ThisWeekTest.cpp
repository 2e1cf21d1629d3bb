// The This week view: its model under QAbstractItemModelTester, and the window opened from the
// main window's action on a real case file, each row opening its citizen on the right tab.
#include "AppController.h"
#include "CaseEditor.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "models/DueItemsModel.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/ThisWeekWindow.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Database.h"
#include "storage/DemoCaseload.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cstdio>
#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;
using Reports::DueKind;

namespace {

const char *const Passphrase = "denne-uge-planlægning-29";

/// A small caseload with one of each kind of due item, counted from today.
struct Seeded
{
    QString anna;
    QString bent;
    QString closed;
};

Seeded seed(Storage::Caseload &caseload, const QDate &today)
{
    Seeded s;
    const auto citizen = [&](const char *name, CitizenStatus status, const QString &householdId) {
        Citizen c;
        c.name = QString::fromUtf8(name);
        c.status = status;
        c.startDate = today.addMonths(-13);
        if (status == CitizenStatus::Closed)
            c.endDate = today.addMonths(-1);
        c.householdId = householdId;
        return caseload.citizens().create(c).value().id;
    };
    const auto stone = [&](const QString &citizenId, const char *title, const QDate &due) {
        Goal g;
        g.citizenId = citizenId;
        g.ownWords = QStringLiteral("Mit eget mål");
        const QString goalId = caseload.goals().createGoal(g).value().id;
        SteppingStone st;
        st.goalId = goalId;
        st.title = QString::fromUtf8(title);
        st.dueDate = due;
        return caseload.goals().createStone(st).value().id;
    };
    const QString hid
        = caseload.households().create(Household { {}, QStringLiteral("Familien Berg"), {}, {}, {} }).value().id;
    s.anna = citizen("Anna Andersen", CitizenStatus::Active, {});
    s.bent = citizen("Bent Berg", CitizenStatus::Active, hid);
    s.closed = citizen("Carla Lukket", CitizenStatus::Closed, {});
    HouseholdMember m;
    m.householdId = hid;
    m.name = QStringLiteral("Bent");
    m.citizenId = s.bent;
    const QString bentMember = caseload.households().createMember(m).value().id;
    m = {};
    m.householdId = hid;
    m.name = QStringLiteral("Sofie");
    m.role = MemberRole::Child;
    const QString sofie = caseload.households().createMember(m).value().id;

    stone(s.anna, "Tandlæge", today.addDays(3));
    stone(s.anna, "Pas", today.addDays(20));
    stone(s.bent, "Kørekort", today.addDays(-2));
    stone(s.closed, "Lukket sag", today.addDays(1));

    Budget b;
    b.citizenId = s.anna;
    b.capMinor = 5'000'000;
    b.periodStart = today.addDays(6).addMonths(-12);
    EXPECT_EQ(b.periodEnd(), today.addDays(5));
    EXPECT_TRUE(caseload.budgets().createBudget(b).ok());

    const QString planId = caseload.plans().createPlan(hid).value().id;
    Intervention i;
    i.planId = planId;
    i.memberIds = { sofie };
    i.departmentId = QStringLiteral("school");
    i.title = QStringLiteral("Skolestøtte");
    i.status = InterventionStatus::Active;
    i.nextFollowUp = today.addDays(2);
    EXPECT_TRUE(caseload.plans().createIntervention(i).ok());
    Consent k;
    k.householdId = hid;
    k.memberId = bentMember;
    k.departmentId = QStringLiteral("job_centre");
    k.givenOn = today.addMonths(-6);
    k.expiresOn = today.addDays(25);
    EXPECT_TRUE(caseload.plans().createConsent(k).ok());
    return s;
}

QList<int> kindsOf(const QAbstractItemModel *model)
{
    QList<int> kinds;
    for (int r = 0; r < model->rowCount(); ++r)
        kinds << model->index(r, 0).data(DueItemsModel::KindRole).toInt();
    return kinds;
}

int rowOfKind(const QAbstractItemModel *model, DueKind kind)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(DueItemsModel::KindRole).toInt() == static_cast<int>(kind))
            return r;
    }
    return -1;
}

} // namespace

TEST(DueItemsModelTest, ListsWhatIsDueInWordsAndFollowsTheCaseFile)
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    TestKit::TempFolder dir;
    auto file = Storage::CaseFile::create(dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
    ASSERT_TRUE(file.ok());
    Storage::Caseload caseload(**file);
    const QDate today(2026, 3, 2);
    const Seeded s = seed(caseload, today);

    DueItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(today);
    model.setCaseload(&caseload);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), DueItemsModel::ColumnCount);
    EXPECT_EQ(model.overdueCount(), 1);
    EXPECT_EQ(kindsOf(&model),
        (QList<int> { int(DueKind::SteppingStone), int(DueKind::FollowUp), int(DueKind::SteppingStone),
            int(DueKind::BudgetEnd) }));

    // The overdue stone first, in words and marked.
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, DueItemsModel::DateColumn), today.addDays(-2).toString(QStringLiteral("dd/MM/yyyy")));
    EXPECT_EQ(text(0, DueItemsModel::WhenColumn), QStringLiteral("Overdue by 2 days"));
    EXPECT_TRUE(model.index(0, 0).data(DueItemsModel::OverdueRole).toBool());
    EXPECT_TRUE(model.index(0, DueItemsModel::WhenColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(text(0, DueItemsModel::KindColumn), QStringLiteral("Stepping stone"));
    EXPECT_EQ(text(0, DueItemsModel::CitizenColumn), QStringLiteral("Bent Berg"));
    EXPECT_EQ(text(0, DueItemsModel::WhatColumn), QStringLiteral("Kørekort"));
    EXPECT_EQ(model.index(0, 0).data(DueItemsModel::CitizenIdRole).toString(), s.bent);
    EXPECT_EQ(text(1, DueItemsModel::WhenColumn), QStringLiteral("In 2 days"));
    EXPECT_EQ(text(1, DueItemsModel::CitizenColumn), QStringLiteral("Familien Berg (Bent Berg)"));
    EXPECT_EQ(text(1, DueItemsModel::WhatColumn), QStringLiteral("Skolestøtte (School)"));
    EXPECT_FALSE(model.index(1, 0).data(DueItemsModel::OverdueRole).toBool());
    EXPECT_FALSE(model.index(1, DueItemsModel::WhenColumn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(text(3, DueItemsModel::KindColumn), QStringLiteral("Budget period ends"));
    EXPECT_TRUE(text(3, DueItemsModel::WhatColumn).startsWith(QStringLiteral("Personal budget ")));
    EXPECT_EQ(model.headerData(DueItemsModel::WhatColumn, Qt::Horizontal).toString(), QStringLiteral("What"));
    EXPECT_EQ(DueItemsModel::whenText(today, today), QStringLiteral("Today"));
    EXPECT_EQ(DueItemsModel::whenText(today.addDays(1), today), QStringLiteral("Tomorrow"));
    EXPECT_EQ(DueItemsModel::whenText(today.addDays(-1), today), QStringLiteral("Overdue by 1 day"));

    model.setDays(30);
    ASSERT_EQ(model.rowCount(), 6);
    const int consent = rowOfKind(&model, DueKind::ConsentExpiry);
    ASSERT_GE(consent, 0);
    EXPECT_EQ(text(consent, DueItemsModel::WhatColumn), QStringLiteral("Job centre, given by Bent"));
    EXPECT_EQ(text(consent, DueItemsModel::CitizenColumn), QStringLiteral("Familien Berg (Bent Berg)"));

    // A change in the file shows after the burst of change signals: a new stone, then one done.
    Goal g;
    g.citizenId = s.anna;
    g.ownWords = QStringLiteral("Et nyt mål");
    const QString goalId = caseload.goals().createGoal(g).value().id;
    SteppingStone st;
    st.goalId = goalId;
    st.title = QStringLiteral("Ny jakke");
    st.dueDate = today.addDays(1);
    st = caseload.goals().createStone(st).value();
    QApplication::processEvents();
    EXPECT_EQ(model.rowCount(), 7);
    st.status = StoneStatus::Done;
    ASSERT_TRUE(caseload.goals().updateStone(st).ok());
    QApplication::processEvents();
    EXPECT_EQ(model.rowCount(), 6);

    model.setCaseload(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

class ThisWeekWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        {
            auto file
                = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
            ASSERT_TRUE(file.ok());
            Storage::Caseload caseload(**file);
            m_seeded = seed(caseload, QDate::currentDate());
        }
        m_controller = TestKit::openInProgram(
            m_dir.path(QStringLiteral("settings.ini")), m_dir.caseFile(), QString::fromUtf8(Passphrase));
        ASSERT_TRUE(m_controller->mainWindow()->isVisible());
    }

    void TearDown() override { m_controller.reset(); }

    TestKit::TempFolder m_dir;
    Seeded m_seeded;
    std::unique_ptr<AppController> m_controller;
};

TEST_F(ThisWeekWindowTest, OpensFromTheActionAndEachRowOpensItsCitizenOnTheRightTab)
{
    MainWindow *main = m_controller->mainWindow();
    auto *action = main->findChild<QAction *>(QStringLiteral("thisWeek"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    EXPECT_TRUE(action->isEnabled());
    QTest::keyClick(main->caseloadPage()->findChild<QLineEdit *>(), Qt::Key_T, Qt::ControlModifier);
    QPointer<ThisWeekWindow> window = main->findChild<ThisWeekWindow *>();
    ASSERT_NE(window, nullptr) << "Ctrl+T opens This week from the caseload's search field";
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->isVisible(); }, 2000));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("This week — Trædesten"));
    const QRect available = main->screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window->frameGeometry())) << "inside the screen";
    EXPECT_LE(window->minimumSizeHint().width(), 1280);

    // Within 7 days: the overdue stone first, then the follow-up, the stone and the budget.
    QTableView *table = window->table();
    const QAbstractItemModel *rows = table->model();
    auto *days = window->findChild<QComboBox *>(QStringLiteral("days"));
    EXPECT_EQ(days->currentData().toInt(), 7);
    ASSERT_EQ(rows->rowCount(), 4);
    EXPECT_TRUE(rows->index(0, 0).data(DueItemsModel::OverdueRole).toBool());
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("1 overdue")));
    for (int r = 0; r < rows->rowCount(); ++r)
        EXPECT_NE(rows->index(r, 0).data(DueItemsModel::CitizenIdRole).toString(), m_seeded.closed);

    // 30 days: the consent and the later stone come in.
    days->setCurrentIndex(days->findData(30));
    ASSERT_EQ(rows->rowCount(), 6);
    EXPECT_GE(rowOfKind(rows, DueKind::ConsentExpiry), 0);

    // Double-click one of each kind: the main window shows that citizen on the tab where it is handled.
    const struct
    {
        DueKind kind;
        QString citizen;
        CitizenView::Page page;
    } expected[] = {
        { DueKind::SteppingStone, m_seeded.bent, CitizenView::Page::Goals },
        { DueKind::FollowUp, m_seeded.bent, CitizenView::Page::FamilyPlan },
        { DueKind::ConsentExpiry, m_seeded.bent, CitizenView::Page::FamilyPlan },
        { DueKind::BudgetEnd, m_seeded.anna, CitizenView::Page::Budget },
    };
    for (const auto &e : expected) {
        // Start elsewhere each time, so the tab and citizen must change.
        main->openCitizen(e.citizen == m_seeded.anna ? m_seeded.bent : m_seeded.anna, CitizenView::Page::Journal);
        const int row = rowOfKind(rows, e.kind);
        ASSERT_GE(row, 0);
        const QModelIndex index = rows->index(row, DueItemsModel::WhatColumn);
        table->scrollTo(index);
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        EXPECT_EQ(main->citizenView()->citizenId(), e.citizen) << int(e.kind);
        EXPECT_EQ(main->caseloadPage()->currentCitizenId(), e.citizen) << int(e.kind);
        EXPECT_EQ(main->citizenView()->currentPage(), e.page) << int(e.kind);
    }
    // Enter opens too.
    main->openCitizen(m_seeded.bent, CitizenView::Page::Journal);
    table->setCurrentIndex(rows->index(rowOfKind(rows, DueKind::BudgetEnd), 0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(main->citizenView()->citizenId(), m_seeded.anna);
    EXPECT_EQ(main->citizenView()->currentPage(), CitizenView::Page::Budget);

    // The list follows the file: a stone marked done leaves it.
    auto *editorCaseload = main->editor()->caseload();
    ASSERT_NE(editorCaseload, nullptr);
    auto goals = editorCaseload->goals().goalsOf(m_seeded.bent);
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), 1);
    SteppingStone done = goals->first().stones.first();
    done.status = StoneStatus::Done;
    ASSERT_TRUE(editorCaseload->goals().updateStone(done).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows->rowCount() == 5; }, 2000));

    // The search narrows the list; no match says what to do.
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("tandlæge"));
    EXPECT_EQ(rows->rowCount(), 1);
    QTest::keyClicks(search, QStringLiteral("xyz"));
    EXPECT_EQ(rows->rowCount(), 0);
    EXPECT_TRUE(window->findChild<QLabel *>(QStringLiteral("emptyTitle"))->isVisible());
    search->clear();

    // Locking closes the window and disables the action.
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(main->isShowingLockScreen());
    QApplication::processEvents();
    EXPECT_TRUE(window.isNull() || !window->isVisible());
    EXPECT_FALSE(action->isEnabled());
}

TEST_F(ThisWeekWindowTest, AnEmptyWeekSaysWhatToDoNext)
{
    MainWindow *main = m_controller->mainWindow();
    main->findChild<QAction *>(QStringLiteral("thisWeek"))->trigger();
    auto *window = main->findChild<ThisWeekWindow *>();
    ASSERT_NE(window, nullptr);
    // From two years back nothing of the seeded caseload is due yet within a week.
    window->model()->setToday(QDate::currentDate().addYears(-2));
    EXPECT_EQ(window->table()->model()->rowCount(), 0);
    auto *title = window->findChild<QLabel *>(QStringLiteral("emptyTitle"));
    EXPECT_TRUE(title->isVisible());
    EXPECT_TRUE(title->text().contains(QStringLiteral("Nothing is due within 7 days"))) << qPrintable(title->text());
    EXPECT_FALSE(window->findChild<QPushButton *>(QStringLiteral("openCitizen"))->isEnabled());
    auto *next = window->findChild<QLabel *>(QStringLiteral("emptyText"));
    EXPECT_TRUE(next->text().contains(QStringLiteral("longer span"))) << qPrintable(next->text());
    EXPECT_TRUE(next->text().contains(QStringLiteral("due date"))) << "says what to do next";
    window->setDays(30);
    EXPECT_FALSE(next->text().contains(QStringLiteral("longer span"))) << "30 days is the longest";
    EXPECT_TRUE(title->text().contains(QStringLiteral("30 days"))) << qPrintable(title->text());
    window->setDays(7);
    // Danish too.
    m_controller->setLanguage(QStringLiteral("da"));
    QApplication::processEvents();
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Denne uge — Trædesten"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("7 dage"))) << qPrintable(title->text());
}
