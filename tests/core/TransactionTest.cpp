// Transactions nest (a savepoint inside an open transaction) and roll back on any exception, so a use
// case made of smaller ones is all or nothing and nothing is ever left open.
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Database.h"

#include <gtest/gtest.h>
#include <stdexcept>

using namespace Traedesten;
using namespace Traedesten::Storage;
using Traedesten::Storage::EntityType;

namespace {

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("transaktion-som-helhed-7"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        db().execute("CREATE TEMP TABLE scratch (v TEXT NOT NULL)");
    }

    Database &db() { return *m_file->database(); }

    void insert(const char *value)
    {
        Statement s = db().prepare("INSERT INTO scratch (v) VALUES (?1)");
        s.bind(1, QString::fromLatin1(value));
        s.run();
    }

    QStringList values()
    {
        QStringList out;
        Statement s = db().prepare("SELECT v FROM scratch ORDER BY rowid");
        while (s.next())
            out << s.text(0);
        return out;
    }

    /// A statement SQLite refuses: a NULL where NOT NULL is required.
    void fail() { db().prepare("INSERT INTO scratch (v) VALUES (NULL)").run(); }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
};

} // namespace

TEST_F(TransactionTest, AFailingInnerTransactionUndoesOnlyItsOwnWork)
{
    Status inner;
    const Status outer = db().transaction([&] {
        insert("before");
        EXPECT_EQ(db().transactionDepth(), 1);
        inner = db().transaction([&] {
            EXPECT_EQ(db().transactionDepth(), 2);
            insert("inner");
            fail();
        });
        insert("after");
    });
    EXPECT_TRUE(outer.ok());
    EXPECT_FALSE(inner.ok());
    EXPECT_EQ(values(), QStringList({ QStringLiteral("before"), QStringLiteral("after") }));
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(TransactionTest, ASucceedingInnerTransactionIsUndoneWithItsOuterOne)
{
    Status inner;
    const Status outer = db().transaction([&] {
        insert("before");
        inner = db().transaction([&] { insert("inner"); });
        fail();
    });
    EXPECT_TRUE(inner.ok());
    EXPECT_FALSE(outer.ok());
    EXPECT_EQ(values(), QStringList()) << "all or nothing";
    EXPECT_EQ(db().transactionDepth(), 0);
}

TEST_F(TransactionTest, AnyExceptionRollsBackAndLeavesNothingOpen)
{
    const Status s = db().transaction([&] {
        insert("half");
        throw std::runtime_error("not a database error");
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Internal);
    EXPECT_EQ(values(), QStringList());
    // No BEGIN left open: the next transaction starts and commits.
    EXPECT_TRUE(db().transaction([&] { insert("next"); }).ok());
    EXPECT_EQ(values(), QStringList({ QStringLiteral("next") }));

    // An exception that is not a std::exception is rolled back too, and goes on to the caller.
    EXPECT_THROW(db().transaction([&] {
        insert("odd");
        throw 42;
    }),
        int);
    EXPECT_EQ(values(), QStringList({ QStringLiteral("next") }));
    EXPECT_EQ(db().transactionDepth(), 0);
    EXPECT_TRUE(db().transaction([&] { insert("again"); }).ok());
}

TEST_F(TransactionTest, AnExceptionInANestedTransactionIsItsOwnRefusal)
{
    Status inner;
    const Status outer = db().transaction([&] {
        insert("kept");
        inner = db().transaction([&] {
            insert("dropped");
            throw std::logic_error("a rule in the inner step");
        });
    });
    EXPECT_TRUE(outer.ok());
    ASSERT_FALSE(inner.ok());
    EXPECT_EQ(inner.error().code, ErrorCode::Internal);
    EXPECT_EQ(values(), QStringList({ QStringLiteral("kept") }));
}

namespace {

/// Counts the notifications that reach the models.
struct Heard
{
    explicit Heard(ChangeNotifier &notifier)
    {
        QObject::connect(&notifier, &ChangeNotifier::changed, &notifier,
            [this](EntityType, const QString &id, const QString &) { ids << id; });
    }
    QStringList ids;
};

} // namespace

TEST_F(TransactionTest, SeveralOperationsAsOneAreKeptTogetherAndAnnouncedAfterTheCommit)
{
    Caseload caseload(*m_file);
    Heard heard(caseload.notifier());
    QStringList heardInside;
    Domain::Household made;
    const Status s = caseload.inOneTransaction([&]() -> Status {
        auto household
            = caseload.households().create(Domain::Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} });
        if (!household)
            return household.error();
        made = *household;
        Domain::Citizen c;
        c.name = QStringLiteral("Lise Holm");
        c.householdId = made.id;
        if (auto citizen = caseload.citizens().create(c); !citizen)
            return citizen.error();
        heardInside = heard.ids;
        return {};
    });
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(heardInside.isEmpty()) << "nothing is announced before the commit";
    EXPECT_EQ(heard.ids.size(), 2);
    EXPECT_TRUE(heard.ids.contains(made.id));
    EXPECT_EQ(caseload.households().all().value().size(), 1);
}

TEST_F(TransactionTest, ARefusalInsideUndoesTheOperationsBeforeItAndIsNeverAnnounced)
{
    Caseload caseload(*m_file);
    Heard heard(caseload.notifier());
    const Status s = caseload.inOneTransaction([&]() -> Status {
        if (auto household
            = caseload.households().create(Domain::Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} });
            !household)
            return household.error();
        Domain::Citizen nameless; // refused: a citizen needs a name
        if (auto citizen = caseload.citizens().create(nameless); !citizen)
            return citizen.error();
        return {};
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::InvalidInput) << "the refusal itself, not a rollback's";
    EXPECT_TRUE(caseload.households().all().value().isEmpty()) << "the household went with the refusal";
    EXPECT_TRUE(heard.ids.isEmpty()) << "what never happened is not announced";
}
