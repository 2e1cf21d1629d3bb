// The team server's SQL (server/migrations) against a real PostgreSQL: a throwaway cluster that this
// program starts for itself with pg_virtualenv (Debian's postgresql-common; it works as root, the server runs
// as postgres) and that is dropped when the tests end. Exactly-once pushes, the server's order that never
// skips a late commit, field-by-field merging with conflicts, and row-level security against direct SQL.
#include "PgVirtualenv.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/TeamDirectory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <optional>
#include <pwd.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Traedesten;
using namespace Traedesten::Sync;

namespace {

const char *const TeamName = "team_familie";

std::unique_ptr<PgConnection> connectAs(const char *user = nullptr)
{
    // Host, port, database and the administrator's password come from pg_virtualenv's environment; its
    // throwaway cluster has no certificate (the TLS tests make their own), so no TLS here.
    const QString info = QStringLiteral("sslmode=disable ")
        + (user ? QStringLiteral("user=%1 password=pw-%1").arg(QString::fromLatin1(user)) : QString());
    auto connection = PgConnection::connect(info);
    EXPECT_TRUE(connection.ok()) << qPrintable(connection.ok() ? QString() : connection.error().detail);
    return connection.ok() ? std::move(connection).value() : nullptr;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// One change as the client's outbox sends it.
QJsonObject change(const QString &kind, const QString &id, const QString &citizen, qint64 baseVersion,
    const QJsonObject &fields, const QJsonObject &base = {})
{
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), id },
        { QStringLiteral("case_id"), citizen }, { QStringLiteral("base_version"), baseVersion },
        { QStringLiteral("fields"), fields }, { QStringLiteral("base"), base } };
}

/// push_batch's answer as JSON; an error's code when it fails.
Result<QJsonObject> push(PgConnection &c, const QString &batch, const QJsonArray &changes)
{
    auto r = c.exec("SELECT traedesten.push_batch($1::uuid, $2::jsonb)",
        { batch.toUtf8(), QJsonDocument(changes).toJson(QJsonDocument::Compact) });
    if (!r)
        return r.error();
    return QJsonDocument::fromJson(r->text(0, 0).toUtf8()).object();
}

struct Pulled
{
    QStringList rows; ///< "kind:id:version"
    QStringList citizens; ///< each row's citizen
    QStringList access; ///< "citizen:access" of each access change addressed to the puller
    QByteArray tx = "0";
    QByteArray seq = "0";
};

/// Pulls everything after @p from; the returned cursor continues from there.
Pulled pull(PgConnection &c, const Pulled &from = {})
{
    Pulled out = from;
    out.rows.clear();
    out.citizens.clear();
    out.access.clear();
    auto r = c.exec("SELECT tx, seq, kind, id, version, case_id, fields->>'access' FROM traedesten.pull($1::xid8, "
                    "$2::bigint, 10000)",
        { from.tx, from.seq });
    EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().detail);
    if (!r)
        return out;
    for (int i = 0; i < r->rows(); ++i) {
        out.tx = r->text(i, 0).toUtf8();
        out.seq = r->text(i, 1).toUtf8();
        if (r->text(i, 2) == QLatin1String("cursor"))
            continue; // how far the server looked: no change of ours
        out.rows << r->text(i, 2) + QLatin1Char(':') + r->text(i, 3) + QLatin1Char(':') + r->text(i, 4);
        out.citizens << r->text(i, 5);
        if (r->text(i, 2) == QLatin1String("access"))
            out.access << r->text(i, 5) + QLatin1Char(':') + r->text(i, 6);
    }
    return out;
}

qint64 scalar(PgConnection &c, const QByteArray &sql, const QList<QByteArray> &parameters = {})
{
    auto r = c.exec(sql, parameters);
    EXPECT_TRUE(r.ok()) << qPrintable(r.ok() ? QString() : r.error().detail);
    return r && r->rows() > 0 ? r->int64(0, 0) : -1;
}

class TeamServerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto admin = connectAs();
        ASSERT_TRUE(admin);
        ASSERT_TRUE(ServerSchema::init(*admin).ok());
        for (const char *user : { "alice", "bob", "carol" })
            ASSERT_TRUE(ServerSchema::addUser(
                *admin, QString::fromLatin1(user), QStringLiteral("pw-") + QString::fromLatin1(user))
                            .ok());
        ASSERT_TRUE(ServerSchema::addTeam(*admin, QString::fromLatin1(TeamName)).ok());
        ASSERT_TRUE(ServerSchema::grant(*admin, QString::fromLatin1(TeamName), QStringLiteral("carol")).ok());
    }

    /// A citizen of @p owner's, with one record of kind "goal"; returns the citizen's id.
    QString citizenOf(PgConnection &owner, const QString &goalId = {})
    {
        const QString citizen = newId();
        QJsonArray changes { change(QStringLiteral("citizen"), citizen, citizen, 0,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Testborger") } }) };
        if (!goalId.isEmpty())
            changes.append(change(QStringLiteral("goal"), goalId, citizen, 0,
                QJsonObject { { QStringLiteral("own_words"), QStringLiteral("Et job") },
                    { QStringLiteral("status"), QStringLiteral("active") } }));
        const auto result = push(owner, newId(), changes);
        EXPECT_TRUE(result.ok());
        EXPECT_EQ(result->value(QStringLiteral("applied")).toInt(), changes.size());
        return citizen;
    }
};

} // namespace

TEST_F(TeamServerTest, InitIsIdempotentAndRefusesANewerServer)
{
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    EXPECT_EQ(ServerSchema::version(*admin).value(), ServerSchema::currentVersion());
    EXPECT_GE(ServerSchema::currentVersion(), 1);
    ASSERT_TRUE(ServerSchema::init(*admin).ok()) << "a second init changes nothing";
    EXPECT_EQ(ServerSchema::version(*admin).value(), ServerSchema::currentVersion());
    ASSERT_TRUE(admin->exec("INSERT INTO traedesten.schema_migration (version) VALUES (999)").ok());
    EXPECT_EQ(ServerSchema::init(*admin).code(), ErrorCode::ServerTooNew);
    EXPECT_EQ(ServerSchema::checkCompatible(*admin).code(), ErrorCode::ServerTooNew);
    ASSERT_TRUE(admin->exec("DELETE FROM traedesten.schema_migration WHERE version = 999").ok());
    EXPECT_EQ(PgConnection::connect(QStringLiteral("sslmode=disable user=alice password=wrong")).code(),
        ErrorCode::ServerRefused);
    // Without a word on TLS the client insists on it and a server's checked certificate: this one has none.
    EXPECT_EQ(PgConnection::withSecureDefaults(QStringLiteral("host=localhost")),
        QStringLiteral("host=localhost sslmode=verify-full"));
    EXPECT_EQ(PgConnection::withSecureDefaults(QStringLiteral("host=localhost sslmode=require")),
        QStringLiteral("host=localhost sslmode=require"));
    EXPECT_EQ(
        PgConnection::connect(QStringLiteral("user=alice password=pw-alice")).code(), ErrorCode::ServerUnreachable);
}

TEST_F(TeamServerTest, APushRetriedAfterTheConnectionDroppedIsAppliedExactlyOnce)
{
    auto alice = connectAs("alice");
    auto admin = connectAs();
    ASSERT_TRUE(alice && admin);
    const QString batch = newId();
    const QString citizen = newId();
    const QJsonArray changes { change(QStringLiteral("citizen"), citizen, citizen, 0,
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Ida") } }) };
    const auto first = push(*alice, batch, changes);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->value(QStringLiteral("applied")).toInt(), 1);
    // The connection goes after the server's COMMIT, before the client saw the answer: it pushes again.
    const QByteArray pid = QByteArray::number(scalar(*alice, "SELECT pg_backend_pid()"));
    ASSERT_EQ(scalar(*admin, "SELECT pg_terminate_backend($1::integer)::integer", { pid }), 1);
    EXPECT_FALSE(alice->exec("SELECT 1").ok()) << "the connection is gone";
    alice = connectAs("alice");
    ASSERT_TRUE(alice);
    const auto again = push(*alice, batch, changes);
    ASSERT_TRUE(again.ok());
    QJsonObject stored = *first;
    EXPECT_EQ(stored.take(QStringLiteral("records")).toArray().size(), 1) << "the first answer has the record";
    EXPECT_EQ(*again, stored) << "the stored answer (without content), nothing applied again";
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.change_log WHERE case_id = $1", { citizen.toUtf8() }), 1);
    EXPECT_EQ(scalar(*admin, "SELECT version FROM traedesten.record WHERE id = $1", { citizen.toUtf8() }), 1);
}

TEST_F(TeamServerTest, APullNeverSkipsAChangeCommittedLate)
{
    auto early = connectAs("alice");
    auto late = connectAs("alice");
    ASSERT_TRUE(early && late);
    const Pulled before = pull(*early);
    // "late" takes its place in the log first and commits last; "early" commits in between.
    ASSERT_TRUE(late->execScript("BEGIN").ok());
    const QString first = newId();
    ASSERT_TRUE(push(*late, newId(), { change(QStringLiteral("citizen"), first, first, 0, {}) }).ok());
    const QString second = newId();
    ASSERT_TRUE(push(*early, newId(), { change(QStringLiteral("citizen"), second, second, 0, {}) }).ok());
    auto reader = connectAs("alice");
    ASSERT_TRUE(reader);
    const Pulled during = pull(*reader, before);
    EXPECT_TRUE(during.rows.isEmpty()) << "nothing after a transaction still running: "
                                       << qPrintable(during.rows.join(u' '));
    ASSERT_TRUE(late->execScript("COMMIT").ok());
    const Pulled after = pull(*reader, during);
    EXPECT_EQ(after.rows,
        (QStringList { QStringLiteral("citizen:") + first + QStringLiteral(":1"),
            QStringLiteral("citizen:") + second + QStringLiteral(":1") }))
        << "both, in the server's order, the late commit first";
    EXPECT_TRUE(pull(*reader, after).rows.isEmpty());
}

TEST_F(TeamServerTest, FieldsChangedOnOneSideMergeAndTheSameFieldBecomesAConflict)
{
    auto alice = connectAs("alice");
    auto admin = connectAs();
    ASSERT_TRUE(alice && admin);
    const QString goal = newId();
    const QString citizen = citizenOf(*alice, goal);
    const auto one = [](const char *k, const char *v) {
        return QJsonObject { { QString::fromLatin1(k), QString::fromLatin1(v) } };
    };
    // Two devices started from version 1: one changed the words, the other the status.
    ASSERT_TRUE(push(*alice, newId(),
        { change(
            QStringLiteral("goal"), goal, citizen, 1, one("own_words", "Et fast job"), one("own_words", "Et job")) })
                    .ok());
    ASSERT_TRUE(push(*alice, newId(),
        { change(QStringLiteral("goal"), goal, citizen, 1, one("status", "achieved"), one("status", "active")) })
                    .ok());
    auto fields
        = admin->exec("SELECT fields->>'own_words', fields->>'status', version FROM traedesten.record WHERE id = $1",
            { goal.toUtf8() });
    ASSERT_TRUE(fields.ok());
    EXPECT_EQ(fields->text(0, 0), QStringLiteral("Et fast job"));
    EXPECT_EQ(fields->text(0, 1), QStringLiteral("achieved"));
    EXPECT_EQ(fields->int64(0, 2), 3);
    // A third device, also from version 1, changed the words too: the server's stay, both are kept.
    const auto result = push(*alice, newId(),
        { change(
            QStringLiteral("goal"), goal, citizen, 1, one("own_words", "Uddannelse"), one("own_words", "Et job")) });
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->value(QStringLiteral("conflicts")).toInt(), 1);
    auto conflict = admin->exec("SELECT field, base #>> '{}', mine #>> '{}', theirs #>> '{}', who FROM "
                                "traedesten.conflict WHERE record_id = $1",
        { goal.toUtf8() });
    ASSERT_TRUE(conflict.ok());
    ASSERT_EQ(conflict->rows(), 1);
    EXPECT_EQ(conflict->text(0, 0), QStringLiteral("own_words"));
    EXPECT_EQ(conflict->text(0, 1), QStringLiteral("Et job"));
    EXPECT_EQ(conflict->text(0, 2), QStringLiteral("Uddannelse"));
    EXPECT_EQ(conflict->text(0, 3), QStringLiteral("Et fast job"));
    EXPECT_EQ(conflict->text(0, 4), QStringLiteral("alice"));
    EXPECT_EQ(
        scalar(*admin, "SELECT count(*) FROM traedesten.record WHERE id = $1 AND fields->>'own_words' = 'Et fast job'",
            { goal.toUtf8() }),
        1);
    // A person resolves it with a merged value: it becomes the record's, and reaches every program's pull.
    auto bob = connectAs("bob");
    ASSERT_TRUE(bob);
    const QByteArray conflictId = QByteArray::number(
        scalar(*admin, "SELECT id FROM traedesten.conflict WHERE record_id = $1", { goal.toUtf8() }));
    EXPECT_EQ(bob->exec("SELECT traedesten.resolve_conflict($1::bigint, '\"x\"')", { conflictId }).code(),
        ErrorCode::ServerRefused)
        << "not bob's to resolve";
    const Pulled before = pull(*alice);
    EXPECT_EQ(
        scalar(*alice, "SELECT traedesten.resolve_conflict($1::bigint, to_jsonb('Et fast job, gerne på deltid'::text))",
            { conflictId }),
        5);
    EXPECT_EQ(pull(*alice, before).rows, QStringList { QStringLiteral("goal:") + goal + QStringLiteral(":5") });
    EXPECT_EQ(scalar(*admin,
                  "SELECT count(*) FROM traedesten.record WHERE id = $1 AND fields->>'own_words' = 'Et fast job, gerne "
                  "på deltid'",
                  { goal.toUtf8() }),
        1);
    EXPECT_FALSE(alice->exec("SELECT traedesten.resolve_conflict($1::bigint, 'null')", { conflictId }).ok())
        << "resolved once";
}

TEST_F(TeamServerTest, AnotherUserCanNeitherReadNorWriteACitizenNotSharedWithThem)
{
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    ASSERT_TRUE(alice && bob);
    const QString goal = newId();
    const QString citizen = citizenOf(*alice, goal);
    const QByteArray id = citizen.toUtf8();
    // Direct SQL as bob: every table is filtered, and none can be written.
    for (const char *table : { "record", "change_log", "case_owner", "conflict", "access_log" })
        EXPECT_EQ(
            scalar(*bob, QByteArray("SELECT count(*) FROM traedesten.") + table + " WHERE case_id = $1", { id }), 0)
            << table;
    EXPECT_EQ(bob->exec("UPDATE traedesten.record SET fields = '{}' WHERE case_id = $1", { id }).code(),
        ErrorCode::ServerRefused);
    EXPECT_EQ(bob->exec("INSERT INTO traedesten.case_owner (case_id, owner) VALUES ('x', 'bob')").code(),
        ErrorCode::ServerRefused);
    EXPECT_EQ(bob->exec("DELETE FROM traedesten.change_log").code(), ErrorCode::ServerRefused);
    // Through the functions: nothing to pull, a change refused, no transfer or share.
    EXPECT_EQ(pull(*bob).citizens.count(citizen), 0);
    const auto refused = push(*bob, newId(),
        { change(QStringLiteral("goal"), goal, citizen, 1,
            QJsonObject { { QStringLiteral("status"), QStringLiteral("dropped") } }) });
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->value(QStringLiteral("applied")).toInt(), 0);
    EXPECT_EQ(refused->value(QStringLiteral("refused")).toArray().size(), 1);
    EXPECT_EQ(bob->exec("SELECT traedesten.transfer($1, 'bob')", { id }).code(), ErrorCode::ServerRefused);
    EXPECT_EQ(bob->exec("SELECT traedesten.share($1, 'bob', true)", { id }).code(), ErrorCode::ServerRefused);
    EXPECT_EQ(scalar(*alice,
                  "SELECT count(*) FROM traedesten.record WHERE case_id = $1 AND fields->>'status' = 'active'", { id }),
        1);
}

TEST_F(TeamServerTest, SharingWithAColleagueOrATeamAndWithdrawingIt)
{
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    auto carol = connectAs("carol");
    ASSERT_TRUE(alice && bob && carol);
    const QString goal = newId();
    const QString citizen = citizenOf(*alice, goal);
    const QByteArray id = citizen.toUtf8();
    const QJsonObject dropped { { QStringLiteral("status"), QStringLiteral("dropped") } };
    const QJsonObject active { { QStringLiteral("status"), QStringLiteral("active") } };

    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, 'bob', false)", { id }).ok());
    const Pulled shared = pull(*bob);
    EXPECT_EQ(shared.access, QStringList { citizen + QStringLiteral(":read") }) << "told, in the server's order";
    auto snapshot = bob->exec("SELECT kind FROM traedesten.snapshot($1)", { id });
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->rows(), 2) << "read: the citizen and the goal as they stand";
    auto readOnly = push(*bob, newId(), { change(QStringLiteral("goal"), goal, citizen, 1, dropped, active) });
    EXPECT_EQ(readOnly->value(QStringLiteral("applied")).toInt(), 0) << "read only";
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, 'bob', true)", { id }).ok());
    auto written = push(*bob, newId(), { change(QStringLiteral("goal"), goal, citizen, 1, dropped, active) });
    EXPECT_EQ(written->value(QStringLiteral("applied")).toInt(), 1) << "read and write";

    EXPECT_EQ(scalar(*carol, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, $2, false)", { id, TeamName }).ok());
    EXPECT_EQ(scalar(*carol, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 2)
        << "through her team";

    const Pulled beforeWithdrawal = pull(*bob);
    ASSERT_TRUE(alice->exec("SELECT traedesten.unshare($1, 'bob')", { id }).ok());
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    const Pulled withdrawn = pull(*bob, beforeWithdrawal);
    EXPECT_EQ(withdrawn.access, QStringList { citizen + QStringLiteral(":none") })
        << "the next pull tells bob's program to remove the citizen";
    EXPECT_EQ(withdrawn.citizens.count(citizen), 1) << "and nothing else of the citizen";
    EXPECT_EQ(bob->exec("SELECT * FROM traedesten.snapshot($1)", { id }).code(), ErrorCode::ServerRefused);
    EXPECT_GE(scalar(*alice,
                  "SELECT count(*) FROM traedesten.access_log WHERE case_id = $1 AND who = 'bob' AND action = 'pulled'",
                  { id }),
        1)
        << "the owner sees who pulled the citizen's data";
}

TEST_F(TeamServerTest, ATransferMovesTheCitizenToTheColleague)
{
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    ASSERT_TRUE(alice && bob);
    const QString citizen = citizenOf(*alice, newId());
    const QByteArray id = citizen.toUtf8();
    EXPECT_EQ(alice->exec("SELECT traedesten.transfer($1, $2)", { id, TeamName }).code(), ErrorCode::ServerFailed)
        << "a team cannot own a citizen";
    // Alice's program is offline while she transfers from another computer; it learns at its next pull.
    const Pulled aliceBefore = pull(*alice);
    const Pulled bobBefore = pull(*bob);
    ASSERT_TRUE(alice->exec("SELECT traedesten.transfer($1, 'bob')", { id }).ok());
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 2);
    EXPECT_EQ(scalar(*alice, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    EXPECT_EQ(pull(*alice, aliceBefore).access, QStringList { citizen + QStringLiteral(":none") });
    EXPECT_EQ(pull(*bob, bobBefore).access, QStringList { citizen + QStringLiteral(":write") });
}

TEST_F(TeamServerTest, AnErasureReachesEveryoneAndTheServerKeepsNoContent)
{
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    auto admin = connectAs();
    ASSERT_TRUE(alice && bob && admin);
    const QString goal = newId();
    const QString citizen = citizenOf(*alice, goal);
    const QByteArray id = citizen.toUtf8();
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, 'bob', true)", { id }).ok());
    const QJsonObject words { { QStringLiteral("own_words"), QStringLiteral("Sagen om Zebrafinken") } };
    ASSERT_TRUE(push(*bob, newId(), { change(QStringLiteral("goal"), goal, citizen, 1, words, {}) }).ok());
    const Pulled aliceBefore = pull(*alice);
    const Pulled bobBefore = pull(*bob);
    EXPECT_EQ(bob->exec("SELECT traedesten.erase($1)", { id }).code(), ErrorCode::ServerRefused) << "the owner only";
    ASSERT_TRUE(alice->exec("SELECT traedesten.erase($1)", { id }).ok());
    EXPECT_EQ(pull(*alice, aliceBefore).access, QStringList { citizen + QStringLiteral(":erased") });
    EXPECT_EQ(pull(*bob, bobBefore).access, QStringList { citizen + QStringLiteral(":erased") });
    for (const char *table : { "record", "conflict", "case_owner", "case_share" })
        EXPECT_EQ(
            scalar(*admin, QByteArray("SELECT count(*) FROM traedesten.") + table + " WHERE case_id = $1", { id }), 0)
            << table;
    EXPECT_EQ(
        scalar(*admin, "SELECT count(*) FROM traedesten.change_log WHERE case_id = $1 AND kind <> 'access'", { id }),
        0);
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.change_log WHERE fields::text LIKE '%Zebrafinken%'"), 0)
        << "no content anywhere in the log";
    EXPECT_EQ(
        scalar(*admin, "SELECT count(*) FROM traedesten.access_log WHERE case_id = $1 AND action = 'erased'", { id }),
        1);
}

// Two of alice's devices spend from one budget while offline, each within the cap on its own: the second
// purchase to reach the server would take the budget past the cap, so it becomes a conflict, not an entry.
TEST_F(TeamServerTest, TheSecondPurchaseThatBreachesTheCapAcrossTwoClientsBecomesAConflict)
{
    auto laptop = connectAs("alice");
    auto tablet = connectAs("alice");
    auto admin = connectAs();
    ASSERT_TRUE(laptop && tablet && admin);
    const QString citizen = citizenOf(*laptop);
    const QString budget = newId();
    ASSERT_TRUE(push(*laptop, newId(),
        { change(
            QStringLiteral("budget"), budget, citizen, 0, QJsonObject { { QStringLiteral("cap_minor"), 1'000'00 } }) })
                    .ok());
    const auto purchase = [&](qint64 minor, const char *kind = "purchase") {
        return change(QStringLiteral("ledger_entry"), newId(), citizen, 0,
            QJsonObject { { QStringLiteral("budget_id"), budget },
                { QStringLiteral("kind"), QString::fromLatin1(kind) },
                { QStringLiteral("state"), QStringLiteral("paid") }, { QStringLiteral("amount_minor"), minor } });
    };
    const QJsonObject first = purchase(700'00);
    const QJsonObject second = purchase(400'00);
    const auto a = push(*laptop, newId(), { first });
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->value(QStringLiteral("applied")).toInt(), 1);
    const auto b = push(*tablet, newId(), { second });
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->value(QStringLiteral("applied")).toInt(), 0);
    EXPECT_EQ(b->value(QStringLiteral("conflicts")).toInt(), 1);
    const QByteArray secondId = second.value(QStringLiteral("id")).toString().toUtf8();
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.record WHERE id = $1", { secondId }), 0) << "not applied";
    auto conflict = admin->exec("SELECT field, mine->>'amount_minor', theirs->>'used_minor', theirs->>'cap_minor' "
                                "FROM traedesten.conflict WHERE record_id = $1",
        { secondId });
    ASSERT_TRUE(conflict.ok());
    ASSERT_EQ(conflict->rows(), 1) << "kept for a person to resolve, not lost";
    EXPECT_EQ(conflict->text(0, 0), QStringLiteral("budget_cap"));
    EXPECT_EQ(conflict->text(0, 1), QStringLiteral("40000"));
    EXPECT_EQ(conflict->text(0, 2), QStringLiteral("70000"));
    EXPECT_EQ(conflict->text(0, 3), QStringLiteral("100000"));
    // A refund gives back: then the same amount fits.
    ASSERT_EQ(push(*tablet, newId(), { purchase(200'00, "refund") })->value(QStringLiteral("applied")).toInt(), 1);
    EXPECT_EQ(push(*tablet, newId(), { purchase(400'00) })->value(QStringLiteral("applied")).toInt(), 1);
    EXPECT_EQ(push(*tablet, newId(), { purchase(100'01) })->value(QStringLiteral("conflicts")).toInt(), 1)
        << "one øre past the cap";
    // A person resolves that one: one øre less fits exactly; the amount it asked for still does not.
    const QByteArray last = QByteArray::number(
        scalar(*admin, "SELECT max(id) FROM traedesten.conflict WHERE field = 'budget_cap' AND resolved_at IS NULL"));
    EXPECT_FALSE(laptop->exec("SELECT traedesten.resolve_conflict($1::bigint, '10001')", { last }).ok());
    EXPECT_EQ(scalar(*laptop, "SELECT traedesten.resolve_conflict($1::bigint, '10000')", { last }), 1);
    EXPECT_EQ(scalar(*admin, "SELECT traedesten.budget_used($1)", { budget.toUtf8() }), 1'000'00);
}

// Ten programs push 100 changes each at once, to three shared citizens: edits of the same goals from
// stale versions and new journal notes. Nothing is lost (every note arrives, every push is answered, a
// deadlock or a dropped push is retried with its batch id) and replaying any person's pull, in the server's
// order, gives exactly the records the server holds.
TEST_F(TeamServerTest, TenClientsPushingAtOnceLoseNothingAndEveryPullConverges)
{
    auto alice = connectAs("alice");
    auto admin = connectAs();
    ASSERT_TRUE(alice && admin);
    QStringList citizens, goals;
    for (int i = 0; i < 3; ++i) {
        goals << newId();
        citizens << citizenOf(*alice, goals.last());
        for (const char *who : { "bob", "carol" })
            ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, $2, true)", { citizens.last().toUtf8(), who }).ok());
    }
    constexpr int Clients = 10;
    constexpr int Changes = 100;
    std::atomic<int> notes = 0;
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int client = 0; client < Clients; ++client) {
        threads.emplace_back([&, client] {
            const char *users[] = { "alice", "bob", "carol" };
            auto c = PgConnection::connect(
                QStringLiteral("sslmode=disable user=%1 password=pw-%1").arg(QString::fromLatin1(users[client % 3])));
            if (!c) {
                ++failures;
                return;
            }
            QRandomGenerator random(quint32(client + 1));
            for (int n = 0; n < Changes; ++n) {
                const int which = random.bounded(3);
                QJsonArray batch;
                if (random.bounded(2)) {
                    const QString field = random.bounded(2) ? QStringLiteral("own_words") : QStringLiteral("status");
                    batch.append(change(QStringLiteral("goal"), goals.at(which), citizens.at(which),
                        random.bounded(1, 5), QJsonObject { { field, QStringLiteral("c%1-%2").arg(client).arg(n) } },
                        QJsonObject { { field, QStringLiteral("Et job") } }));
                } else {
                    QJsonObject note = change(QStringLiteral("note"), newId(), citizens.at(which), 0,
                        QJsonObject { { QStringLiteral("text"), QStringLiteral("c%1-%2").arg(client).arg(n) } });
                    note.insert(QStringLiteral("append_only"), true);
                    batch.append(note);
                    ++notes;
                }
                const QString id = newId();
                bool answered = false;
                for (int attempt = 0; attempt < 20 && !answered; ++attempt)
                    answered = push(**c, id, batch).ok(); // a deadlock victim retries with the same batch id
                if (!answered)
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    QList<QByteArray> ids;
    for (const QString &c : citizens)
        ids << c.toUtf8();
    const QByteArray inCitizens = "case_id IN ($1, $2, $3)";
    EXPECT_EQ(scalar(*admin, "SELECT count(*) FROM traedesten.record WHERE kind = 'note' AND " + inCitizens, ids),
        notes.load())
        << "every note arrived once";
    // Each of the 1,000 pushes holds one change and gives one log row (a conflicting edit is applied with the
    // server's value kept); the three first batches held a citizen and a goal each.
    EXPECT_EQ(
        scalar(*admin, "SELECT count(*) FROM traedesten.change_log WHERE kind <> 'access' AND " + inCitizens, ids),
        Clients * Changes + 3 * 2);
    EXPECT_EQ(
        scalar(*admin,
            "SELECT count(DISTINCT batch_id) FROM traedesten.change_log WHERE kind <> 'access' AND " + inCitizens, ids),
        Clients * Changes + 3)
        << "no batch applied twice";

    // What the server holds, and what each person's program rebuilds from its pulls.
    const auto serverState = [&] {
        QStringList rows;
        auto r = admin->exec(
            "SELECT kind, id, version, fields::text FROM traedesten.record WHERE " + inCitizens + " ORDER BY kind, id",
            ids);
        for (int i = 0; r && i < r->rows(); ++i)
            rows << QStringList { r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3) }.join(u'|');
        return rows;
    }();
    for (const char *user : { "alice", "bob", "carol" }) {
        auto c = connectAs(user);
        ASSERT_TRUE(c);
        auto r = c->exec("SELECT kind, id, version, fields::text, case_id FROM traedesten.pull('0', 0, 1000000)");
        ASSERT_TRUE(r.ok());
        QMap<QString, QString> rebuilt;
        for (int i = 0; i < r->rows(); ++i) {
            if (r->text(i, 0) == QLatin1String("access") || !citizens.contains(r->text(i, 4)))
                continue;
            rebuilt.insert(r->text(i, 0) + QLatin1Char('|') + r->text(i, 1),
                QStringList { r->text(i, 0), r->text(i, 1), r->text(i, 2), r->text(i, 3) }.join(u'|'));
        }
        EXPECT_EQ(QStringList(rebuilt.values()), serverState) << user;
    }
}

// The administrator's commands, as a municipality runs them: init (again), a person with a password typed
// on standard input, a team, membership, status. The new person can then log in; a second add is refused.
TEST_F(TeamServerTest, TheCommandLineSetsUpTheServerAndItsPeople)
{
    const auto cli = [](const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(TRAEDESTEN_CLI),
            QStringList { QStringLiteral("--connect"), QStringLiteral("sslmode=disable"), QStringLiteral("server") }
                + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return std::pair { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()) };
    };
    EXPECT_EQ(cli({ QStringLiteral("init") }).first, 0);
    EXPECT_EQ(
        cli({ QStringLiteral("add-user"), QStringLiteral("dina"), QStringLiteral("Dina Dam") }, "pw-dina\n").first, 0);
    EXPECT_EQ(cli({ QStringLiteral("add-team"), QStringLiteral("team_skole") }).first, 0);
    EXPECT_EQ(cli({ QStringLiteral("grant"), QStringLiteral("team_skole"), QStringLiteral("dina") }).first, 0);
    const auto [status, text] = cli({ QStringLiteral("status") });
    EXPECT_EQ(status, 0) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("server schema version %1").arg(ServerSchema::currentVersion())))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("team(s)"))) << qPrintable(text);
    auto dina = connectAs("dina");
    ASSERT_TRUE(dina);
    EXPECT_EQ(scalar(*dina, "SELECT pg_has_role('dina', 'team_skole', 'MEMBER')::integer"), 1);
    const auto again = cli({ QStringLiteral("add-user"), QStringLiteral("dina") }, "other\n");
    EXPECT_NE(again.first, 0);
    EXPECT_TRUE(again.second.contains(QStringLiteral("already exists"))) << qPrintable(again.second);
    EXPECT_FALSE(again.second.contains(QStringLiteral("other"))) << "the password is never echoed";
    auto admin = connectAs();
    EXPECT_EQ(
        scalar(*admin, "SELECT count(*) FROM pg_authid WHERE rolname = 'dina' AND rolpassword LIKE 'SCRAM-SHA-256$%'"),
        1)
        << "stored as a SCRAM hash";
}

// The program's list of cases and its dialogs' colleagues: who owns a case and with whom it is shared, for
// everyone who may read it; every person and team but the caller.
TEST_F(TeamServerTest, TheCaseOverviewShowsOwnersAndSharesAndColleaguesLeaveOutTheCaller)
{
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(ServerSchema::addUser(
        *admin, QStringLiteral("olga"), QStringLiteral("pw-olga"), QStringLiteral("Olga Overblik"))
                    .ok());
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    auto carol = connectAs("carol");
    auto olga = connectAs("olga");
    ASSERT_TRUE(alice && bob && carol && olga);
    const QString citizen = citizenOf(*alice, newId());
    const QByteArray id = citizen.toUtf8();
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, 'bob', false)", { id }).ok());
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, $2, true)", { id, TeamName }).ok());
    const auto find = [&](PgConnection &c) -> std::optional<CaseAccessInfo> {
        auto cases = TeamDirectory::caseOverview(c);
        EXPECT_TRUE(cases.ok()) << qPrintable(cases.ok() ? QString() : cases.error().detail);
        if (!cases)
            return std::nullopt;
        for (const CaseAccessInfo &info : *cases) {
            EXPECT_NE(info.kind, QStringLiteral("catalogue"));
            if (info.caseId == citizen)
                return info;
        }
        return std::nullopt;
    };
    const CaseAccessInfo expected { citizen, QStringLiteral("citizen"), QStringLiteral("alice"),
        QStringLiteral("alice"),
        { CaseShare { QStringLiteral("bob"), QStringLiteral("bob"), false, false, {} },
            CaseShare { QString::fromLatin1(TeamName), QString::fromLatin1(TeamName), true, true, {} } } };
    EXPECT_EQ(find(*alice), expected) << "the owner";
    EXPECT_EQ(find(*bob), expected) << "a colleague it is shared with";
    EXPECT_EQ(find(*carol), expected) << "through her team";
    EXPECT_FALSE(find(*olga)) << "not shared with Olga";
    // Kept as JSON in a case file's sync state, and read back the same.
    EXPECT_EQ(CaseAccessInfo::fromJson(expected.toJson()), expected);
    EXPECT_EQ(CaseAccessInfo::fromJson(CaseAccessInfo::toJson({ expected, expected })),
        (QList<CaseAccessInfo> { expected, expected }));
    EXPECT_TRUE(expected.toJson()[QStringLiteral("shares")][0][QStringLiteral("department")].isNull());

    auto colleagues = TeamDirectory::colleagues(*alice);
    ASSERT_TRUE(colleagues.ok());
    QStringList names;
    bool teamFound = false;
    for (const Colleague &c : *colleagues) {
        EXPECT_NE(c.role, QStringLiteral("alice")) << "not the caller";
        names << c.name.toLower();
        if (c.role == QLatin1String(TeamName))
            teamFound = c.isTeam;
    }
    EXPECT_TRUE(teamFound);
    EXPECT_TRUE(names.contains(QStringLiteral("olga overblik"))) << "the display name";
    EXPECT_TRUE(names.contains(QStringLiteral("bob"))) << "the role name when there is none";
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted) << "by display name";
    auto olgas = TeamDirectory::colleagues(*olga);
    ASSERT_TRUE(olgas.ok());
    EXPECT_TRUE(std::any_of(
        olgas->cbegin(), olgas->cend(), [](const Colleague &c) { return c.role == QLatin1String("alice"); }));
}

// A household shared for a department gives its participant nothing until the household has a consent for
// that department in force; a consent given or withdrawn tells the participant's program at once.
TEST_F(TeamServerTest, ADepartmentsShareGivesAccessOnlyWithAConsentInForce)
{
    auto alice = connectAs("alice");
    auto bob = connectAs("bob");
    ASSERT_TRUE(alice && bob);
    const QString household = newId();
    const QString member = newId();
    const QString intervention = newId();
    const QString consent = newId();
    const QByteArray id = household.toUtf8();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto inHousehold = [&](const QString &kind, const QString &recordId, const QJsonObject &fields) {
        return change(kind, recordId, household, 0, fields);
    };
    auto made = push(*alice, newId(),
        { inHousehold(QStringLiteral("household"), household,
              QJsonObject { { QStringLiteral("name"), QStringLiteral("Familien Test") } }),
            inHousehold(QStringLiteral("household_member"), member,
                QJsonObject { { QStringLiteral("household_id"), household } }),
            inHousehold(QStringLiteral("intervention"), intervention,
                QJsonObject { { QStringLiteral("department_id"), QStringLiteral("school") } }) });
    ASSERT_TRUE(made.ok());
    ASSERT_EQ(made->value(QStringLiteral("applied")).toInt(), 3);
    const Pulled before = pull(*bob);
    ASSERT_TRUE(alice->exec("SELECT traedesten.share($1, 'bob', true, 'school')", { id }).ok());
    EXPECT_EQ(bob->exec("SELECT traedesten.my_access($1)", { id })->isNull(0, 0), true) << "no consent yet";
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    const Pulled shared = pull(*bob, before);
    EXPECT_EQ(shared.access, QStringList { household + QStringLiteral(":write") });
    EXPECT_EQ(shared.rows.size(), 1) << "only the access change";
    // A consent for another department, or one given tomorrow, changes nothing.
    const auto consentFields = [&](const QString &department, const QString &given) {
        return QJsonObject { { QStringLiteral("household_id"), household }, { QStringLiteral("member_id"), member },
            { QStringLiteral("department_id"), department }, { QStringLiteral("given_on"), given },
            { QStringLiteral("expires_on"), QJsonValue::Null }, { QStringLiteral("withdrawn_on"), QJsonValue::Null } };
    };
    ASSERT_TRUE(push(*alice, newId(),
        { inHousehold(QStringLiteral("consent"), newId(), consentFields(QStringLiteral("health"), today)),
            inHousehold(QStringLiteral("consent"), consent,
                consentFields(QStringLiteral("school"), QDate::currentDate().addDays(1).toString(Qt::ISODate))) })
                    .ok());
    const Pulled early = pull(*bob, shared);
    EXPECT_TRUE(early.access.isEmpty()) << "nothing in force for the school";
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    // Given today: Bob sees the household, its member, the school's intervention and consent.
    ASSERT_TRUE(push(*alice, newId(),
        { change(QStringLiteral("consent"), consent, household, 1,
            QJsonObject { { QStringLiteral("given_on"), today } },
            QJsonObject { { QStringLiteral("given_on"), QDate::currentDate().addDays(1).toString(Qt::ISODate) } }) })
                    .ok());
    const Pulled given = pull(*bob, early);
    EXPECT_EQ(given.access, QStringList { household + QStringLiteral(":write") });
    EXPECT_LT(given.rows.indexOf(QRegularExpression(QStringLiteral("access:.*"))),
        given.rows.indexOf(QRegularExpression(QStringLiteral("consent:") + consent + QStringLiteral(":.*"))))
        << "the access change comes in the consent's transaction, before it";
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 4);
    EXPECT_EQ(bob->exec("SELECT traedesten.my_access($1)", { id })->text(0, 0), QStringLiteral("department"));
    // Withdrawn today: nothing again, and Bob's program is told.
    ASSERT_TRUE(push(*alice, newId(),
        { change(QStringLiteral("consent"), consent, household, 2,
            QJsonObject { { QStringLiteral("withdrawn_on"), today } },
            QJsonObject { { QStringLiteral("withdrawn_on"), QJsonValue::Null } }) })
                    .ok());
    const Pulled withdrawn = pull(*bob, given);
    EXPECT_EQ(withdrawn.access, QStringList { household + QStringLiteral(":write") });
    EXPECT_TRUE(bob->exec("SELECT traedesten.my_access($1)", { id })->isNull(0, 0));
    EXPECT_EQ(scalar(*bob, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0);
    const auto refused = push(*bob, newId(),
        { change(QStringLiteral("intervention"), intervention, household, 1,
            QJsonObject { { QStringLiteral("title"), QStringLiteral("Bob skriver") } }) });
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->value(QStringLiteral("applied")).toInt(), 0) << "no consent: no writing either";
}

// A member of traedesten_programme reads every case's figures with pseudonyms for names and nothing
// personal, cannot read the records themselves, the pseudonyms' key or its function, and writes nothing.
TEST_F(TeamServerTest, AProgrammeMemberReadsFiguresWithoutNamesAndWritesNothing)
{
    auto admin = connectAs();
    ASSERT_TRUE(admin);
    ASSERT_TRUE(ServerSchema::addUser(*admin, QStringLiteral("pia"), QStringLiteral("pw-pia")).ok());
    ASSERT_TRUE(ServerSchema::grant(*admin, QStringLiteral("traedesten_programme"), QStringLiteral("pia")).ok());
    auto alice = connectAs("alice");
    auto pia = connectAs("pia");
    ASSERT_TRUE(alice && pia);
    const QString citizen = newId();
    const QString goal = newId();
    const QString note = newId();
    ASSERT_EQ(push(*alice, newId(),
                  { change(QStringLiteral("citizen"), citizen, citizen, 0,
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Jens Hemmelig") },
                            { QStringLiteral("cpr"), QStringLiteral("0101801234") },
                            { QStringLiteral("birth_date"), QStringLiteral("1980-01-01") },
                            { QStringLiteral("status"), QStringLiteral("active") } }),
                      change(QStringLiteral("goal"), goal, citizen, 0,
                          QJsonObject { { QStringLiteral("citizen_id"), citizen },
                              { QStringLiteral("own_words"), QStringLiteral("Mine egne hemmelige ord") },
                              { QStringLiteral("category"), QStringLiteral("work") } }),
                      change(QStringLiteral("note"), note, citizen, 0,
                          QJsonObject { { QStringLiteral("citizen_id"), citizen },
                              { QStringLiteral("text"), QStringLiteral("Hemmelig journal") } }) })
                  ->value(QStringLiteral("applied"))
                  .toInt(),
        3);
    const QByteArray id = citizen.toUtf8();
    auto rows
        = pia->exec("SELECT kind, fields::text FROM traedesten.pull('0'::xid8, 0, 100000) WHERE case_id = $1", { id });
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.ok() ? QString() : rows.error().detail);
    QMap<QString, QJsonObject> seen;
    for (int i = 0; i < rows->rows(); ++i)
        seen.insert(rows->text(i, 0), QJsonDocument::fromJson(rows->text(i, 1).toUtf8()).object());
    EXPECT_EQ(seen.keys(), (QStringList { QStringLiteral("citizen"), QStringLiteral("goal") })) << "no journal";
    const QString pseudonym = seen.value(QStringLiteral("citizen")).value(QStringLiteral("name")).toString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^Borger [0-9a-f]{8}$")).match(pseudonym).hasMatch())
        << qPrintable(pseudonym);
    EXPECT_EQ(seen.value(QStringLiteral("citizen")).value(QStringLiteral("cpr")).toString(), QString());
    EXPECT_TRUE(seen.value(QStringLiteral("citizen")).value(QStringLiteral("birth_date")).isNull());
    EXPECT_EQ(
        seen.value(QStringLiteral("citizen")).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(seen.value(QStringLiteral("goal")).value(QStringLiteral("own_words")).toString(), QString());
    EXPECT_EQ(seen.value(QStringLiteral("goal")).value(QStringLiteral("category")).toString(), QStringLiteral("work"));
    auto snapshot = pia->exec("SELECT fields->>'name' FROM traedesten.snapshot($1) WHERE kind = 'citizen'", { id });
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot->text(0, 0), pseudonym) << "the same pseudonym every time";
    EXPECT_EQ(pia->exec("SELECT traedesten.my_access($1)", { id })->text(0, 0), QStringLiteral("figures"));
    EXPECT_EQ(scalar(*pia, "SELECT count(*) FROM traedesten.record WHERE case_id = $1", { id }), 0)
        << "the records themselves stay behind the policies";
    EXPECT_EQ(pia->exec("SELECT key FROM traedesten.pseudonym_key").code(), ErrorCode::ServerRefused);
    EXPECT_EQ(pia->exec("SELECT traedesten.pseudonym('Borger', $1)", { id }).code(), ErrorCode::ServerRefused);
    EXPECT_EQ(
        alice->exec("SELECT traedesten.figures_only('citizen', $1, '{}')", { id }).code(), ErrorCode::ServerRefused);
    EXPECT_EQ(pia->exec("SELECT traedesten.apply_batch(gen_random_uuid(), '[]')").code(), ErrorCode::ServerRefused);

    const auto refused = push(*pia, newId(),
        { change(QStringLiteral("goal"), goal, citizen, 1,
              QJsonObject { { QStringLiteral("own_words"), QStringLiteral("Pia skriver") } }),
            change(QStringLiteral("citizen"), newId(), QStringLiteral("ny"), 0, QJsonObject {}) });
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->value(QStringLiteral("applied")).toInt(), 0);
    EXPECT_EQ(refused->value(QStringLiteral("refused")).toArray().size(), 2);
    EXPECT_EQ(scalar(*admin,
                  "SELECT count(*) FROM traedesten.record WHERE id = $1 AND fields->>'own_words' = "
                  "'Mine egne hemmelige ord'",
                  { goal.toUtf8() }),
        1);
    EXPECT_EQ(pia->exec("SELECT traedesten.resolve_conflict(0, '1')").code(), ErrorCode::ServerRefused);
    auto colleagues = TeamDirectory::colleagues(*alice);
    ASSERT_TRUE(colleagues.ok());
    EXPECT_FALSE(std::any_of(colleagues->cbegin(), colleagues->cend(), [](const Colleague &c) {
        return c.role == QLatin1String("pia");
    })) << "a case is never given to the programme";
    EXPECT_GE(scalar(*alice,
                  "SELECT count(*) FROM traedesten.access_log WHERE case_id = $1 AND who = 'pia' AND action = 'pulled'",
                  { id }),
        1)
        << "the owner sees that the programme pulled the figures";
}

// TLS as a municipality sets it up: the server's certificate from the municipality's CA, checked against
// the host name (verify-full); another CA's or another name's certificate is refused as such; a support
// person may log in with a client certificate instead of a password.
class TeamServerTlsTest : public ::testing::Test
{
protected:
    // pg_virtualenv's cluster starts without TLS (Debian enables it only with its snake-oil certificate);
    // TLS can be switched on by a reload since PostgreSQL 10.
    static void SetUpTestSuite()
    {
        const QByteArray tls = QFile::encodeName(qEnvironmentVariable("TRAEDESTEN_TLS_DIR"));
        ASSERT_FALSE(tls.isEmpty());
        auto admin = connectAs();
        ASSERT_TRUE(admin);
        for (const QByteArray &setting :
            { "ssl_cert_file = '" + tls + "/server.crt'", "ssl_key_file = '" + tls + "/server.key'",
                "ssl_ca_file = '" + tls + "/ca.crt'", QByteArray("ssl = on") })
            ASSERT_TRUE(admin->execScript("ALTER SYSTEM SET " + setting).ok()) << setting.constData();
        ASSERT_TRUE(admin->exec("SELECT pg_reload_conf()").ok());
        for (int i = 0; i < 50 && scalar(*admin, "SELECT (current_setting('ssl') = 'on')::integer") != 1; ++i)
            QThread::msleep(100); // the reload is asynchronous
    }
};

TEST_F(TeamServerTlsTest, VerifyFullConnectsWithTheCaAndRefusesAnyOtherCertificate)
{
    const QString tls = qEnvironmentVariable("TRAEDESTEN_TLS_DIR");
    ASSERT_FALSE(tls.isEmpty());
    const QString ca = tls + QStringLiteral("/ca.crt");
    auto admin = PgConnection::connect(QStringLiteral("host=localhost sslrootcert=%1").arg(ca));
    ASSERT_TRUE(admin.ok()) << qPrintable(admin.ok() ? QString() : admin.error().detail);
    EXPECT_EQ(scalar(**admin, "SELECT ssl::integer FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), 1) << "encrypted";

    const auto code = [](const QString &info) {
        return PgConnection::connect(info).code();
    };
    EXPECT_EQ(code(QStringLiteral("host=localhost sslrootcert=%1/other-ca.crt").arg(tls)), ErrorCode::ServerCertificate)
        << "signed by a CA the client does not trust";
    EXPECT_EQ(code(QStringLiteral("host=db.other.example hostaddr=127.0.0.1 sslrootcert=%1").arg(ca)),
        ErrorCode::ServerCertificate)
        << "made out to another name";
    EXPECT_EQ(code(QStringLiteral("host=localhost port=1 sslrootcert=%1").arg(ca)), ErrorCode::ServerUnreachable);
}

TEST_F(TeamServerTlsTest, ASupportPersonCanLogInWithAClientCertificate)
{
    const QString tls = qEnvironmentVariable("TRAEDESTEN_TLS_DIR");
    auto admin = PgConnection::connect(QStringLiteral("host=localhost sslrootcert=%1/ca.crt").arg(tls));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE(ServerSchema::init(**admin).ok());
    ASSERT_TRUE(ServerSchema::addUser(**admin, QStringLiteral("erik"), QStringLiteral("pw-erik")).ok());
    // erik logs in by certificate only: a line of pg_hba.conf before the password lines, then a reload.
    auto hbaFile = (*admin)->exec("SHOW hba_file");
    ASSERT_TRUE(hbaFile.ok());
    QFile hba(hbaFile->text(0, 0));
    ASSERT_TRUE(hba.open(QIODevice::ReadOnly));
    const QByteArray rules = hba.readAll();
    hba.close();
    ASSERT_TRUE(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
    hba.write("hostssl all erik all cert\n" + rules);
    hba.close();
    ASSERT_TRUE((*admin)->exec("SELECT pg_reload_conf()").ok());

    const QString base = QStringLiteral("host=localhost user=erik sslrootcert=%1/ca.crt").arg(tls);
    auto erik = PgConnection::connect(base + QStringLiteral(" sslcert=%1/erik.crt sslkey=%1/erik.key").arg(tls));
    ASSERT_TRUE(erik.ok()) << qPrintable(erik.ok() ? QString() : erik.error().detail);
    EXPECT_EQ((*erik)->user(), QStringLiteral("erik"));
    EXPECT_EQ(
        scalar(**erik, "SELECT (client_dn LIKE '%CN=erik%')::integer FROM pg_stat_ssl WHERE pid = pg_backend_pid()"), 1)
        << "logged in by the certificate made out to erik";
    EXPECT_EQ(PgConnection::connect(base + QStringLiteral(" password=pw-erik")).code(), ErrorCode::ServerRefused)
        << "the password is not enough where a certificate is asked for";
}

namespace {

/// Runs openssl; false (and why, on stderr) when it fails.
bool openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "openssl %s: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// A throwaway CA, a second one nobody trusts, the server's certificate (localhost, 127.0.0.1) and erik's.
bool makeCertificates(const QString &dir)
{
    const auto key = [&](const char *name) {
        return openssl(dir,
            { QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-out"),
                QString::fromLatin1(name) + QStringLiteral(".key") });
    };
    const auto selfSigned = [&](const char *name, const char *subject) {
        return key(name)
            && openssl(dir,
                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                    QString::fromLatin1(name) + QStringLiteral(".key"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QString::fromLatin1(subject), QStringLiteral("-out"),
                    QString::fromLatin1(name) + QStringLiteral(".crt") });
    };
    const auto signedBy = [&](const char *name, const char *subject, const char *extensions) {
        QFile ext(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".ext"));
        if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions) < 0)
            return false;
        ext.close();
        return key(name)
            && openssl(dir,
                { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                    QString::fromLatin1(name) + QStringLiteral(".key"), QStringLiteral("-subj"),
                    QString::fromLatin1(subject), QStringLiteral("-out"),
                    QString::fromLatin1(name) + QStringLiteral(".csr") })
            && openssl(dir,
                { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QString::fromLatin1(name) + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    QString::fromLatin1(name) + QStringLiteral(".ext"), QStringLiteral("-out"),
                    QString::fromLatin1(name) + QStringLiteral(".crt") });
    };
    const bool made = selfSigned("ca", "/CN=Traedesten test CA") && selfSigned("other-ca", "/CN=Somebody else")
        && signedBy("server", "/CN=localhost", "subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        && signedBy("erik", "/CN=erik", "extendedKeyUsage=clientAuth\n");
    // Private keys readable by their owner only, as both PostgreSQL and libpq insist.
    for (const char *name : { "ca", "other-ca", "server", "erik" })
        QFile::setPermissions(dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".key"),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return made;
}

} // namespace

int main(int argc, char **argv)
{
    // Never against a server of the developer's: always a throwaway cluster of our own, and a throwaway CA
    // for its TLS (TeamServerTlsTest). The server runs as postgres and must be able to read its key.
    if (qgetenv("TRAEDESTEN_IN_PG_VIRTUALENV") != "1") {
        QCoreApplication app(argc, argv);
        QTemporaryDir tls; // kept: the child removes it when the tests end
        if (!tls.isValid())
            return 1;
        tls.setAutoRemove(false);
        const QString dir = tls.path();
        QFile::setPermissions(dir,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
        if (!makeCertificates(dir))
            return 1;
        if (const passwd *postgres = getpwnam("postgres"))
            (void)chown(
                QFile::encodeName(dir + QStringLiteral("/server.key")).constData(), postgres->pw_uid, postgres->pw_gid);
        setenv("TRAEDESTEN_TLS_DIR", QFile::encodeName(dir).constData(), 1);
        (void)TestKit::insidePgVirtualenv(argc, argv); // replaces this process
        return 1; // reached only when pg_virtualenv could not be started
    }
    // Widgets too (Settings ▸ Team server), on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int failed = RUN_ALL_TESTS();
    QDir(qEnvironmentVariable("TRAEDESTEN_TLS_DIR")).removeRecursively(); // the server has read what it needs
    return failed;
}
