#include "storage/DemoCaseload.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/CitizenRepository.h"
#include "storage/GoalRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/NoteRepository.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

std::unique_ptr<CaseFile> newFile(const TestKit::TempFolder &dir, const char *name)
{
    auto file = CaseFile::create(dir.caseFile(name), TestKit::passphrase("demo-demo-demo-17"), TestKit::fastKdf());
    return file ? std::move(file).value() : nullptr;
}

} // namespace

TEST(DemoCaseload, IsShapedLikeTheTrialsAndEveryRecordIsValid)
{
    TestKit::TempFolder dir;
    auto file = newFile(dir, "demo");
    ASSERT_TRUE(file);
    ASSERT_TRUE(DemoCaseload::generate(*file, { 30, 7, QDate(2026, 11, 1) }).ok());

    CitizenRepository citizens(*file);
    HouseholdRepository households(*file);
    GoalRepository goals(*file);
    NoteRepository notes(*file);
    const auto all = citizens.all().value();
    ASSERT_EQ(all.size(), 30);

    TargetGroups seen;
    QSet<QString> stoneTitles;
    int notesSeen = 0;
    for (const Citizen &c : all) {
        EXPECT_TRUE(Validation::validate(c).ok()) << qPrintable(c.name);
        seen |= c.targetGroups;
        const auto citizenGoals = goals.goalsOf(c.id).value();
        EXPECT_FALSE(citizenGoals.isEmpty()) << "every citizen has at least one long-term goal";
        for (const GoalWithStones &g : citizenGoals) {
            EXPECT_TRUE(Validation::validate(g.goal).ok());
            EXPECT_GE(g.stones.size(), 2);
            for (const SteppingStone &s : g.stones) {
                EXPECT_TRUE(Validation::validate(s).ok());
                stoneTitles.insert(s.title);
            }
        }
        for (const Note &n : notes.notesOf(c.id).value()) {
            EXPECT_TRUE(Validation::validate(n).ok());
            ++notesSeen;
        }
    }
    for (TargetGroup g : allTargetGroups())
        EXPECT_TRUE(seen.testFlag(g)) << qPrintable(targetGroupCode(g));
    for (const char *title : { "Kørekort", "Tandlæge", "Pas", "Depositum til lejlighed", "Kursus i dansk",
             "Telefon til MitID", "Nyt tøj før mødet med familien" })
        EXPECT_TRUE(stoneTitles.contains(QString::fromUtf8(title))) << title;
    EXPECT_GT(notesSeen, 0);

    int householdsWithChildren = 0;
    for (const Household &h : households.all().value()) {
        const auto members = households.members(h.id).value();
        bool child = false;
        for (const HouseholdMember &m : members) {
            EXPECT_TRUE(Validation::validate(m).ok());
            child |= m.role == MemberRole::Child;
        }
        householdsWithChildren += child ? 1 : 0;
    }
    EXPECT_GE(householdsWithChildren, 3);
}

TEST(DemoCaseload, SameSeedSameCaseloadAndCancelWritesNothing)
{
    TestKit::TempFolder dir;
    auto a = newFile(dir, "a");
    auto b = newFile(dir, "b");
    ASSERT_TRUE(DemoCaseload::generate(*a, { 40, 99, QDate(2026, 11, 1) }).ok());
    ASSERT_TRUE(DemoCaseload::generate(*b, { 40, 99, QDate(2026, 11, 1) }).ok());
    const auto rowsA = CitizenRepository(*a).caseload().value();
    const auto rowsB = CitizenRepository(*b).caseload().value();
    ASSERT_EQ(rowsA.size(), rowsB.size());
    for (qsizetype i = 0; i < rowsA.size(); ++i) {
        EXPECT_EQ(rowsA.at(i).name, rowsB.at(i).name);
        EXPECT_EQ(rowsA.at(i).goalWords, rowsB.at(i).goalWords);
        EXPECT_EQ(rowsA.at(i).nextStoneTitle, rowsB.at(i).nextStoneTitle);
    }

    auto c = newFile(dir, "c");
    const QString before = TestKit::dumpCaseload(*c->database());
    Status cancelled = DemoCaseload::generate(*c, { 500, 1, {} }, [](int done, int) { return done < 200; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_EQ(TestKit::dumpCaseload(*c->database()), before);
}

TEST(DemoCaseload, ScaleOptionsAddLedgerEntriesAndReceiptsAndLeaveTheCitizensAsTheyAre)
{
    TestKit::TempFolder dir;
    auto plain = newFile(dir, "plain");
    auto scaled = newFile(dir, "scaled");
    ASSERT_TRUE(plain && scaled);
    ASSERT_TRUE(DemoCaseload::generate(*plain, { 40, 99, QDate(2026, 11, 1) }).ok());
    DemoCaseload::Options options { 40, 99, QDate(2026, 11, 1) };
    options.ledgerEntriesPerCitizen = 20;
    options.receiptBytes = 5 * 1024 * 1024;
    ASSERT_TRUE(DemoCaseload::generate(*scaled, options).ok());

    const auto count = [](CaseFile &file, const char *sql) {
        Statement s = file.database()->prepare(sql);
        return s.next() ? s.int64(0) : -1;
    };
    const qint64 entries = count(*scaled, "SELECT COUNT(*) FROM ledger_entry");
    EXPECT_GE(entries, 40 * 15) << "about 20 a citizen";
    EXPECT_LE(entries, 40 * 25);
    EXPECT_LT(count(*plain, "SELECT COUNT(*) FROM ledger_entry"), 40 * 5);
    EXPECT_EQ(count(*scaled, "SELECT SUM(size) FROM attachment"), 5 * 1024 * 1024) << "the receipts' bytes in all";
    EXPECT_EQ(count(*scaled, "SELECT SUM(length(bytes) <> size) FROM attachment"), 0);
    EXPECT_LE(count(*scaled, "SELECT COUNT(*) FROM attachment WHERE size < 1024 * 1024"), 1)
        << "photos of 1-3 MB, but perhaps the last, cut to the total";
    EXPECT_EQ(count(*scaled, "SELECT COUNT(*) FROM attachment WHERE size > 3 * 1024 * 1024"), 0);
    EXPECT_EQ(count(*plain, "SELECT COUNT(*) FROM attachment"), 0);

    // Their own random stream: the same citizens, goals and stepping stones as the plain demo.
    const auto rowsA = CitizenRepository(*plain).caseload().value();
    const auto rowsB = CitizenRepository(*scaled).caseload().value();
    ASSERT_EQ(rowsA.size(), rowsB.size());
    for (qsizetype i = 0; i < rowsA.size(); ++i) {
        EXPECT_EQ(rowsA.at(i).name, rowsB.at(i).name);
        EXPECT_EQ(rowsA.at(i).goalWords, rowsB.at(i).goalWords);
        EXPECT_EQ(rowsA.at(i).nextStoneTitle, rowsB.at(i).nextStoneTitle);
        EXPECT_EQ(rowsA.at(i).capMinor, rowsB.at(i).capMinor);
    }
}
