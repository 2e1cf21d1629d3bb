// Personal budgets: the ledger's rules, totals and receipts against a real encrypted file.
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QRandomGenerator>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

class BudgetRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("budget-brombær-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
        m_citizen = makeCitizen(QStringLiteral("Maja Testesen"));
        Goal g;
        g.citizenId = m_citizen.id;
        g.ownWords = QStringLiteral("Jeg vil have et job");
        m_goal = *m_caseload->goals().createGoal(g);
        m_licence = *m_caseload->goals().createStone(stone(m_goal.id, "Kørekort"));
        m_dentist = *m_caseload->goals().createStone(stone(m_goal.id, "Tandlæge"));
        Goal other = g;
        other.ownWords = QStringLiteral("Jeg vil se min datter");
        m_goal2 = *m_caseload->goals().createGoal(other);
        m_clothes = *m_caseload->goals().createStone(stone(m_goal2.id, "Nyt tøj"));
        Budget b;
        b.citizenId = m_citizen.id;
        b.capMinor = 50'000'00;
        b.periodStart = QDate(2026, 1, 1);
        b.months = 12;
        m_budget = *m_caseload->budgets().createBudget(b);
    }

    Citizen makeCitizen(const QString &name)
    {
        Citizen c;
        c.name = name;
        c.startDate = QDate(2026, 1, 1);
        return *m_caseload->citizens().create(c);
    }

    static SteppingStone stone(const QString &goalId, const char *title)
    {
        return SteppingStone { {}, goalId, QString::fromUtf8(title), 0, {}, {}, {}, {} };
    }

    LedgerEntry purchase(qint64 minor, const SteppingStone &on, QDate date = QDate(2026, 3, 1))
    {
        LedgerEntry e;
        e.budgetId = m_budget.id;
        e.kind = EntryKind::Purchase;
        e.state = EntryState::Paid;
        e.date = date;
        e.amountMinor = minor;
        e.stoneId = on.id;
        e.description = QStringLiteral("Køretimer");
        e.payee = QStringLiteral("Køreskolen");
        e.categoryId = QStringLiteral("transport");
        e.decidedWithCitizen = true;
        return e;
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }
    qint64 audits() { return TestKit::auditCount(*m_file->database()); }
    BudgetRepository &budgets() { return m_caseload->budgets(); }

    /// The refusal must name the field and the issue, and change nothing.
    Error expectRefused(const std::function<Status()> &write, const QString &field, Issue issue)
    {
        const QString before = dump();
        const qint64 auditsBefore = audits();
        Status s = write();
        EXPECT_FALSE(s.ok()) << qPrintable(field);
        if (s.ok())
            return {};
        EXPECT_EQ(s.error().field, field);
        EXPECT_EQ(s.error().issue, issue) << qPrintable(field);
        EXPECT_EQ(dump(), before) << "refused " << qPrintable(field) << " changed the data";
        EXPECT_EQ(audits(), auditsBefore);
        return s.error();
    }
    Status add(const LedgerEntry &e)
    {
        auto r = budgets().createEntry(e);
        return r ? Status() : Status(r.error());
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
    Citizen m_citizen;
    Goal m_goal;
    Goal m_goal2;
    SteppingStone m_licence;
    SteppingStone m_dentist;
    SteppingStone m_clothes;
    Budget m_budget;
};

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

} // namespace

TEST_F(BudgetRepositoryTest, BudgetEntryCategoryAndReceiptRoundTripExactly)
{
    EXPECT_EQ(budgets().budgetOf(m_citizen.id).value(), m_budget);
    EXPECT_EQ(m_budget.periodEnd(), QDate(2026, 12, 31));
    auto e = budgets().createEntry(purchase(12'345'67, m_licence));
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(budgets().entry(e->id).value(), *e);
    EXPECT_EQ(budgets().entries(m_budget.id).value(), QList<LedgerEntry> { *e });

    const auto categories = budgets().categories().value();
    ASSERT_EQ(categories.size(), builtInCategoryCodes().size());
    EXPECT_EQ(categories.first().code, QStringLiteral("transport"));
    auto own = budgets().createCategory(SpendingCategory { {}, {}, QStringLiteral("Cykel"), 0, false, {}, {} });
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(budgets().categories()->last(), *own);

    // A receipt comes back byte for byte, whatever its bytes.
    QByteArray bytes(300'000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    auto receipt
        = budgets().addAttachment(e->id, QStringLiteral("kvittering.pdf"), QStringLiteral("application/pdf"), bytes);
    ASSERT_TRUE(receipt.ok());
    EXPECT_EQ(budgets().attachmentBytes(receipt->id).value(), bytes);
    EXPECT_EQ(budgets().attachments(e->id).value(), QList<Attachment> { *receipt });
    const QString withReceipt = dump();
    ASSERT_TRUE(budgets().removeAttachment(receipt->id).ok());
    ASSERT_TRUE(budgets().restoreAttachment(*receipt, bytes).ok());
    EXPECT_EQ(dump(), withReceipt);
}

TEST_F(BudgetRepositoryTest, EveryRuleRefusalNamesTheFiguresAndChangesNothing)
{
    ASSERT_TRUE(add(purchase(40'000'00, m_licence)).ok());
    // Over the cap: the refusal names the room left and the cap.
    const Error over = expectRefused(
        [&] { return add(purchase(10'000'01, m_dentist)); }, QStringLiteral("amount"), Issue::ExceedsCap);
    EXPECT_EQ(over.args, QVariantList({ qint64(10'000'00), qint64(50'000'00) }));
    EXPECT_TRUE(add(purchase(10'000'00, m_dentist)).ok()) << "exactly the remaining room is allowed";

    m_budget.capMinor = 60'000'00;
    ASSERT_TRUE(budgets().updateBudget(m_budget).ok());
    // Outside the period, on either side.
    const Error outside = expectRefused(
        [&] { return add(purchase(100, m_dentist, QDate(2027, 1, 1))); }, QStringLiteral("date"), Issue::OutsidePeriod);
    EXPECT_EQ(outside.args, QVariantList({ QDate(2026, 1, 1), QDate(2026, 12, 31) }));
    expectRefused([&] { return add(purchase(100, m_dentist, QDate(2025, 12, 31))); }, QStringLiteral("date"),
        Issue::OutsidePeriod);
    expectRefused([&] { return add(purchase(0, m_dentist)); }, QStringLiteral("amount"), Issue::NotPositive);
    expectRefused([&] { return add(purchase(-5, m_dentist)); }, QStringLiteral("amount"), Issue::NotPositive);
    LedgerEntry noStone = purchase(100, m_dentist);
    noStone.stoneId.clear();
    expectRefused([&] { return add(noStone); }, QStringLiteral("stoneId"), Issue::Required);
    // A stepping stone of another citizen.
    const Citizen other = makeCitizen(QStringLiteral("Bo"));
    auto otherGoal = m_caseload->goals().createGoal(Goal { {}, other.id, QStringLiteral("Mål"), {}, {}, 0, {}, {} });
    auto foreign = m_caseload->goals().createStone(stone(otherGoal->id, "Pas"));
    expectRefused([&] { return add(purchase(100, *foreign)); }, QStringLiteral("stoneId"), Issue::UnknownReference);
    LedgerEntry longText = purchase(100, m_dentist);
    longText.description = QString(501, QLatin1Char('x'));
    expectRefused([&] { return add(longText); }, QStringLiteral("description"), Issue::TooLong);

    // A cap below what is used, or a period that leaves entries outside.
    Budget smaller = m_budget;
    smaller.capMinor = 49'999'99;
    const Error cap = expectRefused(
        [&] {
            auto r = budgets().updateBudget(smaller);
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("cap"), Issue::ExceedsCap);
    EXPECT_EQ(cap.args, QVariantList({ qint64(50'000'00), qint64(49'999'99) })) << "what is used, and the new cap";
    Budget later = m_budget;
    later.periodStart = QDate(2026, 6, 1);
    expectRefused([&] { return budgets().putBudget(later); }, QStringLiteral("periodStart"), Issue::OutsidePeriod);

    // Voiding needs a reason; a voided entry cannot change again.
    const LedgerEntry first = budgets().entries(m_budget.id)->first();
    expectRefused(
        [&] {
            auto r = budgets().voidEntry(first.id, QStringLiteral("  "));
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("voidReason"), Issue::Required);
    ASSERT_TRUE(budgets().voidEntry(first.id, QStringLiteral("Dobbelt bogført")).ok());
    LedgerEntry changed = *budgets().entry(first.id);
    changed.amountMinor = 1;
    expectRefused(
        [&] {
            auto r = budgets().updateEntry(changed);
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("state"), Issue::AlreadyVoided);

    // A stepping stone with purchases cannot be deleted, nor its goal.
    expectRefused([&] { return m_caseload->goals().removeStone(m_dentist.id); }, QStringLiteral("id"), Issue::InUse);
    expectRefused(
        [&] {
            auto r = m_caseload->goals().removeGoal(m_goal.id);
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("id"), Issue::InUse);
    EXPECT_TRUE(m_caseload->goals().removeStone(m_clothes.id).ok()) << "a stone without purchases can go";
}

TEST_F(BudgetRepositoryTest, RefundsGiveRoomBackVoidsTooAndTotalsSplitByStoneGoalAndCategory)
{
    ASSERT_TRUE(add(purchase(30'000'00, m_licence)).ok());
    LedgerEntry dentist = purchase(15'000'00, m_dentist);
    dentist.categoryId = QStringLiteral("health");
    dentist.state = EntryState::Reserved;
    ASSERT_TRUE(add(dentist).ok());
    LedgerEntry clothes = purchase(5'000'00, m_clothes);
    clothes.categoryId = QStringLiteral("clothing");
    ASSERT_TRUE(add(clothes).ok());
    expectRefused([&] { return add(purchase(1, m_clothes)); }, QStringLiteral("amount"), Issue::ExceedsCap);

    LedgerEntry refund = purchase(2'000'00, m_licence);
    refund.kind = EntryKind::Refund;
    ASSERT_TRUE(add(refund).ok());
    EXPECT_TRUE(add(purchase(2'000'00, m_clothes)).ok()) << "the refund gave the room back";
    LedgerEntry tooBig = refund;
    tooBig.amountMinor = 60'000'00;
    expectRefused([&] { return add(tooBig); }, QStringLiteral("amount"), Issue::OutOfRange);

    const BudgetSummary sum = budgets().summary(m_budget.id).value();
    EXPECT_EQ(sum.paidMinor, 30'000'00 + 5'000'00 + 2'000'00);
    EXPECT_EQ(sum.reservedMinor, 15'000'00);
    EXPECT_EQ(sum.refundedMinor, 2'000'00);
    EXPECT_EQ(sum.usedMinor, 50'000'00);
    EXPECT_EQ(sum.remainingMinor, 0);
    EXPECT_EQ(sum.usedByStone.value(m_licence.id), 28'000'00);
    EXPECT_EQ(sum.usedByGoal.value(m_goal.id), 28'000'00 + 15'000'00);
    EXPECT_EQ(sum.usedByGoal.value(m_goal2.id), 7'000'00);
    EXPECT_EQ(sum.usedByCategory.value(QStringLiteral("health")), 15'000'00);
    EXPECT_EQ(sum.usedByCategory.value(QStringLiteral("transport")), 30'000'00 - 2'000'00 + 2'000'00)
        << "licence, its refund and the second purchase for clothes (left in transport)";

    // The dentist's entry, found by its stone: entries of one day made within a millisecond have no order
    // of their own (the ledger orders by date, time of entry, id).
    const QList<LedgerEntry> ledger = budgets().entries(m_budget.id).value();
    const auto dentistEntry
        = std::find_if(ledger.cbegin(), ledger.cend(), [&](const LedgerEntry &e) { return e.stoneId == m_dentist.id; });
    ASSERT_NE(dentistEntry, ledger.cend());
    const LedgerEntry reserved = *dentistEntry;
    ASSERT_EQ(reserved.state, EntryState::Reserved);
    ASSERT_TRUE(budgets().voidEntry(reserved.id, QStringLiteral("Tandlægen aflyste")).ok());
    EXPECT_EQ(budgets().summary(m_budget.id)->remainingMinor, 15'000'00) << "a voided entry no longer counts";
}

TEST_F(BudgetRepositoryTest, AThousandRandomLedgerOperationsKeepTheInvariants)
{
    QRandomGenerator random(20261123);
    const SteppingStone stones[] = { m_licence, m_dentist, m_clothes };
    const QStringList categories = builtInCategoryCodes();
    int refused = 0;
    for (int op = 0; op < 1000; ++op) {
        const auto entries = budgets().entries(m_budget.id).value();
        const int choice = random.bounded(10);
        if (choice < 6 || entries.isEmpty()) {
            LedgerEntry e = purchase(random.bounded(1, 800'000), stones[random.bounded(3)],
                QDate(2026, 1, 1).addDays(random.bounded(-5, 370)));
            e.kind = choice == 5 ? EntryKind::Refund : EntryKind::Purchase;
            e.state = random.bounded(2) ? EntryState::Paid : EntryState::Reserved;
            e.categoryId = categories.at(random.bounded(int(categories.size())));
            refused += add(e).ok() ? 0 : 1;
        } else if (choice < 8) {
            LedgerEntry e = entries.at(random.bounded(int(entries.size())));
            e.amountMinor = random.bounded(1, 1'500'000);
            e.state = EntryState::Paid;
            auto r = budgets().updateEntry(e);
            refused += r ? 0 : 1;
        } else {
            const LedgerEntry &e = entries.at(random.bounded(int(entries.size())));
            refused += budgets().voidEntry(e.id, QStringLiteral("Fejl")).ok() ? 0 : 1;
        }

        // Recompute from the entries themselves and compare with the database's summary.
        const auto now = budgets().entries(m_budget.id).value();
        qint64 paid = 0, reserved = 0, refunds = 0;
        QHash<QString, qint64> byGoal;
        for (const LedgerEntry &e : now) {
            if (e.state == EntryState::Voided)
                continue;
            if (e.kind == EntryKind::Refund)
                refunds += e.amountMinor;
            else if (e.state == EntryState::Paid)
                paid += e.amountMinor;
            else
                reserved += e.amountMinor;
            byGoal[e.stoneId == m_clothes.id ? m_goal2.id : m_goal.id] += e.usedMinor();
            ASSERT_TRUE(m_budget.contains(e.date)) << "entry outside the period at op " << op;
        }
        const BudgetSummary sum = budgets().summary(m_budget.id).value();
        ASSERT_EQ(sum.paidMinor, paid) << op;
        ASSERT_EQ(sum.reservedMinor, reserved) << op;
        ASSERT_EQ(sum.remainingMinor, m_budget.capMinor - reserved - paid + refunds) << op;
        ASSERT_GE(sum.remainingMinor, 0) << op;
        ASSERT_LE(sum.usedMinor, m_budget.capMinor) << op;
        qint64 goals = 0;
        for (auto it = sum.usedByGoal.cbegin(); it != sum.usedByGoal.cend(); ++it) {
            ASSERT_EQ(it.value(), byGoal.value(it.key())) << op << (it.key() == m_goal.id ? " goal 1" : " goal 2");
            goals += it.value();
        }
        ASSERT_EQ(goals, sum.usedMinor) << "totals per goal sum to the total, op " << op;
        qint64 cats = 0;
        for (qint64 v : sum.usedByCategory)
            cats += v;
        ASSERT_EQ(cats, sum.usedMinor) << op;
    }
    EXPECT_GT(refused, 50) << "the sequence must also hit the rules";
    EXPECT_GT(budgets().entries(m_budget.id)->size(), 300);
}

TEST_F(BudgetRepositoryTest, ReceiptsAboveTheLimitAreRefusedAndWithdrawingAnEntryTakesItsReceipts)
{
    auto e = budgets().createEntry(purchase(100'00, m_licence));
    ASSERT_TRUE(e.ok());
    const Error big = expectRefused(
        [&] {
            auto r = budgets().addAttachment(e->id, QStringLiteral("stor.jpg"), QStringLiteral("image/jpeg"),
                QByteArray(BudgetRepository::MaxAttachmentBytes + 1, 'x'));
            return r ? Status() : Status(r.error());
        },
        QStringLiteral("bytes"), Issue::TooLarge);
    EXPECT_EQ(big.args, QVariantList({ BudgetRepository::MaxAttachmentBytes }));
    const QString before = dump();
    ASSERT_TRUE(budgets().addAttachment(e->id, QStringLiteral("k.png"), QStringLiteral("image/png"), "png").ok());
    ASSERT_TRUE(budgets().withdrawEntry(e->id).ok());
    EXPECT_TRUE(budgets().entries(m_budget.id)->isEmpty());
    ASSERT_TRUE(budgets().putEntry(*e).ok());
    EXPECT_EQ(dump(), before) << "back as it was before the receipt";
    EXPECT_TRUE(budgets().attachments(e->id)->isEmpty()) << "the receipt went with the entry";
}

TEST_F(BudgetRepositoryTest, NoWayAroundTheCapPaidMoneyStaysAndAClosedBudgetTakesNoMore)
{
    ASSERT_TRUE(add(purchase(50'000'00, m_licence)).ok());
    // An adjustment cannot give room back: only a refund does.
    LedgerEntry adjustment = purchase(-20'000'00, m_licence);
    adjustment.kind = EntryKind::Adjustment;
    expectRefused([&] { return add(adjustment); }, QStringLiteral("amount"), Issue::NotPositive);

    // A paid entry keeps its money; voiding changes only the state and the reason.
    const LedgerEntry paid = budgets().entries(m_budget.id)->first();
    LedgerEntry cheaper = paid;
    cheaper.amountMinor = 500'00;
    expectRefused(
        [&] { return statusOf(budgets().updateEntry(cheaper)); }, QStringLiteral("amount"), Issue::AlreadyPaid);
    LedgerEntry renamed = paid;
    renamed.description = QStringLiteral("Køretimer, 20 lektioner");
    EXPECT_TRUE(budgets().updateEntry(renamed).ok()) << "words may change";
    LedgerEntry sneaky = *budgets().entry(paid.id);
    sneaky.state = EntryState::Voided;
    sneaky.voidReason = QStringLiteral("Fejl");
    sneaky.stoneId = m_dentist.id;
    expectRefused(
        [&] { return statusOf(budgets().updateEntry(sneaky)); }, QStringLiteral("state"), Issue::AlreadyVoided);

    // Closed: no new entries.
    m_budget = *budgets().budget(m_budget.id);
    m_budget.status = BudgetStatus::Closed;
    ASSERT_TRUE(budgets().updateBudget(m_budget).ok());
    LedgerEntry refund = purchase(100'00, m_licence);
    refund.kind = EntryKind::Refund;
    expectRefused([&] { return add(refund); }, QStringLiteral("budgetId"), Issue::BudgetClosed);
    // Nor may a budget move to another citizen.
    Budget moved = *budgets().budget(m_budget.id);
    moved.citizenId = makeCitizen(QStringLiteral("Bo")).id;
    expectRefused([&] { return budgets().putBudget(moved); }, QStringLiteral("citizenId"), Issue::InUse);
}
