// What each budget has used, kept by the schema's triggers (budget_use, budget_category_use), against the
// view ledger_use that holds the one rule for money used: after random inserts, updates, voids, deletes,
// undo, a rolled-back write and a citizen's removal, and after migrating the old fixtures, the kept sums are
// exactly what summing the view gives.
#include "MigrationFixtures.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

QStringList rows(Database &db, const char *sql)
{
    QStringList out;
    Statement s = db.prepare(sql);
    while (s.next())
        out << QStringLiteral("%1|%2|%3|%4").arg(s.text(0), s.text(1), s.text(2), s.text(3));
    return out;
}

/// What the triggers kept, as lines "budget|category|used|entries".
QStringList keptByBudget(Database &db)
{
    return rows(db, "SELECT budget_id, '', used_minor, entries FROM budget_use ORDER BY budget_id");
}

QStringList keptByCategory(Database &db)
{
    return rows(db,
        "SELECT budget_id, category_id, used_minor, entries FROM budget_category_use ORDER BY budget_id, category_id");
}

/// The same, summed from the view ledger_use.
QStringList viewByBudget(Database &db)
{
    return rows(
        db, "SELECT budget_id, '', SUM(used_minor), COUNT(*) FROM ledger_use GROUP BY budget_id ORDER BY budget_id");
}

QStringList viewByCategory(Database &db)
{
    return rows(db, R"sql(
        SELECT budget_id, COALESCE(category_id, '') AS c, SUM(used_minor), COUNT(*) FROM ledger_use
        WHERE kind IN ('purchase', 'refund') GROUP BY budget_id, c ORDER BY budget_id, c
    )sql");
}

/// Empty when the kept sums are the view's; otherwise both, for the failure message.
void expectAgree(Database &db, const char *when)
{
    SCOPED_TRACE(when);
    EXPECT_EQ(keptByBudget(db), viewByBudget(db));
    EXPECT_EQ(keptByCategory(db), viewByCategory(db));
}

class BudgetUseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("forbrug-hyldebær-41"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        for (int i = 0; i < 3; ++i) {
            Citizen c;
            c.name = QStringLiteral("Borger %1").arg(i);
            c.startDate = QDate(2026, 1, 1);
            m_citizens << m_caseload->citizens().create(c)->id;
            Goal g;
            g.citizenId = m_citizens.last();
            g.ownWords = QStringLiteral("Et mål");
            const Goal goal = *m_caseload->goals().createGoal(g);
            m_stones << m_caseload->goals()
                            .createStone(SteppingStone { {}, goal.id, QStringLiteral("Trin"), 0, {}, {}, {}, {} })
                            ->id;
            Budget b;
            b.citizenId = m_citizens.last();
            b.capMinor = 1'000'000'00; // room for any random ledger
            b.periodStart = QDate(2026, 1, 1);
            b.months = 12;
            m_budgets << m_caseload->budgets().createBudget(b)->id;
        }
    }

    Database &db() { return *m_file->database(); }

    LedgerEntry entry(int budget, EntryKind kind, qint64 minor, const char *category = "transport")
    {
        LedgerEntry e;
        e.budgetId = m_budgets.at(budget);
        e.kind = kind;
        e.state = EntryState::Paid;
        e.date = QDate(2026, 3, 1);
        e.amountMinor = minor;
        e.stoneId = kind == EntryKind::Purchase ? m_stones.at(budget) : QString();
        e.categoryId = QString::fromLatin1(category);
        e.description = QStringLiteral("Indkøb");
        return e;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    QStringList m_citizens;
    QStringList m_stones;
    QStringList m_budgets;
};

} // namespace

TEST_F(BudgetUseTest, TheTablesAreDerivedDataNotRecordKinds)
{
    EXPECT_EQ(Schema::derivedTables(), (QByteArrayList { "budget_category_use", "budget_use", "citizen_summary" }));
    for (const QByteArray &table : Schema::derivedTables()) {
        Statement s = db().prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
        s.bind(1, QString::fromLatin1(table));
        ASSERT_TRUE(s.next());
        EXPECT_EQ(s.int64(0), 1) << table.constData();
    }
    // A budget without entries has no row; its first entry makes one.
    EXPECT_TRUE(keptByBudget(db()).isEmpty());
    ASSERT_TRUE(m_caseload->budgets().createEntry(entry(0, EntryKind::Purchase, 250'00)).ok());
    EXPECT_EQ(keptByBudget(db()), QStringList { m_budgets.at(0) + QStringLiteral("||25000|1") });
    EXPECT_EQ(keptByCategory(db()), QStringList { m_budgets.at(0) + QStringLiteral("|transport|25000|1") });
}

// Through the repository, as the program writes: create, correct, void, undo a void (putEntry of the old
// entry), withdraw (undo a creation), refunds and adjustments, and a citizen removed with their budget.
TEST_F(BudgetUseTest, AgreesWithTheViewThroughTheRepository)
{
    BudgetRepository &budgets = m_caseload->budgets();
    auto reserved = entry(0, EntryKind::Purchase, 400'00);
    reserved.state = EntryState::Reserved;
    const LedgerEntry a = *budgets.createEntry(reserved);
    const LedgerEntry b = *budgets.createEntry(entry(0, EntryKind::Refund, 50'00, "health"));
    const LedgerEntry c = *budgets.createEntry(entry(0, EntryKind::Adjustment, 75'00, ""));
    const LedgerEntry d = *budgets.createEntry(entry(1, EntryKind::Purchase, 123'45, ""));
    expectAgree(db(), "created");

    LedgerEntry paid = a;
    paid.state = EntryState::Paid;
    paid.amountMinor = 410'00;
    paid.categoryId = QStringLiteral("clothing");
    ASSERT_TRUE(budgets.updateEntry(paid).ok());
    expectAgree(db(), "reserved to paid, amount and category changed");

    const LedgerEntry voided = *budgets.voidEntry(b.id, QStringLiteral("Fejl"));
    expectAgree(db(), "refund voided");
    ASSERT_TRUE(budgets.putEntry(b).ok()); // undo the void
    expectAgree(db(), "void undone");
    ASSERT_TRUE(budgets.putEntry(voided).ok()); // redo
    ASSERT_TRUE(budgets.voidEntry(c.id, QStringLiteral("Fejl")).ok());
    expectAgree(db(), "adjustment voided");

    ASSERT_TRUE(budgets.withdrawEntry(d.id).ok()); // undo its creation
    expectAgree(db(), "entry withdrawn");
    EXPECT_EQ(keptByBudget(db()).size(), 1) << "budget 1 has no entries left: no row";

    ASSERT_TRUE(budgets.createEntry(entry(2, EntryKind::Purchase, 99'00)).ok());
    ASSERT_TRUE(m_caseload->citizens().remove(m_citizens.at(2)).ok()); // the budget and ledger follow
    expectAgree(db(), "citizen removed");
    for (const QString &line : keptByBudget(db()) + keptByCategory(db()))
        EXPECT_FALSE(line.startsWith(m_budgets.at(2)));
}

// Straight SQL, every column the rule or the grouping reads changed at random: kind, state, amount, category,
// budget, id; deletes; a write rolled back half-way.
TEST_F(BudgetUseTest, AgreesWithTheViewAfterRandomWrites)
{
    QRandomGenerator random(1307);
    const char *const kinds[] = { "purchase", "refund", "adjustment" };
    const char *const states[] = { "reserved", "paid", "voided" };
    const char *const categories[] = { "transport", "health", "clothing", nullptr };
    db().execute("PRAGMA synchronous = OFF"); // 1,500 small writes, each its own transaction: no fsync each
    QStringList ids;
    int serial = 0;
    const auto pick = [&](const auto &array) {
        return array[random.bounded(int(std::size(array)))];
    };
    const auto setCategory = [&](Statement &s, int index) {
        if (const char *category = pick(categories))
            s.bind(index, QString::fromLatin1(category));
        else
            s.bindNull(index);
    };

    for (int step = 0; step < 1500; ++step) {
        const int op = ids.size() < 5 ? 0 : random.bounded(8);
        const int budget = random.bounded(int(m_budgets.size()));
        if (op <= 2) { // insert (voided now and then)
            const QString id = QStringLiteral("e%1").arg(++serial);
            Statement s = db().prepare(R"sql(
                INSERT INTO ledger_entry (id, budget_id, kind, state, date, amount_minor, category_id, stone_id,
                                          created_at, updated_at)
                VALUES (?1, ?2, ?3, ?4, '2026-04-01', ?5, ?6, ?7, 't', 't')
            )sql");
            s.bind(1, id).bind(2, m_budgets.at(budget)).bind(3, QString::fromLatin1(pick(kinds)));
            s.bind(4, QString::fromLatin1(pick(states))).bind(5, qint64(random.bounded(1, 100'000)));
            setCategory(s, 6);
            s.bind(7, m_stones.at(budget)); // a stone on every entry satisfies the purchase rule
            s.run();
            ids << id;
            continue;
        }
        const QString id = ids.at(random.bounded(int(ids.size())));
        switch (op) {
        case 3: { // kind, state and amount at once
            Statement s
                = db().prepare("UPDATE ledger_entry SET kind = ?2, state = ?3, amount_minor = ?4 WHERE id = ?1");
            s.bind(1, id).bind(2, QString::fromLatin1(pick(kinds))).bind(3, QString::fromLatin1(pick(states)));
            s.bind(4, qint64(random.bounded(1, 100'000))).run();
            break;
        }
        case 4: { // category, or the entry moved to another budget
            if (random.bounded(2)) {
                Statement s = db().prepare("UPDATE ledger_entry SET category_id = ?2 WHERE id = ?1");
                s.bind(1, id);
                setCategory(s, 2);
                s.run();
            } else {
                Statement s = db().prepare("UPDATE ledger_entry SET budget_id = ?2, stone_id = ?3 WHERE id = ?1");
                s.bind(1, id).bind(2, m_budgets.at(budget)).bind(3, m_stones.at(budget)).run();
            }
            break;
        }
        case 5: { // a column the sums do not read, and a new id
            Statement s = db().prepare("UPDATE ledger_entry SET payee = 'Butikken', id = ?2 WHERE id = ?1");
            const QString renamed = QStringLiteral("e%1").arg(++serial);
            s.bind(1, id).bind(2, renamed).run();
            ids.replace(ids.indexOf(id), renamed);
            break;
        }
        case 6: { // delete
            Statement s = db().prepare("DELETE FROM ledger_entry WHERE id = ?1");
            s.bind(1, id).run();
            ids.removeOne(id);
            break;
        }
        default: { // a write that fails half-way is rolled back, sums included
            const Status s = m_file->write([&](Database &d) {
                Statement u = d.prepare("UPDATE ledger_entry SET amount_minor = amount_minor + 1000 WHERE id = ?1");
                u.bind(1, id).run();
                d.execute("DELETE FROM ledger_entry WHERE rowid IN (SELECT rowid FROM ledger_entry LIMIT 3)");
                d.execute("INSERT INTO no_such_table VALUES (1)"); // throws
            });
            EXPECT_FALSE(s.ok());
            break;
        }
        }
        if (step % 100 == 99)
            expectAgree(db(), "during the random writes");
        if (HasFailure())
            return;
    }
    expectAgree(db(), "after the random writes");
    EXPECT_GE(keptByBudget(db()).size(), 2);
    EXPECT_GE(keptByCategory(db()).size(), 6);

    // Many rows at once, as a statement over the whole ledger.
    db().execute("UPDATE ledger_entry SET state = 'voided' WHERE amount_minor % 3 = 0");
    db().execute("UPDATE ledger_entry SET kind = 'refund' WHERE amount_minor % 5 = 0");
    expectAgree(db(), "after whole-ledger updates");
    db().execute("DELETE FROM budget WHERE id IN (SELECT budget_id FROM ledger_entry LIMIT 1)");
    expectAgree(db(), "after a budget was deleted with its entries");
    db().execute("DELETE FROM ledger_entry");
    EXPECT_TRUE(keptByBudget(db()).isEmpty());
    EXPECT_TRUE(keptByCategory(db()).isEmpty());
}

// An old file is migrated with the sums of its ledger (the fixtures from version 3 on have budgets, refunds
// and a voided entry), and the triggers keep them from then on.
TEST(BudgetUseMigration, AnOldFileIsMigratedWithItsLedgersSums)
{
    namespace Fixtures = TestKit::MigrationFixtures;
    for (int version : Fixtures::versions()) {
        if (version < 3 || version >= 7)
            continue;
        SCOPED_TRACE(version);
        TestKit::TempFolder dir;
        const QString path = dir.caseFile("old");
        auto file = Fixtures::openCopy(version, QStringLiteral(TRAEDESTEN_TEST_DATA_DIR), path);
        ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
        ASSERT_EQ((*file)->schemaVersion().value(), Schema::currentVersion());
        Database &db = *(*file)->database();
        EXPECT_GE(keptByBudget(db).size(), 1);
        EXPECT_GE(keptByCategory(db).size(), 1);
        expectAgree(db, "migrated");
        db.execute("UPDATE ledger_entry SET state = 'voided'");
        expectAgree(db, "everything voided after migrating");
        EXPECT_TRUE(keptByBudget(db).isEmpty());
    }
}
