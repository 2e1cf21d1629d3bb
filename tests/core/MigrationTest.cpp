#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Storage;

namespace {

constexpr const char *Passphrase = "fjordlys-brombær-cykelhjelm-17";

int countRows(Database &db, const char *table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    Statement s = db.prepare(sql.constData());
    return s.next() ? static_cast<int>(s.int64(0)) : -1;
}

} // namespace

TEST(Migration, RunsEachStepOnceInOrderAndOnlyTheMissingOnes)
{
    TestKit::TempFolder dir;
    const QString path = dir.caseFile();
    ASSERT_TRUE(CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf()).ok());

    QStringList ran;
    MigrationPlan plan = Schema::migrations();
    const int v = Schema::currentVersion();
    plan.push_back({ v + 1, [&](Database &db) {
                        ran << QStringLiteral("a");
                        db.execute("CREATE TABLE step_a (n INTEGER)");
                    } });
    plan.push_back({ v + 2, [&](Database &db) {
                        ran << QStringLiteral("b");
                        db.execute("INSERT INTO step_a VALUES (1)"); // depends on step a
                    } });
    {
        auto file = CaseFile::open(path, TestKit::passphrase(Passphrase), plan);
        ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
        EXPECT_EQ((*file)->schemaVersion().value(), v + 2);
        EXPECT_EQ(countRows(*(*file)->database(), "step_a"), 1);
    }
    EXPECT_EQ(ran, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));

    ran.clear();
    auto again = CaseFile::open(path, TestKit::passphrase(Passphrase), plan);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(ran.isEmpty()) << "an up-to-date file runs no step";
}

TEST(Migration, AFailingStepRollsBackOnlyItselfAndTheFileStillOpensAfterwards)
{
    TestKit::TempFolder dir;
    const QString path = dir.caseFile();
    ASSERT_TRUE(CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf()).ok());
    const int v = Schema::currentVersion();

    MigrationPlan broken = Schema::migrations();
    broken.push_back({ v + 1, [](Database &db) {
                          db.execute("CREATE TABLE good (n INTEGER)");
                      } });
    broken.push_back({ v + 2, [](Database &db) {
                          db.execute("CREATE TABLE half_done (n INTEGER)");
                          db.execute("INSERT INTO no_such_table VALUES (1)"); // fails
                      } });
    auto failed = CaseFile::open(path, TestKit::passphrase(Passphrase), broken);
    ASSERT_FALSE(failed.ok());

    // The good step stayed, the broken one left nothing, and the version says so.
    MigrationPlan upToA(broken.begin(), broken.end() - 1);
    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase), upToA);
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    EXPECT_EQ((*file)->schemaVersion().value(), v + 1);
    Database &db = *(*file)->database();
    EXPECT_EQ(countRows(db, "good"), 0);
    Statement s = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'");
    ASSERT_TRUE(s.next());
    EXPECT_EQ(s.int64(0), 0);
}

TEST(Migration, VersionOneHoldsSettingsAndAuditLog)
{
    TestKit::TempFolder dir;
    auto file = CaseFile::create(dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
    ASSERT_TRUE(file.ok());
    Database &db = *(*file)->database();
    EXPECT_GE(countRows(db, "file_setting"), 4);
    EXPECT_GE(countRows(db, "audit_event"), 1);
    Statement id = db.prepare("PRAGMA application_id");
    ASSERT_TRUE(id.next());
    EXPECT_EQ(id.int64(0), Schema::ApplicationId);
    Statement fk = db.prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(fk.next());
    EXPECT_EQ(fk.int64(0), 1);
    Statement journal = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(journal.next());
    EXPECT_EQ(journal.text(0), QStringLiteral("delete"));
    Statement secure = db.prepare("PRAGMA secure_delete");
    ASSERT_TRUE(secure.next());
    EXPECT_EQ(secure.int64(0), 1);
    Statement page = db.prepare("PRAGMA cipher_page_size");
    ASSERT_TRUE(page.next());
    EXPECT_EQ(page.int64(0), 4096);
}
