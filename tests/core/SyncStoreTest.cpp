// The case file's side of synchronisation without a server: what is pushed, in which order, and how what the
// server sends is taken in (late older versions, records whose parent has not arrived, erasure).
#include "storage/SyncStore.h"

#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/Erasure.h"
#include "storage/PersonKinds.h"

#include <QJsonArray>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Storage;

namespace {

class SyncStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("sync-store-7"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        DemoCaseload::Options options;
        options.citizens = 4;
        ASSERT_TRUE(DemoCaseload::generate(*m_file, options).ok());
        // The file's first batch: every record, as new, with all its fields.
        auto first = SyncStore::outgoing(*m_file);
        ASSERT_TRUE(first.ok());
        m_first = *first;
    }

    /// The server's answer to the first batch: every record applied as version 1.
    void acceptFirstBatch()
    {
        QJsonArray records;
        for (const SyncChange &c : m_first.changes)
            records.append(QJsonObject { { QStringLiteral("kind"), c.kind }, { QStringLiteral("id"), c.id },
                { QStringLiteral("case_id"), c.caseId }, { QStringLiteral("version"), 1 },
                { QStringLiteral("fields"), c.fields }, { QStringLiteral("deleted"), false } });
        ASSERT_TRUE(SyncStore::pushed(*m_file, m_first, QJsonObject { { QStringLiteral("records"), records } }).ok());
    }

    SyncChange firstOf(const char *kind) const
    {
        for (const SyncChange &c : m_first.changes) {
            if (c.kind == QLatin1String(kind))
                return c;
        }
        return {};
    }

    QString valueOf(const char *sql, const QString &id)
    {
        return m_file
            ->read([&](Database &db) {
                Statement s = db.prepare(sql);
                s.bind(1, id);
                return s.next() ? s.text(0) : QStringLiteral("(none)");
            })
            .value();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    OutgoingBatch m_first;
};

} // namespace

TEST_F(SyncStoreTest, TheFirstBatchHoldsEveryRecordParentsFirst)
{
    ASSERT_FALSE(m_first.changes.isEmpty());
    QStringList seen;
    for (const SyncChange &c : m_first.changes) {
        EXPECT_EQ(c.version, 0) << "new to the server";
        EXPECT_FALSE(c.caseId.isEmpty()) << qPrintable(c.kind);
        if (c.kind == QLatin1String("stepping_stone")) {
            EXPECT_TRUE(seen.contains(QStringLiteral("goal:") + c.fields.value(QStringLiteral("goal_id")).toString()));
        }
        seen << c.kind + QLatin1Char(':') + c.id;
    }
    auto again = SyncStore::outgoing(*m_file);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->resent) << "unanswered, the same batch is sent again";
    EXPECT_EQ(again->batchId, m_first.batchId);
    EXPECT_EQ(again->changes.size(), m_first.changes.size());
}

TEST_F(SyncStoreTest, AnOlderVersionArrivingAfterANewerOneChangesNothingAndATombstoneStaysDead)
{
    acceptFirstBatch();
    // A goal that came from the server, of an existing citizen, with no stepping stones yet.
    SyncChange goal = firstOf("goal");
    goal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    goal.version = 1;
    ASSERT_EQ(SyncStore::applyPulled(*m_file, { goal }, {}).value(), 1);
    const auto version = [&](qint64 v, const char *words) {
        SyncChange c = goal;
        c.version = v;
        c.fields.insert(QStringLiteral("own_words"), QString::fromUtf8(words));
        return c;
    };
    const char *words = "SELECT own_words FROM goal WHERE id = ?1";
    ASSERT_TRUE(SyncStore::applyPulled(*m_file, { version(5, "Version fem") }, {}).ok());
    EXPECT_EQ(valueOf(words, goal.id), QStringLiteral("Version fem"));
    // The server orders by transaction start: version 4 can come after version 5.
    EXPECT_EQ(SyncStore::applyPulled(*m_file, { version(4, "Version fire") }, {}).value(), 0);
    EXPECT_EQ(valueOf(words, goal.id), QStringLiteral("Version fem"));
    SyncChange gone = goal;
    gone.version = 7;
    gone.deleted = true;
    gone.fields = {};
    EXPECT_EQ(SyncStore::applyPulled(*m_file, { gone }, {}).value(), 1);
    EXPECT_EQ(valueOf(words, goal.id), QStringLiteral("(none)"));
    EXPECT_EQ(SyncStore::applyPulled(*m_file, { version(6, "Version seks") }, {}).value(), 0);
    EXPECT_EQ(valueOf(words, goal.id), QStringLiteral("(none)")) << "not brought back to life";
}

TEST_F(SyncStoreTest, ARecordWhoseParentHasNotArrivedIsParkedAndTakenWhenItComes)
{
    acceptFirstBatch();
    SyncChange goal = firstOf("goal");
    SyncChange stone = firstOf("stepping_stone");
    ASSERT_FALSE(goal.id.isEmpty() || stone.id.isEmpty());
    goal.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    goal.version = 1;
    stone.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stone.version = 1;
    stone.fields.insert(QStringLiteral("goal_id"), goal.id);
    const char *title = "SELECT title FROM stepping_stone WHERE id = ?1";

    EXPECT_EQ(SyncStore::applyPulled(*m_file, { stone }, {}).value(), 0);
    EXPECT_EQ(valueOf(title, stone.id), QStringLiteral("(none)"));
    const QJsonArray parked = SyncStore::refusals(*m_file).value();
    ASSERT_EQ(parked.size(), 1);
    EXPECT_EQ(parked.at(0)[QStringLiteral("reason")].toString(), QStringLiteral("not_applied"));
    // Later pulls go on meanwhile; when the goal arrives, the stone is taken too.
    EXPECT_EQ(SyncStore::applyPulled(*m_file, { goal }, {}).value(), 2);
    EXPECT_EQ(valueOf(title, stone.id), stone.fields.value(QStringLiteral("title")).toString());
    EXPECT_TRUE(SyncStore::refusals(*m_file).value().isEmpty());
}

TEST_F(SyncStoreTest, ADeletedGoalSendsItsStonesTombstonesFirst)
{
    acceptFirstBatch();
    const SyncChange goal = firstOf("goal");
    const QString citizen = goal.fields.value(QStringLiteral("citizen_id")).toString();
    const int stones = m_file
                           ->read([&](Database &db) {
                               Statement s = db.prepare("SELECT count(*) FROM stepping_stone WHERE goal_id = ?1");
                               s.bind(1, goal.id);
                               s.next();
                               return int(s.int64(0));
                           })
                           .value();
    ASSERT_GT(stones, 0);
    // Its stones go by the foreign key's cascade, without events of their own (no purchase names them here).
    ASSERT_TRUE(m_file
                    ->write([&](Database &db) {
                        db.execute("DELETE FROM ledger_entry WHERE stone_id IN (SELECT id FROM stepping_stone)");
                        m_file->removeRecord(Kinds::goal(), goal.id, citizen);
                    })
                    .ok());
    auto batch = SyncStore::outgoing(*m_file);
    ASSERT_TRUE(batch.ok());
    QStringList order;
    for (const SyncChange &c : batch->changes) {
        if (c.deleted && (c.kind == QLatin1String("goal") || c.kind == QLatin1String("stepping_stone")))
            order << c.kind;
    }
    QStringList expected(stones, QStringLiteral("stepping_stone"));
    expected << QStringLiteral("goal");
    EXPECT_EQ(order, expected);
}

TEST_F(SyncStoreTest, AnErasureLeavesNoBaseOfTheCitizenAndSendsTheHouseholdsTombstones)
{
    acceptFirstBatch();
    const QString citizen = m_file
                                ->read([](Database &db) {
                                    Statement s = db.prepare("SELECT citizen_id FROM household_member "
                                                             "WHERE citizen_id IS NOT NULL LIMIT 1");
                                    return s.next() ? s.text(0) : QString();
                                })
                                .value();
    ASSERT_FALSE(citizen.isEmpty());
    ASSERT_TRUE(m_file
                    ->write([&](Database &db) {
                        Domain::Citizen c = *Kinds::citizen().find(db, citizen);
                        c.status = Domain::CitizenStatus::Closed;
                        c.endDate = QDate::currentDate();
                        m_file->putRecord(Kinds::citizen(), c, citizen);
                    })
                    .ok());
    ASSERT_TRUE(Erasure::erase(*m_file, citizen).ok());
    EXPECT_EQ(m_file
                  ->read([&](Database &db) {
                      Statement s = db.prepare("SELECT count(*) FROM sync_base WHERE case_id = ?1 OR fields LIKE ?2");
                      s.bind(1, citizen).bind(2, QLatin1Char('%') + citizen + QLatin1Char('%'));
                      s.next();
                      return s.int64(0);
                  })
                  .value(),
        0);
    auto batch = SyncStore::outgoing(*m_file);
    ASSERT_TRUE(batch.ok());
    EXPECT_EQ(batch->erasedCitizens, QStringList { citizen });
    bool memberTombstone = false;
    for (const SyncChange &c : batch->changes) {
        EXPECT_NE(c.caseId, citizen) << "the server erases the citizen's own records itself";
        memberTombstone = memberTombstone || (c.kind == QLatin1String("household_member") && c.deleted);
    }
    EXPECT_TRUE(memberTombstone) << "the household's copy of the membership goes too";
}
