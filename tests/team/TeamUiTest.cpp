// The team in the program, as support persons meet it: real programs (AppController, main window, dialogs)
// on real encrypted case files, against the real PostgreSQL of team_tests. Two or three programs of different
// people run side by side in this process; each is set up through Settings ▸ Team server as a person would.
// With TRAEDESTEN_TEAM_SHOTS=<folder>, screenshots of the team's windows are written there in both languages.
#include "../ui/ProgramSession.h"
#include "AppController.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "TeamController.h"
#include "TestSupport.h"
#include "dialogs/ConflictsDialog.h"
#include "dialogs/ShareDialog.h"
#include "dialogs/TransferDialog.h"
#include "models/CaseloadModel.h"
#include "models/ConflictModel.h"
#include "models/InterventionModel.h"
#include "pages/CaseloadPage.h"
#include "pages/FamilyPlanPage.h"
#include "pages/SharedPlansWindow.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/SqlValues.h"
#include "storage/SyncStore.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "widgets/SyncStatusButton.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using namespace Traedesten::Ui;

namespace {

constexpr int Wait = 30000;

/// One person's program on their own case file and settings.
struct Program
{
    QString user;
    std::unique_ptr<AppController> app;

    MainWindow *main() const { return app->mainWindow(); }
    CaseFile &file() const { return *app->caseFile(); }
    SyncController *sync() const { return app->findChild<SyncController *>(); }
    TeamController *team() const { return app->findChild<TeamController *>(); }
    QAction *action(const char *name) const { return app->findChild<QAction *>(QString::fromLatin1(name)); }
    CaseloadModel *caseload() const { return main()->caseloadPage()->model(); }
    int citizens() const
    {
        return file()
            .read([](Database &db) {
                Statement s = db.prepare("SELECT count(*) FROM citizen");
                s.next();
                return static_cast<int>(s.int64(0));
            })
            .value_or(-1);
    }

    /// Sync now, then waits until the synchronisation has settled (not Syncing).
    SyncController::State syncNow() const
    {
        bool settled = false;
        QMetaObject::Connection c
            = QObject::connect(sync(), &SyncController::stateChanged, sync(), [&](SyncController::State s) {
                  if (s != SyncController::State::Syncing)
                      settled = true;
              });
        action("syncNow")->trigger();
        // A synchronisation already running when Sync now came runs once more right after it ends: wait
        // until none runs and none starts.
        do {
            (void)QTest::qWaitFor([&] { return settled && !sync()->isRunning(); }, Wait);
            QTest::qWait(200);
        } while (sync()->isRunning());
        QObject::disconnect(c);
        return sync()->state();
    }
};

class TeamUiTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto admin = Sync::PgConnection::connect(QStringLiteral("sslmode=disable"));
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(Sync::ServerSchema::init(**admin).ok());
        for (const char *user : { "ulla", "vibeke", "kasper" })
            (void)Sync::ServerSchema::addUser(**admin, QString::fromLatin1(user),
                QStringLiteral("pw-") + QString::fromLatin1(user), QString::fromLatin1(user).toUpper());
    }

    /// A case file for @p user (with @p citizens demo citizens), opened in a program of its own and set up
    /// for the team server in Settings ▸ Team server, as the person would; the first sync has run.
    Program open(const QString &user, int citizens)
    {
        const QString path = m_dir.path(user + QStringLiteral(".traedesten"));
        {
            auto file = CaseFile::create(path, TestKit::passphrase("pw"), TestKit::fastKdf());
            EXPECT_TRUE(file.ok());
            if (citizens > 0) {
                DemoCaseload::Options options;
                options.citizens = citizens;
                options.seed = QRandomGenerator::global()->generate(); // ids unlike any other test's
                EXPECT_TRUE(DemoCaseload::generate(**file, options).ok());
            }
        }
        Program p { user,
            TestKit::openInProgram(m_dir.path(user + QStringLiteral(".ini")), path, QStringLiteral("pw")) };
        EXPECT_TRUE(p.main()->isVisible() && !p.main()->isShowingLockScreen());
        // These programs synchronise when the test says so (Sync now), not ten seconds after a change: on a
        // loaded machine that timer would otherwise decide who pushes first.
        p.sync()->setChangeDelay(10 * 60'000);
        p.app->showSettings(false, true);
        QDialog *settings = nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                settings = p.main()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
                return settings && settings->isVisible();
            },
            5000));
        settings->findChild<QLineEdit *>(QStringLiteral("teamHost"))->setText(QStringLiteral("localhost"));
        settings->findChild<QSpinBox *>(QStringLiteral("teamPort"))->setValue(qEnvironmentVariableIntValue("PGPORT"));
        settings->findChild<QLineEdit *>(QStringLiteral("teamDatabase"))
            ->setText(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
        settings->findChild<QLineEdit *>(QStringLiteral("teamUser"))->setText(user);
        settings->findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(QStringLiteral("pw-") + user);
        settings->findChild<QCheckBox *>(QStringLiteral("teamRememberPassword"))->setChecked(false);
        settings->findChild<QCheckBox *>(QStringLiteral("teamVerifyCertificate"))->setChecked(false);
        settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        EXPECT_EQ(p.syncNow(), SyncController::State::Synced) << qPrintable(p.sync()->stateText());
        return p;
    }

    /// The first goal of @p citizenId.
    static QString goalOf(CaseFile &file, const QString &citizenId)
    {
        return file
            .read([&](Database &db) {
                Statement s = db.prepare("SELECT id FROM goal WHERE citizen_id = ?1 ORDER BY id LIMIT 1");
                s.bind(1, citizenId);
                return s.next() ? s.text(0) : QString();
            })
            .value_or(QString());
    }

    static QString goalWords(CaseFile &file, const QString &goalId)
    {
        return file.read([&](Database &db) { return Kinds::goal().find(db, goalId)->ownWords; }).value_or(QString());
    }

    static void setGoalWords(CaseFile &file, const QString &goalId, const QString &words)
    {
        ASSERT_TRUE(file.write([&](Database &db) {
                            Domain::Goal g = *Kinds::goal().find(db, goalId);
                            g.ownWords = words;
                            g.updatedAt = SqlValues::now();
                            file.putRecord(Kinds::goal(), g, g.citizenId);
                        })
                        .ok());
    }

    /// The citizens of @p file, by name.
    static QStringList citizenIds(CaseFile &file)
    {
        return file
            .read([](Database &db) {
                QStringList ids;
                Statement s = db.prepare("SELECT id FROM citizen ORDER BY name");
                while (s.next())
                    ids << s.text(0);
                return ids;
            })
            .value_or(QStringList {});
    }

    /// The interventions a family plan page shows, in its order.
    static QList<Domain::Intervention> shown(FamilyPlanPage *page)
    {
        QList<Domain::Intervention> list;
        InterventionModel *m = page->model();
        for (int g = 0; g < m->rowCount(); ++g) {
            const QModelIndex group = m->index(g, 0);
            for (int r = 0; r < m->rowCount(group); ++r) {
                if (const Domain::Intervention *i = m->interventionAt(m->index(r, 0, group)))
                    list << *i;
            }
        }
        return list;
    }

    template<typename T> static T *waitForDialog(QWidget *parent, const char *name)
    {
        T *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = parent->findChild<T *>(QString::fromLatin1(name));
                return dialog && dialog->isVisible();
            },
            5000);
        return dialog;
    }

    /// Selects @p citizenId in @p p's caseload and opens Team ▸ Share with colleague or team.
    static ShareDialog *openShareDialog(Program &p, const QString &citizenId)
    {
        p.main()->openCitizen(citizenId, CitizenView::Page::Overview);
        p.action("shareCase")->trigger();
        return waitForDialog<ShareDialog>(p.main(), "shareDialog");
    }

    /// Clicks Share and waits for the server's answer; true when it says the share was made.
    static bool clickShare(ShareDialog *share)
    {
        share->findChild<QPushButton *>(QStringLiteral("shareButton"))->click();
        return QTest::qWaitFor(
            [&] {
                return share->findChild<QLabel *>(QStringLiteral("shareStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Shared."));
            },
            Wait);
    }

    /// With TRAEDESTEN_TEAM_SHOTS set: @p window as <language>-<name>.png, in English and in Danish.
    void shoot(Program &p, QWidget *window, const QString &name)
    {
        const QString folder = qEnvironmentVariable("TRAEDESTEN_TEAM_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        for (const QString language : { QStringLiteral("en"), QStringLiteral("da") }) {
            p.app->setLanguage(language);
            QTest::qWait(150);
            window->grab().save(
                folder + QLatin1Char('/') + language + QLatin1Char('-') + name + QStringLiteral(".png"));
        }
        p.app->setLanguage(QStringLiteral("en"));
        QTest::qWait(50);
    }

    TestKit::TempFolder m_dir;
};

} // namespace

TEST_F(TeamUiTest, TheSameFieldInTwoProgramsIsAConflictInBothAndItsResolutionReachesTheOther)
{
    Program ulla = open(QStringLiteral("ulla"), 2);
    const QString citizen = citizenIds(ulla.file()).first();

    // Ulla shares the citizen with Vibeke (read and write) through Team ▸ Share with colleague or team.
    ShareDialog *share = openShareDialog(ulla, citizen);
    ASSERT_NE(share, nullptr);
    auto *with = share->findChild<QComboBox *>(QStringLiteral("shareWith"));
    ASSERT_GE(with->findData(QStringLiteral("vibeke")), 1) << "the server's colleagues are offered";
    with->setCurrentIndex(with->findData(QStringLiteral("vibeke")));
    EXPECT_TRUE(
        share->findChild<QLabel *>(QStringLiteral("shareConsequences"))->text().contains(QStringLiteral("can change")));
    shoot(ulla, share, QStringLiteral("team-share-dialog"));
    ASSERT_TRUE(clickShare(share)) << qPrintable(share->findChild<QLabel *>(QStringLiteral("shareStatus"))->text());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return share->findChild<QListWidget *>(QStringLiteral("currentShares"))
                ->item(0)
                ->text()
                .startsWith(QStringLiteral("VIBEKE"));
        },
        Wait));
    share->close();
    // The caseload says who owns the citizen and with whom it is shared.
    CaseloadModel *model = ulla.caseload();
    ASSERT_NE(model, nullptr);
    const int row = model->rowOf(citizen);
    EXPECT_EQ(model->index(row, CaseloadModel::OwnerColumn).data().toString(), QStringLiteral("You"));
    EXPECT_EQ(model->index(row, CaseloadModel::SharedColumn).data().toString(), QStringLiteral("VIBEKE"));

    Program vibeke = open(QStringLiteral("vibeke"), 0);
    ASSERT_EQ(citizenIds(vibeke.file()), QStringList { citizen });
    EXPECT_EQ(vibeke.caseload()->index(vibeke.caseload()->rowOf(citizen), CaseloadModel::OwnerColumn).data().toString(),
        QStringLiteral("ULLA"));

    // Both change the citizen's goal in their own words, each before seeing the other's.
    const QString goal = goalOf(ulla.file(), citizen);
    setGoalWords(ulla.file(), goal, QStringLiteral("Ullas ord"));
    setGoalWords(vibeke.file(), goal, QStringLiteral("Vibekes ord"));
    EXPECT_EQ(ulla.syncNow(), SyncController::State::Synced) << [&] {
        std::string open;
        for (const SyncConflict &c : SyncStore::conflicts(ulla.file()).value())
            open += (c.kind + QLatin1Char('.') + c.field + QLatin1Char(' ') + c.who + QLatin1Char(' ') + c.caseId
                + QStringLiteral("; "))
                        .toStdString();
        return open;
    }();
    EXPECT_EQ(vibeke.syncNow(), SyncController::State::Conflicts);
    EXPECT_EQ(ulla.syncNow(), SyncController::State::Conflicts) << "the conflict appears in both programs";
    auto *indicator = ulla.main()->findChild<SyncStatusButton *>(QStringLiteral("syncStatus"));
    EXPECT_EQ(ulla.sync()->stateText(), QStringLiteral("1 conflict to resolve"));
    EXPECT_TRUE(indicator->text().startsWith(QStringLiteral("1 conflict"))) << qPrintable(indicator->text());

    // Ulla opens it from the status bar: the record, the field, the three values side by side.
    indicator->click();
    auto *dialog = waitForDialog<ConflictsDialog>(ulla.main(), "conflictsDialog");
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->model()->rowCount(), 1);
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("conflictHeading"))->text().contains(QStringLiteral("Own words")));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("mineValue"))->text(), QStringLiteral("Ullas ord"));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("theirsValue"))->text(), QStringLiteral("Vibekes ord"));
    shoot(ulla, dialog, QStringLiteral("team-conflicts"));
    shoot(ulla, ulla.main(), QStringLiteral("team-status-conflicts"));

    // Keep theirs, undone, then a merged value: each an undoable step until the synchronisation sends it.
    dialog->findChild<QPushButton *>(QStringLiteral("keepTheirs"))->click();
    EXPECT_TRUE(
        dialog->findChild<QLabel *>(QStringLiteral("conflictChoice"))->text().contains(QStringLiteral("Keep theirs")));
    ulla.main()->undoStack()->undo();
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("conflictChoice"))
                    ->text()
                    .startsWith(QStringLiteral("Not resolved")));
    EXPECT_FALSE(SyncStore::conflicts(ulla.file())->first().resolution.has_value());
    auto *merged = dialog->findChild<QLineEdit *>(QStringLiteral("mergedValue"));
    merged->setText(QStringLiteral("Ullas og Vibekes ord"));
    dialog->findChild<QPushButton *>(QStringLiteral("useMerged"))->click();
    EXPECT_EQ(
        SyncStore::conflicts(ulla.file())->first().resolution, QJsonValue(QStringLiteral("Ullas og Vibekes ord")));

    EXPECT_EQ(ulla.syncNow(), SyncController::State::Synced);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 0; }, Wait));
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("noConflicts"))->isVisible());
    // Sent: undoing it now is refused with a reason instead of pretending.
    ulla.main()->undoStack()->undo();
    auto *refusal = waitForDialog<QMessageBox>(ulla.main(), nullptr);
    if (refusal) {
        EXPECT_TRUE(refusal->text().contains(QStringLiteral("already sent"))) << qPrintable(refusal->text());
        refusal->close();
    }
    dialog->close();

    EXPECT_EQ(vibeke.syncNow(), SyncController::State::Synced) << "resolved in one program, gone in the other";
    EXPECT_EQ(goalWords(vibeke.file(), goal), QStringLiteral("Ullas og Vibekes ord"));
    EXPECT_EQ(goalWords(ulla.file(), goal), QStringLiteral("Ullas og Vibekes ord"));
    shoot(vibeke, vibeke.main(), QStringLiteral("team-status-synced"));
}

TEST_F(TeamUiTest, ATransferMovesTheCitizenOutOfOneCaseloadAndIntoTheOther)
{
    Program ulla = open(QStringLiteral("ulla"), 1);
    Program vibeke = open(QStringLiteral("vibeke"), 0);
    const int vibekeHad = vibeke.citizens();
    // One of Ulla's own (her new file also holds what earlier tests shared with Vibeke).
    QString citizen;
    for (const QString &id : citizenIds(ulla.file())) {
        if (!citizenIds(vibeke.file()).contains(id))
            citizen = id;
    }
    ASSERT_FALSE(citizen.isEmpty());

    ulla.main()->openCitizen(citizen, CitizenView::Page::Overview);
    ulla.action("transferCase")->trigger();
    auto *transfer = waitForDialog<TransferDialog>(ulla.main(), "transferDialog");
    ASSERT_NE(transfer, nullptr);
    auto *to = transfer->findChild<QComboBox *>(QStringLiteral("transferTo"));
    EXPECT_EQ(to->findData(QStringLiteral("ulla")), -1) << "not to oneself";
    to->setCurrentIndex(to->findData(QStringLiteral("vibeke")));
    const QString consequences = transfer->findChild<QLabel *>(QStringLiteral("transferConsequences"))->text();
    EXPECT_TRUE(consequences.contains(QStringLiteral("leaves your caseload"))) << qPrintable(consequences);
    shoot(ulla, transfer, QStringLiteral("team-transfer-dialog"));
    transfer->findChild<QPushButton *>(QStringLiteral("transferButton"))->click();

    // It leaves Ulla's caseload, with a notice that says so.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !citizenIds(ulla.file()).contains(citizen); }, Wait));
    EXPECT_EQ(ulla.caseload()->rowOf(citizen), -1);
    QMessageBox *notice = nullptr;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            for (QMessageBox *box : ulla.main()->findChildren<QMessageBox *>()) {
                if (box->isVisible() && box->windowTitle() == QStringLiteral("Caseload changed"))
                    notice = box;
            }
            return notice != nullptr;
        },
        5000));
    if (notice) {
        EXPECT_TRUE(notice->text().contains(QStringLiteral("no longer shared with you"))) << qPrintable(notice->text());
        notice->close();
    }

    // And arrives in Vibeke's, hers now.
    EXPECT_EQ(vibeke.syncNow(), SyncController::State::Synced);
    EXPECT_TRUE(citizenIds(vibeke.file()).contains(citizen));
    EXPECT_EQ(vibeke.citizens(), vibekeHad + 1);
    EXPECT_GE(vibeke.caseload()->rowOf(citizen), 0);
    EXPECT_EQ(vibeke.caseload()->index(vibeke.caseload()->rowOf(citizen), CaseloadModel::OwnerColumn).data().toString(),
        QStringLiteral("You"));
}

TEST_F(TeamUiTest, ADepartmentsCaseworkerSeesAndEditsOnlyTheirPartOfTheFamilyPlan)
{
    Program ulla = open(QStringLiteral("ulla"), 6);
    // A citizen of a household with a draft plan, its interventions in one department and (added here) one
    // in another, so the participant's part is less than the whole.
    struct PlanOf
    {
        QString citizen, household, plan, department, other;
        int ofDepartment = 0;
    };
    PlanOf plan
        = ulla.file()
              .read([](Database &db) {
                  Statement s = db.prepare(
                      "SELECT c.id, c.household_id, p.id, i.department_id, "
                      "(SELECT d.id FROM department d WHERE d.id <> i.department_id ORDER BY d.position LIMIT 1), "
                      "(SELECT count(*) FROM intervention j WHERE j.plan_id = p.id AND j.department_id = "
                      "i.department_id) FROM citizen c JOIN family_plan p ON p.household_id = c.household_id "
                      "AND p.status = 'draft' JOIN intervention i ON i.plan_id = p.id ORDER BY c.id LIMIT 1");
                  PlanOf p;
                  if (s.next())
                      p = PlanOf { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4),
                          static_cast<int>(s.int64(5)) };
                  return p;
              })
              .value();
    ASSERT_FALSE(plan.household.isEmpty()) << "the demo data has a household with a draft plan";
    ASSERT_TRUE(ulla.file()
                    .write([&](Database &) {
                        Domain::Intervention other;
                        other.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                        other.planId = plan.plan;
                        other.departmentId = plan.other;
                        other.title = QStringLiteral("Familiebehandling");
                        other.status = Domain::InterventionStatus::Active;
                        other.createdAt = other.updatedAt = SqlValues::now();
                        ulla.file().putRecord(Kinds::intervention(), other, QString(), plan.household);
                    })
                    .ok());
    // The family's consent for that department, in force (the coordinator records it).
    ASSERT_TRUE(ulla.file()
                    .write([&](Database &db) {
                        Statement m = db.prepare("SELECT id FROM household_member WHERE household_id = ?1 LIMIT 1");
                        m.bind(1, plan.household);
                        m.next();
                        Domain::Consent consent;
                        consent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                        consent.householdId = plan.household;
                        consent.memberId = m.text(0);
                        consent.departmentId = plan.department;
                        consent.scope = QStringLiteral("Samarbejde om skolegang");
                        consent.givenOn = QDate::currentDate().addDays(-1);
                        consent.createdAt = consent.updatedAt = SqlValues::now();
                        ulla.file().putRecord(Kinds::consent(), consent, QString(), plan.household);
                    })
                    .ok());

    // Ulla shares the household's plan with Kasper for that department only, read and write.
    ShareDialog *share = openShareDialog(ulla, plan.citizen);
    ASSERT_NE(share, nullptr);
    share->findChild<QRadioButton *>(QStringLiteral("sharePlan"))->setChecked(true);
    auto *with = share->findChild<QComboBox *>(QStringLiteral("shareWith"));
    with->setCurrentIndex(with->findData(QStringLiteral("kasper")));
    auto *department = share->findChild<QComboBox *>(QStringLiteral("shareDepartment"));
    ASSERT_TRUE(department->isVisible());
    department->setCurrentIndex(department->findData(plan.department));
    EXPECT_TRUE(
        share->findChild<QLabel *>(QStringLiteral("shareConsequences"))->text().contains(QStringLiteral("consent")));
    shoot(ulla, share, QStringLiteral("team-share-department"));
    ASSERT_TRUE(clickShare(share)) << qPrintable(share->findChild<QLabel *>(QStringLiteral("shareStatus"))->text());
    share->close();

    // Kasper's program: no citizen, the household's plan under Team ▸ Shared family plans.
    Program kasper = open(QStringLiteral("kasper"), 0);
    EXPECT_EQ(kasper.citizens(), 0);
    kasper.action("sharedFamilyPlans")->trigger();
    auto *window = waitForDialog<SharedPlansWindow>(kasper.main(), "sharedPlansWindow");
    ASSERT_NE(window, nullptr);
    ASSERT_EQ(window->list()->count(), 1);
    FamilyPlanPage *page = window->planPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown(page).size() == plan.ofDepartment; }, 5000))
        << "only the department's interventions";
    for (const Domain::Intervention &i : shown(page))
        EXPECT_EQ(i.departmentId, plan.department);
    {
        const auto counts = kasper.file()
                                .read([](Database &db) {
                                    Statement s = db.prepare("SELECT (SELECT count(*) FROM household_member), "
                                                             "(SELECT group_concat(status) FROM family_plan)");
                                    s.next();
                                    return s.text(0) + QLatin1Char(' ') + s.text(1);
                                })
                                .value();
        SCOPED_TRACE(counts.toStdString());
        EXPECT_TRUE(page->findChild<QPushButton *>(QStringLiteral("addInterventionButton"))->isEnabled());
    }
    // Their part only: the plan's goals, consents and signature are the coordinator's.
    EXPECT_TRUE(page->findChild<QPushButton *>(QStringLiteral("addInterventionButton"))->isEnabled());
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("addFamilyGoalButton"))->isEnabled());
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("addConsentButton"))->isEnabled());
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("signPlanButton"))->isEnabled());
    shoot(kasper, window, QStringLiteral("team-shared-plan"));

    // Kasper updates his department's intervention's follow-up; it reaches the coordinator, in his name.
    const Domain::Intervention mine = shown(page).first();
    Domain::Intervention changed = mine;
    changed.nextFollowUp = QDate::currentDate().addDays(21);
    changed.updatedAt = SqlValues::now();
    ASSERT_TRUE(kasper.file()
                    .write([&](Database &) {
                        kasper.file().putRecord(Kinds::intervention(), changed, QString(), plan.household);
                    })
                    .ok());
    EXPECT_EQ(kasper.syncNow(), SyncController::State::Synced);
    EXPECT_EQ(SyncStore::refusals(kasper.file()).value().size(), 0)
        << QJsonDocument(SyncStore::refusals(kasper.file()).value()).toJson().toStdString();
    EXPECT_EQ(ulla.syncNow(), SyncController::State::Synced);
    const QDate followUp
        = ulla.file().read([&](Database &db) { return Kinds::intervention().find(db, mine.id)->nextFollowUp; }).value();
    EXPECT_EQ(followUp, changed.nextFollowUp);
    const auto events = ulla.file().auditEventsOfRecords({ mine.id }).value();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().actor, QStringLiteral("kasper")) << "who changed what";
}

TEST_F(TeamUiTest, TheProgrammeReportCoversTheServerWithPseudonymsForAFiguresOnlyRole)
{
    {
        auto admin = Sync::PgConnection::connect(QStringLiteral("sslmode=disable"));
        ASSERT_TRUE(admin.ok());
        (void)Sync::ServerSchema::addUser(
            **admin, QStringLiteral("pia"), QStringLiteral("pw-pia"), QStringLiteral("PIA"));
        ASSERT_TRUE(
            Sync::ServerSchema::grant(**admin, QStringLiteral("traedesten_programme"), QStringLiteral("pia")).ok());
    }
    Program ulla = open(QStringLiteral("ulla"), 2);
    QStringList names;
    for (const QString &id : citizenIds(ulla.file()))
        names << ulla.file().read([&](Database &db) { return Kinds::citizen().find(db, id)->name; }).value();

    Program pia = open(QStringLiteral("pia"), 0);
    EXPECT_GE(pia.citizens(), names.size()) << "every citizen on the server";
    pia.main()->findChild<QAction *>(QStringLiteral("caseloadReport"))->trigger();
    auto *report = waitForDialog<QWidget>(pia.main(), "reportsWindow");
    ASSERT_NE(report, nullptr);
    auto *scope = report->findChild<QLabel *>(QStringLiteral("reportScope"));
    EXPECT_TRUE(scope->isVisible());
    EXPECT_TRUE(scope->text().contains(QStringLiteral("pseudonyms"))) << qPrintable(scope->text());
    const QString text = report->findChild<QTextBrowser *>(QStringLiteral("reportText"))->toPlainText();
    EXPECT_FALSE(text.isEmpty());
    const QStringList piaNames = citizenIds(pia.file());
    for (const QString &name : std::as_const(names)) {
        EXPECT_FALSE(text.contains(name));
        for (const QString &id : piaNames)
            EXPECT_NE(pia.file().read([&](Database &db) { return Kinds::citizen().find(db, id)->name; }).value(), name);
    }
    shoot(pia, report, QStringLiteral("team-programme-report"));
}
