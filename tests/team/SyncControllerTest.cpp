// The program's synchronisation as a support person meets it, against the real PostgreSQL of team_tests:
// the controller runs the engine on a worker thread while the case file stays on this (the GUI) thread,
// and the status bar's indicator says each state the engine leads to.
#include "SyncController.h"

#include "LanguageManager.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/PersonKinds.h"
#include "storage/SqlValues.h"
#include "storage/SyncStore.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"
#include "widgets/SyncStatusButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using namespace Traedesten::Sync;
using namespace Traedesten::Ui;

namespace {

class SyncControllerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto admin = PgConnection::connect(QStringLiteral("sslmode=disable"));
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(ServerSchema::init(**admin).ok());
        (void)ServerSchema::addUser(**admin, QStringLiteral("ines"), QStringLiteral("pw-ines"));
    }

    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile("ines"), TestKit::passphrase("pw"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        DemoCaseload::Options options;
        options.citizens = 2;
        options.seed = QRandomGenerator::global()->generate();
        ASSERT_TRUE(DemoCaseload::generate(*m_file, options).ok());
    }

    static TeamServerSettings server()
    {
        TeamServerSettings s;
        s.host = QStringLiteral("localhost");
        s.port = qEnvironmentVariableIntValue("PGPORT");
        s.database = qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"));
        s.user = QStringLiteral("ines");
        s.verifyCertificate = false; // this throwaway server's TLS is the TLS tests' business
        return s;
    }

    /// Waits until the controller has settled in a state other than Syncing.
    SyncController::State settle(SyncController &c)
    {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&c, &SyncController::stateChanged, &loop, [&](SyncController::State s) {
            if (s != SyncController::State::Syncing)
                loop.quit();
        });
        timeout.start(30000);
        loop.exec();
        return c.state();
    }

    void editGoal(CaseFile &file, const QString &goalId, const QString &words)
    {
        ASSERT_TRUE(file.write([&](Database &db) {
                            Domain::Goal g = *Kinds::goal().find(db, goalId);
                            g.ownWords = words;
                            g.updatedAt = SqlValues::now();
                            file.putRecord(Kinds::goal(), g, g.citizenId);
                        })
                        .ok());
    }

    /// With TRAEDESTEN_TEAM_SHOTS=<folder>: the indicator as <language>-team-status-<name>.png, in both languages.
    static void shoot(SyncStatusButton &indicator, const QString &name)
    {
        const QString folder = qEnvironmentVariable("TRAEDESTEN_TEAM_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        LanguageManager languages;
        for (const QString language : { QStringLiteral("en"), QStringLiteral("da") }) {
            languages.apply(language);
            QCoreApplication::processEvents();
            indicator.adjustSize();
            indicator.grab().save(
                folder + QLatin1Char('/') + language + QStringLiteral("-team-status-") + name + QStringLiteral(".png"));
        }
        languages.apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace

TEST_F(SyncControllerTest, TheIndicatorSaysWhatTheEngineDid)
{
    SyncController controller;
    controller.setChangeDelay(200);
    SyncStatusButton indicator(&controller);
    EXPECT_TRUE(indicator.isHidden()) << "no team server: nothing to say";

    controller.setCaseFile(m_file.get(), QStringLiteral("file-ines"));
    controller.setServer(server(), QStringLiteral("pw-ines"));
    EXPECT_EQ(settle(controller), SyncController::State::Synced);
    EXPECT_TRUE(indicator.text().startsWith(QStringLiteral("Synchronised at"))) << qPrintable(indicator.text());
    EXPECT_FALSE(indicator.isHidden());

    // A change here: waiting, then sent a moment later without anyone asking.
    const QString goal = m_file
                             ->read([](Database &db) {
                                 Statement s = db.prepare("SELECT id FROM goal LIMIT 1");
                                 s.next();
                                 return s.text(0);
                             })
                             .value();
    editGoal(*m_file, goal, QStringLiteral("Et job i byggeriet"));
    controller.noteChange();
    EXPECT_EQ(controller.state(), SyncController::State::Waiting);
    EXPECT_EQ(indicator.text(), QStringLiteral("1 change(s) waiting to be sent"));
    shoot(indicator, QStringLiteral("waiting"));
    EXPECT_EQ(settle(controller), SyncController::State::Synced);
    EXPECT_EQ(SyncStore::waitingChanges(*m_file).value(), 0);

    // The same field changed in another program of the same person meanwhile: a conflict.
    {
        auto other = CaseFile::create(m_dir.caseFile("ines-2"), TestKit::passphrase("pw"), TestKit::fastKdf());
        ASSERT_TRUE(other.ok());
        auto connection = connectToTeamServer(server(), QStringLiteral("pw-ines"));
        ASSERT_TRUE(connection.ok());
        SyncEngine engine(**other, **connection);
        ASSERT_TRUE(engine.sync().ok());
        editGoal(**other, goal, QStringLiteral("Skrevet på den anden computer"));
        ASSERT_TRUE(engine.sync().ok());
    }
    editGoal(*m_file, goal, QStringLiteral("Skrevet på denne computer"));
    controller.syncNow();
    EXPECT_EQ(settle(controller), SyncController::State::Conflicts);
    EXPECT_EQ(indicator.text(), QStringLiteral("1 conflict(s) to resolve"));

    // The server out of reach: offline, the change waits in the file.
    TeamServerSettings away = server();
    away.port = 1;
    controller.setServer(away, QStringLiteral("pw-ines"));
    editGoal(*m_file, goal, QStringLiteral("Skrevet i toget"));
    controller.syncNow();
    EXPECT_EQ(settle(controller), SyncController::State::Offline);
    EXPECT_EQ(indicator.text(), QStringLiteral("Offline: 1 change(s) waiting"));
    shoot(indicator, QStringLiteral("offline"));

    // A wrong password: the reason in words.
    controller.setServer(server(), QStringLiteral("forkert"));
    controller.syncNow();
    EXPECT_EQ(settle(controller), SyncController::State::Failed);
    EXPECT_EQ(controller.lastError().code, ErrorCode::ServerRefused);
    EXPECT_TRUE(indicator.toolTip().contains(QStringLiteral("refused"))) << qPrintable(indicator.toolTip());
    shoot(indicator, QStringLiteral("failed"));

    // No password at all: it says what is needed.
    controller.setServer(server(), QString());
    controller.syncNow();
    EXPECT_EQ(controller.state(), SyncController::State::NeedsPassword);
    shoot(indicator, QStringLiteral("password"));

    // Locked: nothing runs, Sync now is off, the indicator says nothing.
    controller.setServer(server(), QStringLiteral("pw-ines"));
    controller.setCaseFile(nullptr, {});
    m_file->lock();
    EXPECT_FALSE(controller.syncNowAction()->isEnabled());
    controller.syncNow();
    EXPECT_EQ(controller.state(), SyncController::State::NotConfigured);
    EXPECT_TRUE(indicator.isHidden());
}

TEST_F(SyncControllerTest, SyncNowIsCtrlShiftSAndLockingNeverWaitsForTheServer)
{
    SyncController controller;
    EXPECT_EQ(controller.syncNowAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    controller.setCaseFile(m_file.get(), QStringLiteral("file-ines-2"));
    controller.setServer(server(), QStringLiteral("pw-ines"));
    controller.syncNowAction()->trigger();
    EXPECT_EQ(controller.state(), SyncController::State::Syncing);
    // Locking at once: the file locks now; the worker, still busy with the server, touches it no more.
    controller.setCaseFile(nullptr, {});
    m_file->lock();
    EXPECT_TRUE(m_file->isLocked());
    EXPECT_EQ(controller.state(), SyncController::State::NotConfigured);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!controller.isRunning())
            loop.quit();
    });
    poll.start(20);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_FALSE(controller.isRunning());
    EXPECT_TRUE(m_file->isLocked());
    EXPECT_EQ(controller.state(), SyncController::State::NotConfigured);
    // Without a server, Sync now shows where to set one (a shortcut is never dead).
    ASSERT_TRUE(m_file->unlock(TestKit::passphrase("pw")).ok());
    SyncController fresh;
    fresh.setCaseFile(m_file.get(), QStringLiteral("file-ines-3"));
    int setups = 0;
    QObject::connect(&fresh, &SyncController::setupRequested, &fresh, [&] { ++setups; });
    EXPECT_TRUE(fresh.syncNowAction()->isEnabled());
    fresh.syncNowAction()->trigger();
    EXPECT_EQ(setups, 1);
}

TEST_F(SyncControllerTest, ATeamActionThatCannotReachTheServerIsAnsweredAtOnce)
{
    SyncController controller;
    controller.setCaseFile(m_file.get(), QStringLiteral("file-ines-4"));
    controller.setServer(server(), QString()); // no password in this unlock
    bool answered = false;
    Status outcome;
    bool ran = false;
    controller.runOnServer(
        [&](SyncEngine &) {
            ran = true;
            return Status {};
        },
        [&](const Status &s) {
            answered = true;
            outcome = s;
        });
    EXPECT_TRUE(answered) << "a transfer or share dialog never waits for a synchronisation that cannot start";
    EXPECT_FALSE(ran);
    EXPECT_EQ(outcome.code(), ErrorCode::ServerRefused);
    EXPECT_EQ(controller.state(), SyncController::State::NeedsPassword);
}
