// Synchronisation between real case files through the team server (a throwaway PostgreSQL cluster started
// by team_tests' main): each "program" is a CaseFile of its own with a libpq connection as its user, and
// what the issue asks is checked on the files themselves, as a support person would find them.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/LedgerEntry.h"
#include "reports/CaseloadReport.h"
#include "storage/BudgetKinds.h"
#include "storage/BudgetRepository.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/Erasure.h"
#include "storage/FamilyPlanRepository.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/RecordRegistry.h"
#include "storage/SqlValues.h"
#include "storage/SyncStore.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <gtest/gtest.h>
#include <mutex>
#include <thread>

using namespace Traedesten;
using namespace Traedesten::Storage;
using namespace Traedesten::Sync;

namespace {

const char *const SyncTeam = "team_sync";

std::unique_ptr<PgConnection> connectAs(const QString &user = {})
{
    const QString info = QStringLiteral("sslmode=disable ")
        + (user.isEmpty() ? QString() : QStringLiteral("user=%1 password=pw-%1").arg(user));
    auto connection = PgConnection::connect(info);
    EXPECT_TRUE(connection.ok()) << qPrintable(connection.ok() ? QString() : connection.error().detail);
    return connection.ok() ? std::move(connection).value() : nullptr;
}

/// One support person's program: a case file of their own and a connection as them.
struct Client
{
    QString user;
    std::unique_ptr<CaseFile> file;
    std::unique_ptr<PgConnection> connection;
    std::unique_ptr<SyncEngine> engine;
    QStringList own; ///< the citizens its demo data made (a user's new file also gets what they hold elsewhere)

    Result<SyncReport> sync() { return engine->sync(); }
    /// Syncs and fails the test on an error.
    SyncReport synced()
    {
        auto r = sync();
        EXPECT_TRUE(r.ok()) << qPrintable(user + QStringLiteral(": ") + (r.ok() ? QString() : r.error().detail));
        return r.ok() ? *r : SyncReport {};
    }
    template<typename W> void write(W &&work)
    {
        const Status s = file->write([&](Database &db) { work(db); });
        ASSERT_TRUE(s.ok()) << qPrintable(s.ok() ? QString() : s.error().detail);
    }
    template<typename R> R read(const std::function<R(Database &)> &work) { return file->read(work).value(); }
};

std::unique_ptr<Client> makeClient(const TestKit::TempFolder &dir, const QString &user, int demoCitizens = 0)
{
    auto client = std::make_unique<Client>();
    client->user = user;
    auto file
        = CaseFile::create(dir.caseFile(user.toUtf8().constData()), TestKit::passphrase("pw"), TestKit::fastKdf());
    EXPECT_TRUE(file.ok());
    if (!file)
        return nullptr;
    client->file = std::move(file).value();
    client->file->setActor(user);
    if (demoCitizens > 0) {
        DemoCaseload::Options options;
        options.citizens = demoCitizens;
        options.seed = QRandomGenerator::global()->generate();
        EXPECT_TRUE(DemoCaseload::generate(*client->file, options).ok());
        client->own = client->read<QStringList>([](Database &db) {
            QStringList ids;
            Statement s = db.prepare("SELECT id FROM citizen ORDER BY id");
            while (s.next())
                ids << s.text(0);
            return ids;
        });
    }
    client->connection = connectAs(user);
    if (!client->connection)
        return nullptr;
    client->engine = std::make_unique<SyncEngine>(*client->file, *client->connection);
    return client;
}

/// Every record of the citizen as stored (values by column), in a fixed order: two equal strings mean
/// two files hold the same course.
QString courseOf(Client &c, const QString &citizen)
{
    return c.read<QString>([&](Database &db) {
        QStringList lines;
        for (const RecordRow &row : RecordRegistry::recordsOfCitizen(db, citizen)) {
            QStringList values;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
                values << it.key() + QLatin1Char('=') + it.value().toString();
            lines << row.kind->auditName + QLatin1Char(' ') + values.join(QLatin1Char('|'));
        }
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    });
}

QStringList citizensOf(Client &c)
{
    return c.read<QStringList>([](Database &db) {
        QStringList ids;
        Statement s = db.prepare("SELECT id FROM citizen ORDER BY id");
        while (s.next())
            ids << s.text(0);
        return ids;
    });
}

/// One of @p c's own citizens with at least one goal: its id and the first goal's.
std::pair<QString, QString> citizenWithGoal(Client &c)
{
    return c.read<std::pair<QString, QString>>([&](Database &db) {
        for (const QString &citizen : c.own) {
            Statement s = db.prepare("SELECT id FROM goal WHERE citizen_id = ?1 ORDER BY position LIMIT 1");
            s.bind(1, citizen);
            if (s.next())
                return std::pair { citizen, s.text(0) };
        }
        return std::pair { QString(), QString() };
    });
}

void setGoal(Client &c, const QString &goalId, const std::function<void(Domain::Goal &)> &change)
{
    c.write([&](Database &db) {
        Domain::Goal g = *Kinds::goal().find(db, goalId);
        change(g);
        g.updatedAt = SqlValues::now();
        c.file->putRecord(Kinds::goal(), g, g.citizenId);
    });
}

Domain::Goal goalIn(Client &c, const QString &goalId)
{
    return c.read<Domain::Goal>([&](Database &db) { return *Kinds::goal().find(db, goalId); });
}

qint64 scalar(PgConnection &c, const QByteArray &sql, const QList<QByteArray> &parameters = {})
{
    auto r = c.exec(sql, parameters);
    EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().detail);
    return r && r->rows() > 0 ? r->int64(0, 0) : -1;
}

class TeamSyncTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto admin = connectAs();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(ServerSchema::init(*admin).ok());
        for (const char *user : { "anna", "bent", "cira", "dorte", "emil", "frida", "gorm" })
            ASSERT_TRUE(ServerSchema::addUser(
                *admin, QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user))
                            .ok());
        ASSERT_TRUE(ServerSchema::addTeam(*admin, QString::fromLatin1(SyncTeam)).ok());
        ASSERT_TRUE(ServerSchema::grant(*admin, QString::fromLatin1(SyncTeam), QStringLiteral("cira")).ok());
    }

    TestKit::TempFolder dir;
};

} // namespace

TEST_F(TeamSyncTest, TwoProgramsMergeFieldsKeepBothValuesOfAConflictAndShareItsResolution)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 3);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    ASSERT_TRUE(anna && bent);
    // Anna's file was used alone: its first synchronisation uploads the caseload as hers.
    const SyncReport first = anna->synced();
    const int records = anna->read<int>([](Database &db) {
        int n = 0;
        for (const KindInfo *kind : RecordRegistry::kinds()) {
            Statement s = db.prepare(("SELECT count(*) FROM " + kind->table).constData());
            s.next();
            n += static_cast<int>(s.int64(0));
        }
        return n;
    });
    EXPECT_EQ(first.pushed, records);
    EXPECT_EQ(first.received, 0) << "its own records coming back are not news";
    EXPECT_EQ(anna->synced().pushed, 0) << "nothing changed since";

    const auto [citizen, goal] = citizenWithGoal(*anna);
    ASSERT_TRUE(anna->engine->share(citizen, QStringLiteral("bent"), true).ok());
    const SyncReport shared = bent->synced();
    EXPECT_GE(shared.casesAdded, 1);
    for (const QString &id : anna->own)
        EXPECT_EQ(citizensOf(*bent).contains(id), id == citizen) << "only what was shared with Bent";
    EXPECT_EQ(courseOf(*bent, citizen), courseOf(*anna, citizen));

    // Offline, each changes another field of the same goal; both edits are kept everywhere.
    setGoal(*anna, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Et fast job som tømrer"); });
    setGoal(*bent, goal, [](Domain::Goal &g) { g.status = Domain::GoalStatus::Achieved; });
    EXPECT_EQ(anna->synced().conflicts, 0);
    EXPECT_EQ(bent->synced().conflicts, 0);
    anna->synced();
    for (Client *c : { anna.get(), bent.get() }) {
        EXPECT_EQ(goalIn(*c, goal).ownWords, QStringLiteral("Et fast job som tømrer")) << qPrintable(c->user);
        EXPECT_EQ(goalIn(*c, goal).status, Domain::GoalStatus::Achieved) << qPrintable(c->user);
    }
    EXPECT_EQ(courseOf(*bent, citizen), courseOf(*anna, citizen));

    // The same field on both: the server's value stays, both values are kept for a person.
    setGoal(*anna, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Anna skrev det her"); });
    setGoal(*bent, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Bent skrev det her"); });
    anna->synced();
    const SyncReport clash = bent->synced();
    EXPECT_EQ(clash.conflicts, 1);
    EXPECT_EQ(clash.openConflicts, 1);
    EXPECT_EQ(goalIn(*bent, goal).ownWords, QStringLiteral("Anna skrev det her")) << "the server's value";
    EXPECT_EQ(anna->synced().openConflicts, 1) << "Anna sees the conflict too";
    for (Client *c : { anna.get(), bent.get() }) {
        const QList<SyncConflict> open = SyncStore::conflicts(*c->file).value();
        ASSERT_EQ(open.size(), 1) << qPrintable(c->user);
        EXPECT_EQ(open.at(0).field, QStringLiteral("own_words"));
        EXPECT_EQ(open.at(0).mine.toString(), QStringLiteral("Bent skrev det her"));
        EXPECT_EQ(open.at(0).theirs.toString(), QStringLiteral("Anna skrev det her"));
        EXPECT_EQ(open.at(0).base.toString(), QStringLiteral("Et fast job som tømrer"));
        EXPECT_EQ(open.at(0).who, QStringLiteral("bent"));
    }
    // Bent resolves it with a merged value; it reaches both programs, and the conflict is gone from both.
    const qint64 conflict = SyncStore::conflicts(*bent->file).value().at(0).id;
    ASSERT_TRUE(
        SyncStore::resolve(*bent->file, conflict, QJsonValue(QStringLiteral("Anna og Bent skrev det her"))).ok());
    EXPECT_EQ(bent->synced().openConflicts, 0);
    EXPECT_EQ(anna->synced().openConflicts, 0);
    for (Client *c : { anna.get(), bent.get() }) {
        EXPECT_EQ(goalIn(*c, goal).ownWords, QStringLiteral("Anna og Bent skrev det her")) << qPrintable(c->user);
        EXPECT_TRUE(SyncStore::conflicts(*c->file).value().isEmpty());
    }
    EXPECT_EQ(courseOf(*bent, citizen), courseOf(*anna, citizen));
}

TEST_F(TeamSyncTest, APushWhoseAnswerWasLostIsSentAgainAndAppliedOnce)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 2);
    ASSERT_TRUE(anna);
    anna->synced();
    const auto [citizen, goal] = citizenWithGoal(*anna);
    setGoal(*anna, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Kørekort inden sommer"); });
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    const qint64 versionBefore
        = scalar(*admin, "SELECT version FROM traedesten.record WHERE id = $1", { goal.toUtf8() });
    // The server commits the push, then the connection goes before the program has the answer.
    anna->engine->setAfterPushHook([&]() -> Status {
        const QByteArray pid = QByteArray::number(scalar(*anna->connection, "SELECT pg_backend_pid()"));
        EXPECT_EQ(scalar(*admin, "SELECT pg_terminate_backend($1::integer)::integer", { pid }), 1);
        return Error { ErrorCode::ServerUnreachable, QStringLiteral("connection lost (test)") };
    });
    EXPECT_EQ(anna->sync().code(), ErrorCode::ServerUnreachable);
    EXPECT_EQ(
        scalar(*admin, "SELECT version FROM traedesten.record WHERE id = $1", { goal.toUtf8() }), versionBefore + 1);
    EXPECT_EQ(SyncStore::waitingChanges(*anna->file).value(), 1) << "still waiting as far as the program knows";

    anna->connection = connectAs(QStringLiteral("anna"));
    ASSERT_TRUE(anna->connection);
    anna->engine = std::make_unique<SyncEngine>(*anna->file, *anna->connection);
    const SyncReport retried = anna->synced();
    EXPECT_TRUE(retried.resent);
    EXPECT_EQ(
        scalar(*admin, "SELECT version FROM traedesten.record WHERE id = $1", { goal.toUtf8() }), versionBefore + 1)
        << "applied exactly once";
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.change_log WHERE id = $1 AND version = $2",
                  { goal.toUtf8(), QByteArray::number(versionBefore + 1) }),
        1);
    EXPECT_EQ(SyncStore::waitingChanges(*anna->file).value(), 0);
    EXPECT_EQ(anna->synced().pushed, 0);
}

TEST_F(TeamSyncTest, AClockTwoHoursAheadChangesNothingOfTheServersOrder)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 1);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    ASSERT_TRUE(anna && bent);
    anna->synced();
    const auto [citizen, goal] = citizenWithGoal(*anna);
    ASSERT_TRUE(anna->engine->share(citizen, QStringLiteral("bent"), true).ok());
    bent->synced();
    // Anna's computer is two hours ahead: her change carries a time two hours in the future.
    anna->write([&](Database &db) {
        Domain::Goal g = *Kinds::goal().find(db, goal);
        g.ownWords = QStringLiteral("Skrevet på en computer med forkert ur");
        g.updatedAt = SqlValues::now().addSecs(2 * 3600);
        anna->file->putRecord(Kinds::goal(), g, g.citizenId);
    });
    anna->synced();
    bent->synced();
    // Bent changes the same field after her, with a correct clock (an earlier time than hers).
    setGoal(*bent, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Bents rettelse bagefter"); });
    EXPECT_EQ(bent->synced().conflicts, 0) << "Bent changed what he saw: no conflict";
    anna->synced();
    for (Client *c : { anna.get(), bent.get() })
        EXPECT_EQ(goalIn(*c, goal).ownWords, QStringLiteral("Bents rettelse bagefter")) << qPrintable(c->user);
    EXPECT_EQ(courseOf(*bent, citizen), courseOf(*anna, citizen));
}

TEST_F(TeamSyncTest, ATransferWhileTheOldOwnerIsOfflineAndAWithdrawnShareRemoveTheCitizenAtTheNextPull)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 2);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    auto cira = makeClient(dir, QStringLiteral("cira"));
    ASSERT_TRUE(anna && bent && cira);
    const QStringList annas = anna->own; // her first sync also brings what earlier tests left her on the server
    anna->synced();
    ASSERT_GE(annas.size(), 2);
    const QString moved = annas.at(0);
    const QString shared = annas.at(1);
    QStringList kept = citizensOf(*anna);
    kept.removeOne(moved);

    // From another computer of hers (a second connection), Anna gives one citizen to Bent; the laptop is offline.
    auto office = connectAs(QStringLiteral("anna"));
    ASSERT_TRUE(office);
    SyncEngine officeEngine(*anna->file, *office); // only its transfer() is used: it reads no file
    ASSERT_TRUE(officeEngine.transfer(moved, QStringLiteral("bent")).ok());
    EXPECT_EQ(officeEngine.transfer(shared, QStringLiteral("team_sync")).code(), ErrorCode::ServerFailed)
        << "a case goes to a person, not a team";
    const QString movedCourse = courseOf(*anna, moved);
    EXPECT_GE(bent->synced().casesAdded, 1);
    EXPECT_TRUE(citizensOf(*bent).contains(moved));
    EXPECT_FALSE(citizensOf(*bent).contains(shared));
    EXPECT_EQ(courseOf(*bent, moved), movedCourse);
    // The laptop comes online: the citizen leaves it, with a content-free event in its log.
    const SyncReport laptop = anna->synced();
    EXPECT_GE(laptop.casesRemoved, 1);
    EXPECT_EQ(citizensOf(*anna), kept);
    EXPECT_TRUE(courseOf(*anna, moved).isEmpty());
    EXPECT_EQ(anna->read<int>([&](Database &db) {
        Statement s = db.prepare(
            "SELECT (SELECT count(*) FROM sync_base WHERE case_id = ?1) + (SELECT count(*) FROM audit_event "
            "WHERE action = 'case.withdrawn' AND entity_id = ?1) * 100");
        s.bind(1, moved);
        s.next();
        return static_cast<int>(s.int64(0));
    }),
        100);

    // Shared with a team: its member sees it; withdrawn, it leaves the member's file at the next pull.
    ASSERT_TRUE(anna->engine->share(shared, QString::fromLatin1(SyncTeam), false).ok());
    EXPECT_GE(cira->synced().casesAdded, 1);
    EXPECT_TRUE(citizensOf(*cira).contains(shared));
    EXPECT_EQ(courseOf(*cira, shared), courseOf(*anna, shared));
    ASSERT_TRUE(anna->engine->unshare(shared, QString::fromLatin1(SyncTeam)).ok());
    EXPECT_GE(cira->synced().casesRemoved, 1);
    EXPECT_FALSE(citizensOf(*cira).contains(shared));
}

TEST_F(TeamSyncTest, AReadOnlyShareRefusesChangesAndKeepsThemListed)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 1);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    ASSERT_TRUE(anna && bent);
    anna->synced();
    const auto [citizen, goal] = citizenWithGoal(*anna);
    ASSERT_TRUE(anna->engine->share(citizen, QStringLiteral("bent"), false).ok());
    bent->synced();
    setGoal(*bent, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Bent må ikke skrive her"); });
    const SyncReport refused = bent->synced();
    EXPECT_EQ(refused.refused, 1);
    const QJsonArray listed = SyncStore::refusals(*bent->file).value();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0)[QStringLiteral("reason")].toString(), QStringLiteral("not_allowed"));
    anna->synced();
    EXPECT_NE(goalIn(*anna, goal).ownWords, QStringLiteral("Bent må ikke skrive her"));
}

TEST_F(TeamSyncTest, AnErasureReachesEveryProgramAndLeavesNothingOfTheCitizen)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 2);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    auto gorm = makeClient(dir, QStringLiteral("gorm"));
    ASSERT_TRUE(anna && bent && gorm);
    anna->synced();
    const auto [citizen, goal] = citizenWithGoal(*anna);
    ASSERT_TRUE(anna->engine->share(citizen, QStringLiteral("bent"), true).ok());
    ASSERT_TRUE(anna->engine->share(citizen, QStringLiteral("gorm"), false).ok());
    bent->synced();
    gorm->synced();
    ASSERT_FALSE(courseOf(*bent, citizen).isEmpty());
    ASSERT_FALSE(courseOf(*gorm, citizen).isEmpty());
    // Gorm's share is withdrawn while his laptop is offline; the erasure follows before he is back.
    ASSERT_TRUE(anna->engine->unshare(citizen, QStringLiteral("gorm")).ok());
    // The case is closed and erased on Anna's laptop; the server and Bent's program follow.
    anna->write([&](Database &db) {
        Domain::Citizen c = *Kinds::citizen().find(db, citizen);
        c.status = Domain::CitizenStatus::Closed;
        c.endDate = QDate::currentDate();
        anna->file->putRecord(Kinds::citizen(), c, citizen);
    });
    ASSERT_TRUE(Erasure::erase(*anna->file, citizen).ok());
    anna->synced();
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    for (const char *table : { "record", "change_log", "case_owner", "conflict" })
        EXPECT_EQ(scalar(*admin,
                      QByteArray("SELECT count(*) FROM traedesten.") + table
                          + " WHERE case_id = $1 AND NOT (kind IS NOT DISTINCT FROM 'access')",
                      { citizen.toUtf8() }),
            0)
            << table;
    EXPECT_EQ(bent->synced().casesErased, 1);
    EXPECT_FALSE(citizensOf(*bent).contains(citizen));
    gorm->synced();
    EXPECT_FALSE(citizensOf(*gorm).contains(citizen)) << "an offline ex-colleague's copy goes too";
    EXPECT_TRUE(courseOf(*gorm, citizen).isEmpty());
    for (Client *c : { anna.get(), bent.get() }) {
        EXPECT_EQ(c->read<qint64>([&](Database &db) {
            Statement s = db.prepare("SELECT (SELECT count(*) FROM sync_base WHERE case_id = ?1 OR fields LIKE ?2) "
                                     "+ (SELECT count(*) FROM sync_state WHERE value LIKE ?2)");
            s.bind(1, citizen).bind(2, QLatin1Char('%') + citizen + QLatin1Char('%'));
            s.next();
            return s.int64(0);
        }),
            0)
            << qPrintable(c->user);
        EXPECT_EQ(c->read<int>([&](Database &db) {
            Statement s
                = db.prepare("SELECT count(*) FROM audit_event WHERE action = 'citizen.erased' AND entity_id = ?1");
            s.bind(1, citizen);
            s.next();
            return static_cast<int>(s.int64(0));
        }),
            1)
            << qPrintable(c->user);
    }
}

TEST_F(TeamSyncTest, TwoProgramsSpendingOfflinePastTheCapMakeTheSecondPurchaseAConflict)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 4);
    auto bent = makeClient(dir, QStringLiteral("bent"));
    ASSERT_TRUE(anna && bent);
    anna->synced();
    // A citizen whose budget runs today, with a stepping stone to buy for.
    struct Pick
    {
        QString citizen, budget, stone;
        qint64 remaining = 0;
    };
    BudgetRepository annaBudgets(*anna->file);
    Pick pick;
    for (const QString &citizen : anna->own) {
        auto budget = annaBudgets.budgetOf(citizen).value();
        if (!budget)
            continue;
        const BudgetSummary sum = annaBudgets.summary(budget->id).value();
        if (sum.daysLeft <= 0 || sum.remainingMinor < 1000)
            continue;
        const QString stone = anna->read<QString>([&](Database &db) {
            Statement s = db.prepare("SELECT s.id FROM stepping_stone s JOIN goal g ON g.id = s.goal_id "
                                     "WHERE g.citizen_id = ?1 LIMIT 1");
            s.bind(1, citizen);
            return s.next() ? s.text(0) : QString();
        });
        if (!stone.isEmpty()) {
            pick = { citizen, budget->id, stone, sum.remainingMinor };
            break;
        }
    }
    ASSERT_FALSE(pick.citizen.isEmpty());
    ASSERT_TRUE(anna->engine->share(pick.citizen, QStringLiteral("bent"), true).ok());
    bent->synced();
    // Each, offline, buys for 60 % of what is left: each fits alone, not both.
    const auto buy = [&](Client &c, const QString &payee) {
        Domain::LedgerEntry e;
        e.budgetId = pick.budget;
        e.kind = Domain::EntryKind::Purchase;
        e.state = Domain::EntryState::Paid;
        e.date = QDate::currentDate();
        e.amountMinor = pick.remaining * 6 / 10;
        e.payee = payee;
        e.description = QStringLiteral("Køreundervisning");
        e.stoneId = pick.stone;
        e.boughtBy = c.user;
        e.decidedWithCitizen = true;
        auto made = BudgetRepository(*c.file).createEntry(e);
        EXPECT_TRUE(made.ok()) << qPrintable(made.ok() ? QString() : made.error().detail);
        return made.ok() ? made->id : QString();
    };
    const QString first = buy(*anna, QStringLiteral("Køreskolen A"));
    const QString second = buy(*bent, QStringLiteral("Køreskolen B"));
    EXPECT_EQ(anna->synced().conflicts, 0);
    const SyncReport late = bent->synced();
    EXPECT_EQ(late.conflicts, 1) << "the second purchase would pass the cap";
    const QList<SyncConflict> open = SyncStore::conflicts(*bent->file).value();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).field, QStringLiteral("budget_cap"));
    EXPECT_EQ(open.at(0).recordId, second);
    EXPECT_EQ(open.at(0).mine.toObject().value(QStringLiteral("payee")).toString(), QStringLiteral("Køreskolen B"));
    EXPECT_GT(open.at(0).theirs.toObject().value(QStringLiteral("used_minor")).toInteger(), 0);
    EXPECT_TRUE(BudgetRepository(*bent->file).entry(second).ok()) << "nothing lost: Bent's entry is still there";

    // Bent keeps it as a voided entry with a reason: both programs end with the same ledger, within the cap.
    ASSERT_TRUE(SyncStore::resolve(*bent->file, open.at(0).id,
        QJsonValue(
            QJsonObject { { QStringLiteral("void_reason"), QStringLiteral("Over loftet: Anna havde allerede købt") } }))
                    .ok());
    bent->synced();
    anna->synced();
    for (Client *c : { anna.get(), bent.get() }) {
        const Domain::LedgerEntry e = BudgetRepository(*c->file).entry(second).value();
        EXPECT_EQ(e.state, Domain::EntryState::Voided) << qPrintable(c->user);
        EXPECT_EQ(e.voidReason, QStringLiteral("Over loftet: Anna havde allerede købt"));
        EXPECT_TRUE(BudgetRepository(*c->file).entry(first).ok());
        EXPECT_LE(BudgetRepository(*c->file).summary(pick.budget).value().usedMinor,
            BudgetRepository(*c->file).summary(pick.budget).value().capMinor);
    }
    EXPECT_EQ(courseOf(*bent, pick.citizen), courseOf(*anna, pick.citizen));
}

TEST_F(TeamSyncTest, ADepartmentsParticipantSeesAndEditsOnlyTheirPartOfTheFamilyPlan)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 6);
    auto dorte = makeClient(dir, QStringLiteral("dorte"));
    ASSERT_TRUE(anna && dorte);
    anna->synced();
    // A household whose plan has interventions of more than one department.
    const auto [household, department] = anna->read<std::pair<QString, QString>>([](Database &db) {
        Statement s = db.prepare("SELECT p.household_id, min(i.department_id) FROM intervention i "
                                 "JOIN family_plan p ON p.id = i.plan_id GROUP BY p.household_id "
                                 "HAVING count(DISTINCT i.department_id) > 1 LIMIT 1");
        s.next();
        return std::pair { s.text(0), s.text(1) };
    });
    ASSERT_FALSE(household.isEmpty());
    // The family has consented to sharing with the department (without it the share gives nothing).
    Domain::Consent consent;
    consent.householdId = household;
    consent.memberId = anna->read<QString>([&](Database &db) {
        Statement s = db.prepare("SELECT id FROM household_member WHERE household_id = ?1 ORDER BY position LIMIT 1");
        s.bind(1, household);
        return s.next() ? s.text(0) : QString();
    });
    consent.departmentId = department;
    consent.givenOn = QDate::currentDate();
    ASSERT_TRUE(FamilyPlanRepository(*anna->file).createConsent(consent).ok());
    anna->synced();
    ASSERT_TRUE(anna->engine->share(household, QStringLiteral("dorte"), true, department).ok());
    EXPECT_EQ(dorte->synced().casesAdded, 1);
    const auto interventions = [&](Client &c) {
        return c.read<QStringList>([&](Database &db) {
            QStringList out;
            Statement s = db.prepare("SELECT i.id || ':' || i.department_id FROM intervention i JOIN family_plan p "
                                     "ON p.id = i.plan_id WHERE p.household_id = ?1 ORDER BY 1");
            s.bind(1, household);
            while (s.next())
                out << s.text(0);
            return out;
        });
    };
    QStringList expected;
    for (const QString &i : interventions(*anna)) {
        if (i.endsWith(QLatin1Char(':') + department))
            expected << i;
    }
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(interventions(*dorte), expected) << "only the department's interventions";
    EXPECT_TRUE(citizensOf(*dorte).isEmpty()) << "no citizen's own course";
    EXPECT_EQ(dorte->read<int>([&](Database &db) {
        Statement s = db.prepare("SELECT (SELECT count(*) FROM household WHERE id = ?1) + "
                                 "(SELECT count(*) FROM family_plan WHERE household_id = ?1)");
        s.bind(1, household);
        s.next();
        return static_cast<int>(s.int64(0));
    }),
        anna->read<int>([&](Database &db) {
            Statement s = db.prepare("SELECT (SELECT count(*) FROM household WHERE id = ?1) + "
                                     "(SELECT count(*) FROM family_plan WHERE household_id = ?1)");
            s.bind(1, household);
            s.next();
            return static_cast<int>(s.int64(0));
        }))
        << "the household and its plan";

    // Dorte updates her department's intervention: it reaches Anna.
    const QString mine = expected.first().section(QLatin1Char(':'), 0, 0);
    dorte->write([&](Database &db) {
        Domain::Intervention i = *Kinds::intervention().find(db, mine);
        i.title = QStringLiteral("Skolens opfølgning, ny aftale");
        i.updatedAt = SqlValues::now();
        dorte->file->putRecord(Kinds::intervention(), i, {}, household);
    });
    const SyncReport pushed = dorte->synced();
    EXPECT_EQ(pushed.refused, 0);
    anna->synced();
    EXPECT_EQ(anna->read<QString>([&](Database &db) { return Kinds::intervention().find(db, mine)->title; }),
        QStringLiteral("Skolens opfølgning, ny aftale"));
    // An intervention of her department deleted by the coordinator leaves her file too.
    const QString dropped = expected.last().section(QLatin1Char(':'), 0, 0);
    anna->write([&](Database &) { anna->file->removeRecord(Kinds::intervention(), dropped, {}, household); });
    anna->synced();
    dorte->synced();
    EXPECT_FALSE(interventions(*dorte).contains(expected.last())) << "the tombstone reached the participant";
    if (expected.size() > 1) {
        EXPECT_TRUE(interventions(*dorte).contains(expected.first()));
    }
    // The household's own details are not hers to change.
    dorte->write([&](Database &db) {
        Domain::Household h = *Kinds::household().find(db, household);
        h.name = QStringLiteral("Dorte omdøber");
        dorte->file->putRecord(Kinds::household(), h, {}, household);
    });
    EXPECT_EQ(dorte->synced().refused, 1);
    anna->synced();
    EXPECT_NE(anna->read<QString>([&](Database &db) { return Kinds::household().find(db, household)->name; }),
        QStringLiteral("Dorte omdøber"));
}

TEST_F(TeamSyncTest, AConsentDecidesWhatADepartmentsParticipantHolds)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 6);
    auto frida = makeClient(dir, QStringLiteral("frida"));
    ASSERT_TRUE(anna && frida);
    // One of this file's households whose plan has interventions of a department; its consents for that
    // department are taken away first, so it has none.
    const auto [household, department] = anna->read<std::pair<QString, QString>>([&](Database &db) {
        Statement s = db.prepare("SELECT p.household_id, min(i.department_id) FROM intervention i "
                                 "JOIN family_plan p ON p.id = i.plan_id GROUP BY p.household_id LIMIT 1");
        return s.next() ? std::pair { s.text(0), s.text(1) } : std::pair { QString(), QString() };
    });
    ASSERT_FALSE(household.isEmpty());
    FamilyPlanRepository plans(*anna->file);
    for (const Domain::Consent &c : plans.consents(household).value()) {
        if (c.departmentId == department) {
            ASSERT_TRUE(plans.removeConsent(c.id).ok());
        }
    }
    anna->synced();
    ASSERT_TRUE(anna->engine->share(household, QStringLiteral("frida"), true, department).ok());
    const auto holds = [&](Client &c) {
        return c.read<QStringList>([&](Database &db) {
            QStringList out;
            Statement s = db.prepare("SELECT 'household:' || id FROM household WHERE id = ?1 "
                                     "UNION ALL SELECT 'plan:' || id FROM family_plan WHERE household_id = ?1 "
                                     "UNION ALL SELECT 'intervention:' || i.id FROM intervention i JOIN family_plan p "
                                     "ON p.id = i.plan_id WHERE p.household_id = ?1 AND i.department_id = ?2 "
                                     "ORDER BY 1");
            s.bind(1, household).bind(2, department);
            while (s.next())
                out << s.text(0);
            return out;
        });
    };
    const SyncReport before = frida->synced();
    EXPECT_EQ(before.casesAdded, 0) << "shared, but no consent for the department";
    EXPECT_TRUE(holds(*frida).isEmpty());

    // The coordinator records the family's consent and synchronises: Frida's program fetches the household.
    Domain::Consent consent;
    consent.householdId = household;
    consent.memberId = anna->read<QString>([&](Database &db) {
        Statement s = db.prepare("SELECT id FROM household_member WHERE household_id = ?1 ORDER BY position LIMIT 1");
        s.bind(1, household);
        return s.next() ? s.text(0) : QString();
    });
    consent.departmentId = department;
    consent.scope = QStringLiteral("Deling med afdelingen");
    consent.givenOn = QDate::currentDate().addDays(-7);
    auto given = plans.createConsent(consent);
    ASSERT_TRUE(given.ok()) << qPrintable(given.ok() ? QString() : given.error().detail);
    anna->synced();
    const SyncReport withConsent = frida->synced();
    EXPECT_EQ(withConsent.casesAdded, 1);
    const QStringList expected = holds(*anna);
    ASSERT_GE(expected.size(), 3) << "the household, its plan and the department's interventions";
    EXPECT_EQ(holds(*frida), expected);
    EXPECT_TRUE(frida->read<bool>([&](Database &db) { return Kinds::consent().exists(db, given->id); }));

    // Withdrawn: the household leaves Frida's file at her next synchronisation.
    Domain::Consent withdrawn = *given;
    withdrawn.withdrawnOn = QDate::currentDate();
    ASSERT_TRUE(plans.updateConsent(withdrawn).ok());
    anna->synced();
    const SyncReport afterWithdrawal = frida->synced();
    EXPECT_EQ(afterWithdrawal.casesRemoved, 1);
    EXPECT_TRUE(holds(*frida).isEmpty());
    EXPECT_EQ(frida->read<int>([&](Database &db) {
        Statement s = db.prepare("SELECT count(*) FROM sync_base WHERE case_id = ?1");
        s.bind(1, household);
        s.next();
        return static_cast<int>(s.int64(0));
    }),
        0);
}

TEST_F(TeamSyncTest, AProgrammeMembersFileHoldsEveryonesFiguresAndNoNames)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 4);
    auto bent = makeClient(dir, QStringLiteral("bent"), 3);
    ASSERT_TRUE(anna && bent);
    anna->synced();
    bent->synced();
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    // Palle works for the programme; Rita, for comparison, is given a read share of every case on the
    // server, so her file holds the union of every owner's data.
    ASSERT_TRUE(ServerSchema::addUser(*admin, QStringLiteral("palle"), QStringLiteral("pw-palle")).ok());
    ASSERT_TRUE(ServerSchema::grant(*admin, QStringLiteral("traedesten_programme"), QStringLiteral("palle")).ok());
    ASSERT_TRUE(ServerSchema::addUser(*admin, QStringLiteral("rita"), QStringLiteral("pw-rita")).ok());
    ASSERT_TRUE(
        admin
            ->exec("INSERT INTO traedesten.case_share (case_id, grantee, can_write) SELECT case_id, 'rita', false "
                   "FROM traedesten.case_owner WHERE kind <> 'catalogue'")
            .ok());
    auto rita = makeClient(dir, QStringLiteral("rita"));
    auto palle = makeClient(dir, QStringLiteral("palle"));
    ASSERT_TRUE(rita && palle);
    rita->synced();
    const SyncReport first = palle->synced();
    EXPECT_EQ(first.refused, 0) << "a new file's built-in catalogue is no change of Palle's";
    // What the file cannot take (other tests' hand-made records on the server that no case file can hold)
    // is the same as for the union's file: the programme's records fit the client's schema.
    const auto parked = [](Client &c) {
        QStringList out;
        for (const QJsonValue &v : SyncStore::refusals(*c.file).value())
            out << v[QStringLiteral("kind")].toString() + QLatin1Char(':') + v[QStringLiteral("id")].toString();
        return out;
    };
    const QStringList ritaParked = parked(*rita);
    for (const QString &record : parked(*palle))
        EXPECT_TRUE(ritaParked.contains(record)) << qPrintable(record);

    const QStringList everyone = citizensOf(*rita);
    EXPECT_EQ(citizensOf(*palle), everyone);
    for (const QString &id : anna->own + bent->own)
        EXPECT_TRUE(everyone.contains(id));

    // Nothing personal of anyone's arrives: not in the records, not in what the file keeps of the server's.
    const QStringList secrets = rita->read<QStringList>([](Database &db) {
        QStringList out;
        Statement s = db.prepare("SELECT name FROM citizen UNION SELECT cpr FROM citizen UNION SELECT own_words "
                                 "FROM goal UNION SELECT name FROM household UNION SELECT title FROM stepping_stone "
                                 "UNION SELECT payee FROM ledger_entry UNION SELECT text FROM note");
        while (s.next()) {
            if (s.text(0).size() >= 6)
                out << s.text(0);
        }
        return out;
    });
    ASSERT_GT(secrets.size(), 10);
    const QString held = palle->read<QString>([](Database &db) {
        QString all;
        for (const KindInfo *kind : RecordRegistry::kinds()) {
            if (kind->caseOf == "'catalogue'")
                continue;
            Statement s = db.prepare(kind->select.constData());
            while (s.next()) {
                for (qsizetype i = 0; i < kind->columns.size(); ++i)
                    all += s.text(static_cast<int>(i)) + QLatin1Char('\n');
            }
        }
        for (const char *sql :
            { "SELECT fields FROM sync_base WHERE case_id <> 'catalogue'", "SELECT value FROM sync_state",
                "SELECT goal_words FROM citizen_summary", "SELECT next_stone FROM citizen_summary" }) {
            Statement s = db.prepare(sql);
            while (s.next())
                all += s.text(0) + QLatin1Char('\n');
        }
        return all;
    });
    for (const QString &secret : secrets)
        EXPECT_FALSE(held.contains(secret)) << qPrintable(secret);
    EXPECT_EQ(palle->read<int>([](Database &db) {
        Statement s = db.prepare("SELECT (SELECT count(*) FROM note) + (SELECT count(*) FROM attachment) + "
                                 "(SELECT count(*) FROM citizen WHERE name NOT LIKE 'Borger %' OR cpr <> '')");
        s.next();
        return static_cast<int>(s.int64(0));
    }),
        0)
        << "no journal, no receipts, pseudonyms for names";

    // The same figures as over the union of the owners' files.
    const QDate today = QDate::currentDate();
    auto figures = Reports::CaseloadReport::compute(*palle->file, today);
    auto union_ = Reports::CaseloadReport::compute(*rita->file, today);
    ASSERT_TRUE(figures.ok() && union_.ok());
    EXPECT_GT(figures->citizens, 0);
    EXPECT_EQ(figures->citizens, union_->citizens);
    EXPECT_EQ(figures->active, union_->active);
    EXPECT_EQ(figures->targetGroups, union_->targetGroups);
    EXPECT_EQ(figures->goals, union_->goals);
    EXPECT_EQ(figures->ownAssessments, union_->ownAssessments);
    EXPECT_EQ(figures->supportAssessments, union_->supportAssessments);
    EXPECT_EQ(figures->budgets, union_->budgets);
    EXPECT_EQ(figures->totalCapMinor, union_->totalCapMinor);
    EXPECT_EQ(figures->totalUsedMinor, union_->totalUsedMinor);
    EXPECT_EQ(figures->spendingByCategory.size(), union_->spendingByCategory.size());
    EXPECT_EQ(figures->indicators.size(), union_->indicators.size());
    for (qsizetype i = 0; i < std::min(figures->indicators.size(), union_->indicators.size()); ++i)
        EXPECT_EQ(figures->indicators.at(i).improved, union_->indicators.at(i).improved);
    EXPECT_EQ(figures->householdsWithBenefits, union_->householdsWithBenefits);
    EXPECT_EQ(figures->latestMonthlyCostMinor, union_->latestMonthlyCostMinor);

    // Palle writes nothing: a change in his file is refused and the server keeps the owner's.
    const auto [citizen, goal] = citizenWithGoal(*anna);
    setGoal(*palle, goal, [](Domain::Goal &g) { g.ownWords = QStringLiteral("Palle retter tallene"); });
    EXPECT_EQ(palle->synced().refused, 1);
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.record WHERE id = $1 AND fields->>'own_words' = $2",
                  { goal.toUtf8(), goalIn(*anna, goal).ownWords.toUtf8() }),
        1);

    // An erasure reaches the programme's file too.
    const QString erased = anna->own.last();
    anna->write([&](Database &db) {
        Domain::Citizen c = *Kinds::citizen().find(db, erased);
        c.status = Domain::CitizenStatus::Closed;
        c.endDate = QDate::currentDate();
        anna->file->putRecord(Kinds::citizen(), c, erased);
    });
    ASSERT_TRUE(Erasure::erase(*anna->file, erased).ok());
    anna->synced();
    EXPECT_EQ(palle->synced().casesErased, 1);
    EXPECT_FALSE(citizensOf(*palle).contains(erased));
}

TEST_F(TeamSyncTest, TenProgramsMakingAHundredChangesEachAtOnceConverge)
{
    constexpr int programs = 10;
    constexpr int changesEach = 100;
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    QStringList users;
    for (int i = 0; i < programs; ++i) {
        users << QStringLiteral("load%1").arg(i);
        ASSERT_TRUE(ServerSchema::addUser(*admin, users.last(), QStringLiteral("pw-") + users.last()).ok());
    }
    ASSERT_TRUE(ServerSchema::addTeam(*admin, QStringLiteral("team_load")).ok());
    for (const QString &u : users)
        ASSERT_TRUE(ServerSchema::grant(*admin, QStringLiteral("team_load"), u).ok());
    // The first program's caseload is shared with the whole team, read-write.
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < programs; ++i) {
        clients.push_back(makeClient(dir, users.at(i), i == 0 ? 5 : 0));
        ASSERT_TRUE(clients.back());
    }
    clients.front()->synced();
    const QStringList shared = citizensOf(*clients.front());
    for (const QString &citizen : shared)
        ASSERT_TRUE(clients.front()->engine->share(citizen, QStringLiteral("team_load"), true).ok());
    for (auto &c : clients)
        c->synced();
    const QStringList goals = clients.front()->read<QStringList>([](Database &db) {
        QStringList ids;
        Statement s = db.prepare("SELECT id FROM goal ORDER BY id");
        while (s.next())
            ids << s.text(0);
        return ids;
    });

    // At once: each program writes journal notes (append-only) and changes goals' words and statuses (the same
    // fields as others: conflicts), synchronising every ten changes.
    std::vector<std::thread> threads;
    std::atomic<int> failures { 0 };
    std::mutex firstErrorMutex;
    QString firstError;
    const auto failed = [&](const Error &e) {
        ++failures;
        const std::lock_guard<std::mutex> lock(firstErrorMutex);
        if (firstError.isEmpty())
            firstError = errorCodeName(e.code) + QLatin1Char(' ') + e.detail;
    };
    for (int p = 0; p < programs; ++p) {
        threads.emplace_back([&, p] {
            Client &c = *clients.at(size_t(p));
            QRandomGenerator random(static_cast<quint32>(p + 1));
            for (int n = 0; n < changesEach; ++n) {
                const Status s = c.file->write([&](Database &db) {
                    if (n % 2 == 0) {
                        Domain::Note note;
                        note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                        note.citizenId = shared.at(random.bounded(int(shared.size())));
                        note.date = QDate::currentDate();
                        note.text = QStringLiteral("Note %1 fra %2").arg(n).arg(c.user);
                        note.createdAt = note.updatedAt = SqlValues::now();
                        c.file->putRecord(Kinds::note(), note, note.citizenId);
                    } else {
                        Domain::Goal g = *Kinds::goal().find(db, goals.at(random.bounded(int(goals.size()))));
                        g.ownWords = QStringLiteral("Ord %1 fra %2").arg(n).arg(c.user);
                        g.updatedAt = SqlValues::now();
                        c.file->putRecord(Kinds::goal(), g, g.citizenId);
                    }
                });
                if (!s)
                    failed(s.error());
                if (n % 10 == 9) {
                    if (auto r = c.sync(); !r)
                        failed(r.error());
                }
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0) << qPrintable(firstError);
    // Everyone synchronises until nothing is left to push, then once more to pull the last changes.
    for (int round = 0; round < 2; ++round) {
        for (auto &c : clients)
            c->synced();
    }
    EXPECT_EQ(
        scalar(*admin,
            "SELECT count(*) FROM traedesten.record WHERE kind = 'note' AND fields->>'text' LIKE 'Note % fra load%'"),
        programs * changesEach / 2)
        << "every journal note arrived";
    QStringList courses;
    for (const QString &citizen : shared)
        courses << courseOf(*clients.front(), citizen);
    for (auto &c : clients) {
        QStringList theirs;
        for (const QString &citizen : shared)
            theirs << courseOf(*c, citizen);
        EXPECT_EQ(theirs, courses) << qPrintable(c->user) << " holds the same records";
        EXPECT_EQ(SyncStore::waitingChanges(*c->file).value(), 0);
    }
}

TEST_F(TeamSyncTest, TheCommandLineSynchronisesAFileForScripts)
{
    const QString path = dir.caseFile("emil-cli");
    QStringList names;
    {
        auto file = CaseFile::create(path, TestKit::passphrase("pw"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        DemoCaseload::Options options;
        options.citizens = 3;
        options.seed = QRandomGenerator::global()->generate();
        ASSERT_TRUE(DemoCaseload::generate(**file, options).ok());
        names = (*file)
                    ->read([](Database &db) {
                        QStringList out;
                        Statement s = db.prepare("SELECT name FROM citizen");
                        while (s.next())
                            out << s.text(0);
                        return out;
                    })
                    .value();
    } // closed: the command line takes the file's lock
    const auto cli = [&](const QByteArray &passphrase) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-emil"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TRAEDESTEN_CLI),
            { QStringLiteral("--connect"), QStringLiteral("sslmode=disable user=emil"), QStringLiteral("sync"), path });
        p.write(passphrase);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
    };
    const auto [code, text] = cli("pw\n");
    EXPECT_EQ(code, 0) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("pushed 0 "))) << qPrintable(text);
    for (const QString &name : names)
        EXPECT_FALSE(text.contains(name)) << "no citizen data in the output";
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.case_owner WHERE owner = 'emil' AND kind = 'citizen'"),
        names.size())
        << "the file's caseload is Emil's on the server";
    const auto [againCode, againText] = cli("pw\n");
    EXPECT_EQ(againCode, 0);
    EXPECT_TRUE(againText.contains(QStringLiteral("pushed 0 change(s)"))) << qPrintable(againText);
    const auto [wrongCode, wrongText] = cli("not the passphrase\n");
    EXPECT_NE(wrongCode, 0);
    EXPECT_TRUE(wrongText.contains(QStringLiteral("WrongPassphrase"))) << qPrintable(wrongText);
}

TEST_F(TeamSyncTest, TheNetworkWaitsOffTheGuiThreadAndTheFileIsUsedOnlyOnItsOwnThread)
{
    auto anna = makeClient(dir, QStringLiteral("anna"), 20);
    ASSERT_TRUE(anna);
    // As the program does it: sync() on a worker thread, each step on the file handed to the thread that
    // owns it (here the test's main thread, standing for the GUI thread) by a blocking queued call.
    QThread *const owner = QThread::currentThread();
    std::atomic<int> steps { 0 };
    std::atomic<int> elsewhere { 0 };
    anna->engine->setFileAccess([&](const std::function<void()> &step) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [&] {
                ++steps;
                if (QThread::currentThread() != owner)
                    ++elsewhere;
                step();
            },
            Qt::BlockingQueuedConnection);
    });
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] { ++ticks; });
    std::optional<Result<SyncReport>> result;
    QEventLoop loop;
    std::thread worker([&] {
        result.emplace(anna->engine->sync());
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    timer.start();
    loop.exec();
    worker.join();
    ASSERT_TRUE(result && result->ok()) << qPrintable(result && !result->ok() ? result->error().detail : QString());
    EXPECT_GT(result->value().pushed, 0);
    EXPECT_GE(steps.load(), 4) << "bind, outgoing, pushed, cursor…";
    EXPECT_EQ(elsewhere.load(), 0) << "the file is used only on its own thread";
    EXPECT_GT(ticks, 0) << "the owner's events ran while the server was busy";
}
