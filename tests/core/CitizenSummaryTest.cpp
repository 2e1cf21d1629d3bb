// What the caseload list shows of each citizen's goals, stepping stones and journal, kept by the schema's
// triggers (citizen_summary), against the view citizen_summary_now that holds the rule: after random inserts,
// updates and deletes of goals, stones and notes (a stone moved to another citizen's goal, a goal given to
// another citizen), a rolled-back write, a citizen's removal and the demo caseload, and after migrating the old
// fixtures, the kept rows are exactly the view's.
#include "MigrationFixtures.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"
#include "storage/Schema.h"
#include "storage/SqliteError.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

QStringList rows(Database &db, const char *table)
{
    QStringList out;
    Statement s = db.prepare((QByteArray("SELECT citizen_id, quote(next_stone), stones_done, stones_total, "
                                         "quote(goal_words), quote(last_meeting) FROM ")
        + table + " ORDER BY citizen_id")
                                 .constData());
    while (s.next())
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5));
    return out;
}

void expectAgree(Database &db, const char *when)
{
    SCOPED_TRACE(when);
    EXPECT_EQ(rows(db, "citizen_summary"), rows(db, "citizen_summary_now"));
}

class CitizenSummaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("overblik-tranebær-58"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    Database &db() { return *m_file->database(); }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
};

} // namespace

TEST_F(CitizenSummaryTest, IsDerivedDataAndFollowsTheRepositories)
{
    EXPECT_TRUE(Schema::derivedTables().contains("citizen_summary"));
    Citizen c;
    c.name = QStringLiteral("Borger");
    const QString id = m_caseload->citizens().create(c)->id;
    EXPECT_EQ(rows(db(), "citizen_summary"), QStringList { id + QStringLiteral("|NULL|0|0|NULL|NULL") })
        << "a new citizen has a row at once";

    Goal g;
    g.citizenId = id;
    g.ownWords = QStringLiteral("Få et job");
    const Goal goal = *m_caseload->goals().createGoal(g);
    SteppingStone later { {}, goal.id, QStringLiteral("Søg tre job"), 0, QDate(2026, 9, 1), {}, {}, {} };
    SteppingStone sooner { {}, goal.id, QStringLiteral("Skriv CV"), 1, QDate(2026, 8, 1), {}, {}, {} };
    later = *m_caseload->goals().createStone(later);
    sooner = *m_caseload->goals().createStone(sooner);
    Note n;
    n.citizenId = id;
    n.date = QDate(2026, 7, 3);
    n.text = QStringLiteral("Møde");
    ASSERT_TRUE(m_caseload->notes().create(n).ok());
    const QStringList first = rows(db(), "citizen_summary");
    ASSERT_EQ(first.size(), 1);
    EXPECT_TRUE(first.first().startsWith(id + QStringLiteral("|'2026-08-01") + QChar(31))) << "the sooner stone";
    EXPECT_TRUE(first.first().contains(QChar(31) + QStringLiteral("Skriv CV'|0|2|'Få et job'|'2026-07-03'")))
        << qPrintable(first.first());

    sooner.status = StoneStatus::Done;
    ASSERT_TRUE(m_caseload->goals().updateStone(sooner).ok());
    const QStringList afterDone = rows(db(), "citizen_summary");
    ASSERT_EQ(afterDone.size(), 1);
    EXPECT_TRUE(afterDone.first().contains(QStringLiteral("Søg tre job"))) << qPrintable(afterDone.first());
    EXPECT_TRUE(afterDone.first().contains(QStringLiteral("|1|2|"))) << qPrintable(afterDone.first());
    expectAgree(db(), "after the repositories");

    ASSERT_TRUE(m_caseload->goals().removeGoal(goal.id).ok());
    expectAgree(db(), "after removing the goal");
    ASSERT_TRUE(m_caseload->citizens().remove(id).ok());
    EXPECT_TRUE(rows(db(), "citizen_summary").isEmpty());
}

TEST_F(CitizenSummaryTest, AgreesWithTheViewAfterRandomWrites)
{
    QRandomGenerator random(5813);
    db().execute("PRAGMA synchronous = OFF"); // many small writes, each its own transaction
    const char *const statuses[] = { "planned", "in_progress", "done", "dropped" };
    QStringList citizens, goals, stones, notes;
    int serial = 0;
    const auto any = [&](const QStringList &list) {
        return list.at(random.bounded(int(list.size())));
    };
    const auto date = [&] {
        return QDate(2026, 1, 1).addDays(random.bounded(400)).toString(Qt::ISODate);
    };
    for (int i = 0; i < 4; ++i) {
        const QString id = QStringLiteral("c%1").arg(i);
        Statement s = db().prepare("INSERT INTO citizen (id, name, status, created_at, updated_at) "
                                   "VALUES (?1, ?1, 'active', 't', 't')");
        s.bind(1, id).run();
        citizens << id;
    }
    for (int step = 0; step < 1200; ++step) {
        const int op = goals.isEmpty() ? 0 : random.bounded(12);
        const QString id = QStringLiteral("x%1").arg(++serial);
        if (op == 0) {
            Statement s = db().prepare("INSERT INTO goal (id, citizen_id, own_words, category, status, position, "
                                       "created_at, updated_at) VALUES (?1, ?2, ?3, 'work', 'active', ?4, 't', 't')");
            s.bind(1, id).bind(2, any(citizens)).bind(3, QStringLiteral("Mål ") + id).bind(4, random.bounded(5));
            s.run();
            goals << id;
        } else if (op <= 3) {
            Statement s = db().prepare("INSERT INTO stepping_stone (id, goal_id, title, position, due_date, status, "
                                       "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 't', 't')");
            s.bind(1, id).bind(2, any(goals)).bind(3, QStringLiteral("Trin ") + id).bind(4, random.bounded(6));
            if (random.bounded(4) == 0)
                s.bindNull(5);
            else
                s.bind(5, date());
            s.bind(6, QString::fromLatin1(statuses[random.bounded(4)])).run();
            stones << id;
        } else if (op == 4) {
            Statement s = db().prepare("INSERT INTO note (id, citizen_id, date, text, created_at, updated_at) VALUES "
                                       "(?1, ?2, ?3, 'n', 't', 't')");
            s.bind(1, id).bind(2, any(citizens)).bind(3, date()).run();
            notes << id;
        } else if (op == 5 && !stones.isEmpty()) { // status, due date, title or position
            Statement s = db().prepare("UPDATE stepping_stone SET status = ?2, due_date = ?3, title = ?4, "
                                       "position = ?5 WHERE id = ?1");
            s.bind(1, any(stones)).bind(2, QString::fromLatin1(statuses[random.bounded(4)])).bind(3, date());
            s.bind(4, QStringLiteral("Nyt ") + id).bind(5, random.bounded(6)).run();
        } else if (op == 6 && !stones.isEmpty()) { // moved to another goal, perhaps another citizen's
            Statement s = db().prepare("UPDATE stepping_stone SET goal_id = ?2 WHERE id = ?1");
            s.bind(1, any(stones)).bind(2, any(goals)).run();
        } else if (op == 7 && !stones.isEmpty()) {
            const QString gone = any(stones);
            Statement s = db().prepare("DELETE FROM stepping_stone WHERE id = ?1");
            s.bind(1, gone).run();
            stones.removeAll(gone);
        } else if (op == 8) { // own words, position or owner
            Statement s = db().prepare(
                "UPDATE goal SET own_words = ?2, position = ?3, citizen_id = COALESCE(?4, citizen_id) WHERE id = ?1");
            s.bind(1, any(goals)).bind(2, QStringLiteral("Ord ") + id).bind(3, random.bounded(5));
            if (random.bounded(3) == 0)
                s.bind(4, any(citizens));
            else
                s.bindNull(4);
            s.run();
        } else if (op == 9 && goals.size() > 3) { // with its stones
            const QString gone = any(goals);
            Statement s = db().prepare("DELETE FROM goal WHERE id = ?1");
            s.bind(1, gone).run();
            goals.removeAll(gone);
            stones.clear();
            Statement left = db().prepare("SELECT id FROM stepping_stone");
            while (left.next())
                stones << left.text(0);
        } else if (op == 10 && !notes.isEmpty()) {
            if (random.bounded(2)) {
                Statement s = db().prepare("UPDATE note SET date = ?2, citizen_id = ?3 WHERE id = ?1");
                s.bind(1, any(notes)).bind(2, date()).bind(3, any(citizens)).run();
            } else {
                const QString gone = any(notes);
                Statement s = db().prepare("DELETE FROM note WHERE id = ?1");
                s.bind(1, gone).run();
                notes.removeAll(gone);
            }
        } else if (op == 11) { // a write rolled back
            ASSERT_FALSE(m_file
                             ->write([&](Database &d) {
                                 d.execute("UPDATE stepping_stone SET status = 'done'");
                                 d.execute("DELETE FROM note");
                                 throw SqliteError(Error { ErrorCode::Internal, QStringLiteral("test") });
                             })
                             .ok());
        }
        if (step % 100 == 99)
            expectAgree(db(), "during random writes");
    }
    expectAgree(db(), "after random writes");
    EXPECT_GT(rows(db(), "citizen_summary").filter(QStringLiteral("Trin")).size()
            + rows(db(), "citizen_summary").filter(QStringLiteral("Nyt")).size(),
        0)
        << "some citizen has a next stone";
    Statement remove = db().prepare("DELETE FROM citizen WHERE id = 'c0'");
    remove.run();
    expectAgree(db(), "after a citizen's removal");
    EXPECT_EQ(rows(db(), "citizen_summary").size(), 3);
}

TEST_F(CitizenSummaryTest, AgreesWithTheViewForTheDemoCaseload)
{
    ASSERT_TRUE(DemoCaseload::generate(*m_file, { 40, 2026, QDate(2026, 6, 1) }).ok());
    EXPECT_EQ(rows(db(), "citizen_summary").size(), 40);
    expectAgree(db(), "demo caseload");
}

TEST(CitizenSummaryMigration, AnOldFileIsMigratedWithItsCitizensFigures)
{
    namespace Fixtures = TestKit::MigrationFixtures;
    for (int version : Fixtures::versions()) {
        SCOPED_TRACE(version);
        TestKit::TempFolder dir;
        const QString path = dir.caseFile("old");
        auto file = Fixtures::openCopy(version, QStringLiteral(TRAEDESTEN_TEST_DATA_DIR), path);
        ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
        ASSERT_EQ((*file)->schemaVersion().value(), Schema::currentVersion());
        Database &db = *(*file)->database();
        Statement citizens = db.prepare("SELECT count(*) FROM citizen");
        ASSERT_TRUE(citizens.next());
        EXPECT_EQ(rows(db, "citizen_summary").size(), citizens.int64(0));
        expectAgree(db, "migrated");
        db.execute("UPDATE stepping_stone SET status = 'done'");
        expectAgree(db, "every stone done after migrating");
    }
}
