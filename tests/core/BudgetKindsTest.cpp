// The record kinds of personal budgets: every column of budget, ledger entry, receipt and spending category
// is written and read back by its mapping, and the registry finds a citizen's budget records.
#include "storage/BudgetKinds.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/RecordRegistry.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

QDateTime at(int day, int ms)
{
    return QDateTime(QDate(2026, 2, day), QTime(9, 30, 15, ms), Qt::UTC);
}

class BudgetKindsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("kinds-hyldebær-42"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_citizen = citizen("Asta Prøvesen");
        Goal g;
        g.citizenId = m_citizen.id;
        g.ownWords = QStringLiteral("Jeg vil have en cykel");
        const Goal goal = *m_caseload->goals().createGoal(g);
        m_stone = *m_caseload->goals().createStone(
            SteppingStone { {}, goal.id, QStringLiteral("Cykelhandler"), 0, {}, {}, {}, {} });
    }

    Citizen citizen(const char *name)
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        c.startDate = QDate(2026, 1, 1);
        return *m_caseload->citizens().create(c);
    }

    /// Every field away from its default (a closed budget in pounds over 15 months).
    Budget fullBudget(const QString &citizenId) const
    {
        return Budget { QStringLiteral("budget-1"), citizenId, 12'345'67, Currency::GBP, QDate(2026, 1, 15), 15,
            BudgetStatus::Closed, at(1, 123), at(2, 456) };
    }

    Budget activeBudget()
    {
        Budget b;
        b.citizenId = m_citizen.id;
        b.capMinor = 50'000'00;
        b.periodStart = QDate(2026, 1, 1);
        return *m_caseload->budgets().createBudget(b);
    }

    /// Every field away from its default: a voided refund with a reason, on a stone and a category.
    LedgerEntry fullEntry(const QString &budgetId) const
    {
        return LedgerEntry { QStringLiteral("entry-1"), budgetId, EntryKind::Refund, EntryState::Voided,
            QDate(2026, 3, 4), 1'234'56, QStringLiteral("Cykelhandleren"), QStringLiteral("Returneret lygte"),
            QStringLiteral("transport"), m_stone.id, QStringLiteral("Asta"), true, QStringLiteral("Tastefejl"),
            at(3, 1), at(4, 2) };
    }

    BudgetRepository &budgets() { return m_caseload->budgets(); }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    Citizen m_citizen;
    SteppingStone m_stone;
};

} // namespace

TEST_F(BudgetKindsTest, BudgetWithEveryFieldSetReadsBackEqual)
{
    const Budget b = fullBudget(m_citizen.id);
    ASSERT_TRUE(budgets().putBudget(b).ok());
    EXPECT_EQ(budgets().budget(b.id).value(), b);
    EXPECT_EQ(budgets().budgetOf(m_citizen.id).value(), b);
    EXPECT_EQ(m_file->read([&](Database &db) { return Kinds::budget().find(db, b.id); }).value(), b);
}

TEST_F(BudgetKindsTest, LedgerEntryWithEveryFieldSetReadsBackEqual)
{
    const Budget b = activeBudget();
    const LedgerEntry e = fullEntry(b.id);
    ASSERT_TRUE(budgets().putEntry(e).ok());
    EXPECT_EQ(budgets().entry(e.id).value(), e);
    EXPECT_EQ(budgets().entries(b.id).value(), QList<LedgerEntry> { e });

    // An entry without a category stores NULL (a foreign key), and reads back as empty.
    LedgerEntry plain = fullEntry(b.id);
    plain.id = QStringLiteral("entry-2");
    plain.categoryId.clear();
    ASSERT_TRUE(budgets().putEntry(plain).ok());
    EXPECT_EQ(budgets().entry(plain.id).value(), plain);
    const auto isNull = m_file->read([&](Database &db) {
        Statement s = db.prepare("SELECT category_id IS NULL, stone_id IS NULL FROM ledger_entry WHERE id = ?1");
        s.bind(1, plain.id);
        return s.next() && s.int64(0) == 1 && s.int64(1) == 0;
    });
    EXPECT_TRUE(isNull.value());
}

TEST_F(BudgetKindsTest, ReceiptWithEveryFieldSetReadsBackEqualWithItsBytes)
{
    const Budget b = activeBudget();
    const LedgerEntry e = fullEntry(b.id);
    ASSERT_TRUE(budgets().putEntry(e).ok());
    const QByteArray bytes = QByteArray("%PDF-1.4\0\x01\x02\xff", 12).repeated(1000);
    const Attachment a { QStringLiteral("receipt-1"), e.id, QStringLiteral("kvittering.pdf"),
        QStringLiteral("application/pdf"), bytes.size(), at(5, 999) };
    ASSERT_TRUE(budgets().restoreAttachment(a, bytes).ok());
    EXPECT_EQ(budgets().attachments(e.id).value(), QList<Attachment> { a });
    EXPECT_EQ(budgets().attachmentBytes(a.id).value(), bytes);
    const AttachmentRecord stored
        = *m_file->read([&](Database &db) { return Kinds::attachment().find(db, a.id); }).value();
    EXPECT_EQ(stored, (AttachmentRecord { a, bytes }));

    // A receipt already there is not overwritten by a second put.
    const QString before = TestKit::dumpCaseload(*m_file->database());
    EXPECT_FALSE(budgets().restoreAttachment(a, QByteArray("other")).ok());
    EXPECT_EQ(TestKit::dumpCaseload(*m_file->database()), before);
}

TEST_F(BudgetKindsTest, SpendingCategoryWithEveryFieldSetReadsBackEqual)
{
    const SpendingCategory c { QStringLiteral("category-1"), QStringLiteral("bicycle"), QStringLiteral("Cykel"), 42,
        true, at(6, 7), at(7, 8) };
    ASSERT_TRUE(budgets().putCategory(c).ok());
    const auto all = budgets().categories().value();
    ASSERT_FALSE(all.isEmpty());
    EXPECT_EQ(all.last(), c) << "in position order, after the built-in ones";
    EXPECT_EQ(m_file->read([&](Database &db) { return Kinds::spendingCategory().find(db, c.id); }).value(), c);
}

TEST_F(BudgetKindsTest, RegistryFindsTheCitizensBudgetEntriesAndReceiptsOnly)
{
    const Budget b = activeBudget();
    const LedgerEntry e = fullEntry(b.id);
    ASSERT_TRUE(budgets().putEntry(e).ok());
    const QByteArray bytes("receipt bytes");
    auto receipt = budgets().addAttachment(e.id, QStringLiteral("bon.png"), QStringLiteral("image/png"), bytes);
    ASSERT_TRUE(receipt.ok());

    // Another citizen's budget is not this citizen's.
    const Citizen other = citizen("Bo Andersen");
    Budget theirs = fullBudget(other.id);
    theirs.id = QStringLiteral("budget-2");
    ASSERT_TRUE(budgets().putBudget(theirs).ok());

    const auto rows = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, m_citizen.id); });
    ASSERT_TRUE(rows.ok());
    QStringList found;
    for (const RecordRow &row : *rows) {
        if (row.kind->type == EntityType::Budget || row.kind->type == EntityType::LedgerEntry
            || row.kind->type == EntityType::Attachment || row.kind->type == EntityType::SpendingCategory)
            found.append(row.kind->auditName + QLatin1Char(':') + row.id);
        if (row.kind->type == EntityType::Attachment) {
            EXPECT_EQ(row.values.value(QStringLiteral("bytes")).toByteArray(), bytes)
                << "the receipt's bytes come along";
        }
    }
    // Parents first; the shared categories belong to no citizen.
    EXPECT_EQ(found,
        QStringList({ QStringLiteral("budget:") + b.id, QStringLiteral("ledger_entry:") + e.id,
            QStringLiteral("attachment:") + receipt->id }));

    for (const char *name : { "budget", "ledger_entry", "attachment", "spending_category" })
        EXPECT_NE(RecordRegistry::byAuditName(QString::fromLatin1(name)), nullptr) << name;
}

TEST_F(BudgetKindsTest, OneNotificationPerWriteWithTheCitizen)
{
    const Budget b = activeBudget();
    QSignalSpy spy(&m_caseload->notifier(), &ChangeNotifier::changed);
    ASSERT_TRUE(budgets().putEntry(fullEntry(b.id)).ok());
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.first().at(0).value<EntityType>(), EntityType::LedgerEntry);
    EXPECT_EQ(spy.first().at(2).toString(), m_citizen.id);
    spy.clear();
    // A refused write tells no one.
    EXPECT_FALSE(budgets().putEntry(fullEntry(QStringLiteral("no-such-budget"))).ok());
    EXPECT_EQ(spy.size(), 0);
}

TEST_F(BudgetKindsTest, FieldLimitsKeepTheirValues)
{
    const Budget b = activeBudget();
    LedgerEntry e = fullEntry(b.id);
    e.payee = QString(Validation::Limits::LedgerText, QLatin1Char('x'));
    EXPECT_TRUE(budgets().putEntry(e).ok());
    e.payee += QLatin1Char('x');
    const Status tooLong = budgets().putEntry(e);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().field, QStringLiteral("payee"));
    EXPECT_EQ(tooLong.error().issue, Issue::TooLong);
    EXPECT_EQ(Validation::Limits::LedgerText, 500);
    EXPECT_EQ(Validation::Limits::CategoryName, 100);
    EXPECT_EQ(Validation::Limits::FileName, 255);
    EXPECT_EQ(Validation::Limits::AttachmentBytes, 20 * 1024 * 1024);
    EXPECT_EQ(BudgetRepository::MaxAttachmentBytes, Validation::Limits::AttachmentBytes);
}
