// Erasure of a closed case (GDPR art. 17): refused for an active case, all or nothing, everything of the
// citizen gone and nothing of anyone else, and no trace of the citizen in the file's decrypted pages,
// its journal or WAL. The retention review lists the closed cases past the file's period.
#include "storage/Erasure.h"

#include "PageDecryptor.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"
#include "storage/RecordRegistry.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

const char *const Passphrase = "erase-what-was-closed-7";
const QDate Today(2026, 6, 1);

class ErasureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    Database &db() { return *m_file->database(); }

    QString scalar(const char *sql, const QString &arg = {})
    {
        Statement s = db().prepare(sql);
        if (!arg.isNull())
            s.bind(1, arg);
        return s.next() ? s.text(0) : QString();
    }
    int count(const char *sql, const QString &arg = {}) { return scalar(sql, arg).toInt(); }

    QList<RecordRow> recordsOf(const QString &citizenId)
    {
        return m_file->read([&](Database &d) { return RecordRegistry::recordsOfCitizen(d, citizenId); }).value();
    }
    QStringList keysOf(const QString &citizenId)
    {
        QStringList keys;
        for (const RecordRow &r : recordsOf(citizenId))
            keys << r.kind->auditName + QLatin1Char(':') + r.id;
        return keys;
    }
    QStringList allCitizens() { return keysOfTable("citizen"); }
    QStringList keysOfTable(const char *table)
    {
        QStringList ids;
        Statement s = db().prepare((QByteArray("SELECT id FROM ") + table + " ORDER BY id").constData());
        while (s.next())
            ids << s.text(0);
        return ids;
    }

    void close(const QString &citizenId, const QDate &on)
    {
        Citizen c = m_caseload->citizens().get(citizenId).value();
        c.status = CitizenStatus::Closed;
        if (c.startDate.isValid() && c.startDate > on)
            c.startDate = on.addYears(-1);
        c.endDate = on;
        ASSERT_TRUE(m_caseload->citizens().update(c).ok());
    }

    Citizen citizen(const char *name)
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        return m_caseload->citizens().create(c).value();
    }

    QByteArray rawKey()
    {
        auto key = m_file->deriveKey(TestKit::passphrase(Passphrase));
        EXPECT_TRUE(key.ok());
        return QByteArray(reinterpret_cast<const char *>(key->data()), static_cast<qsizetype>(key->size()));
    }

    /// Erases a citizen with a name, a note and a receipt and scans the decrypted pages and journals for them.
    void eraseOneAndScanEveryByte();

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
};

TEST_F(ErasureTest, AnActiveCaseIsRefusedAndNothingChanges)
{
    const Citizen maja = citizen("Maja Holm");
    const QStringList before = keysOf(maja.id);

    const auto preview = Erasure::preview(*m_file, maja.id);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, ErrorCode::CaseNotClosed);
    const Status erased = Erasure::erase(*m_file, maja.id);
    ASSERT_FALSE(erased.ok());
    EXPECT_EQ(erased.error().code, ErrorCode::CaseNotClosed);
    EXPECT_EQ(keysOf(maja.id), before);
    EXPECT_EQ(count("SELECT count(*) FROM audit_event WHERE action = 'citizen.erased'"), 0);
}

// The demo caseload's citizen with a household, a budget with purchases, goals and notes; made
// recognisable, given a receipt, closed and erased.
TEST_F(ErasureTest, EverythingOfTheCitizenGoesInOneTransactionAndNoTraceStaysInTheFile)
{
    EXPECT_EQ(count("PRAGMA auto_vacuum"), 2) << "a new file reclaims free pages incrementally";
    eraseOneAndScanEveryByte();
    EXPECT_EQ(count("PRAGMA auto_vacuum"), 2);
}

// A file made before incremental auto-vacuum: the first reclaim converts it with one VACUUM, and erases
// without a trace as well.
TEST_F(ErasureTest, AnOlderFileWithoutIncrementalVacuumIsConvertedByItsFirstReclaim)
{
    db().execute("PRAGMA auto_vacuum = NONE");
    db().execute("VACUUM");
    ASSERT_EQ(count("PRAGMA auto_vacuum"), 0);
    eraseOneAndScanEveryByte();
    EXPECT_EQ(count("PRAGMA auto_vacuum"), 2);
    // The next erasure reclaims incrementally: the file shrinks and keeps no free page.
    const QString another = scalar("SELECT c.id FROM citizen c JOIN budget b ON b.citizen_id = c.id "
                                   "WHERE c.status <> 'closed' AND EXISTS (SELECT 1 FROM ledger_entry e "
                                   "WHERE e.budget_id = b.id) ORDER BY c.id LIMIT 1");
    ASSERT_FALSE(another.isEmpty());
    const QString entryId = scalar(
        "SELECT e.id FROM ledger_entry e JOIN budget b ON b.id = e.budget_id WHERE b.citizen_id = ?1 LIMIT 1", another);
    ASSERT_TRUE(
        m_caseload->budgets()
            .addAttachment(entryId, QStringLiteral("bon.png"), QStringLiteral("image/png"), QByteArray(200000, 'k'))
            .ok());
    close(another, Today.addYears(-6));
    ASSERT_TRUE(Erasure::erase(*m_file, another).ok());
    const int freed = count("PRAGMA freelist_count");
    EXPECT_GT(freed, 0);
    const qint64 before = QFileInfo(m_file->path()).size();
    ASSERT_TRUE(m_file->reclaimFreePages().ok());
    EXPECT_EQ(count("PRAGMA freelist_count"), 0);
    EXPECT_LE(QFileInfo(m_file->path()).size(), before - qint64(freed) * 4096) << "the free pages were cut off";
}

void ErasureTest::eraseOneAndScanEveryByte()
{
    ASSERT_TRUE(DemoCaseload::generate(*m_file, { 16, 2026, Today }).ok());
    const QString id = scalar(R"sql(
        SELECT c.id FROM citizen c
        WHERE EXISTS (SELECT 1 FROM household_member m WHERE m.citizen_id = c.id)
          AND EXISTS (SELECT 1 FROM ledger_entry e JOIN budget b ON b.id = e.budget_id
                      WHERE b.citizen_id = c.id AND e.kind = 'purchase')
          AND EXISTS (SELECT 1 FROM goal g WHERE g.citizen_id = c.id)
        ORDER BY c.id LIMIT 1)sql");
    ASSERT_FALSE(id.isEmpty());

    // What must not survive: the name (as citizen and as household member), a note and a receipt.
    const QString name = QStringLiteral("Xylofona Quistgård-Brøndum");
    Statement rename = db().prepare("UPDATE citizen SET name = ?1 WHERE id = ?2");
    rename.bind(1, name).bind(2, id).run();
    Statement renameMember = db().prepare("UPDATE household_member SET name = ?1 WHERE citizen_id = ?2");
    renameMember.bind(1, name).bind(2, id).run();
    Note n;
    n.citizenId = id;
    n.date = Today.addMonths(-3);
    n.text = QStringLiteral("Fortalte om gælden til Zebrafinken-Inkasso nr. 4711");
    ASSERT_TRUE(m_caseload->notes().create(n).ok());
    QByteArray receipt;
    for (int i = 0; receipt.size() < 60000; ++i)
        receipt += QByteArray("\xDE\xAD\xBE\xEF-kvittering-7731-") + QByteArray::number(i % 10) + '\x01';
    const QByteArray receiptNeedle = receipt.mid(5000, 40);
    const QString entryId = scalar(
        "SELECT e.id FROM ledger_entry e JOIN budget b ON b.id = e.budget_id WHERE b.citizen_id = ?1 LIMIT 1", id);
    ASSERT_TRUE(m_caseload->budgets()
                    .addAttachment(entryId, QStringLiteral("bon.jpg"), QStringLiteral("image/jpeg"), receipt)
                    .ok());
    close(id, Today.addYears(-6));

    const QList<QByteArray> needles = { name.toUtf8(), QByteArray("Zebrafinken-Inkasso"), receiptNeedle };

    // The decryptor works: before the erasure every needle is in the decrypted pages, none in the raw bytes.
    const TestKit::PageDecryptor decryptor(rawKey());
    {
        const QByteArray raw = TestKit::readBytes(m_file->path());
        const QList<QByteArray> pages = decryptor.decryptDatabase(raw);
        EXPECT_TRUE(TestKit::PageDecryptor::anyContains(pages, "CREATE TABLE citizen"));
        for (const QByteArray &needle : needles) {
            EXPECT_TRUE(TestKit::PageDecryptor::anyContains(pages, needle)) << "present before: " << needle.size();
            EXPECT_FALSE(raw.contains(needle));
        }
    }

    // Everyone else's records, and the citizen's own audit events.
    QMap<QString, QStringList> others;
    for (const QString &other : allCitizens()) {
        if (other != id)
            others.insert(other, keysOf(other));
    }
    const int eventsBefore = count("SELECT count(*) FROM audit_event WHERE citizen_id = ?1", id);
    ASSERT_GT(eventsBefore, 0);

    const auto preview = Erasure::preview(*m_file, id);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->name, name);
    EXPECT_EQ(preview->closedOn, Today.addYears(-6));
    EXPECT_EQ(preview->count(EntityType::Goal), count("SELECT count(*) FROM goal WHERE citizen_id = ?1", id));
    EXPECT_EQ(preview->count(EntityType::Note), count("SELECT count(*) FROM note WHERE citizen_id = ?1", id));
    EXPECT_EQ(preview->count(EntityType::Attachment), 1);
    EXPECT_EQ(preview->count(EntityType::HouseholdMember), 1);
    EXPECT_EQ(preview->count(EntityType::Budget), 1);
    EXPECT_GT(preview->count(EntityType::LedgerEntry), 0);
    EXPECT_EQ(preview->counts.contains(EntityType::Citizen), false);

    ASSERT_TRUE(Erasure::erase(*m_file, id).ok());

    EXPECT_TRUE(keysOf(id).isEmpty()) << "no record of the citizen remains";
    EXPECT_EQ(count("SELECT count(*) FROM household_member WHERE citizen_id = ?1", id), 0);
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        EXPECT_EQ(keysOf(it.key()), it.value()) << "another citizen is untouched";
    EXPECT_EQ(count("SELECT count(*) FROM audit_event WHERE citizen_id = ?1 AND action <> 'citizen.erased' "
                    "AND action <> 'record.deleted'",
                  id),
        eventsBefore)
        << "the log keeps its events";
    EXPECT_EQ(count("SELECT count(*) FROM audit_event WHERE action = 'citizen.erased' AND entity_type = 'citizen' "
                    "AND entity_id = ?1",
                  id),
        1);
    // Positions stay without gaps where records went.
    EXPECT_EQ(count("SELECT count(*) FROM household_member m WHERE position >= (SELECT count(*) FROM "
                    "household_member o WHERE o.household_id = m.household_id)"),
        0);

    ASSERT_TRUE(m_file->reclaimFreePages().ok());
    EXPECT_EQ(count("PRAGMA freelist_count"), 0);
    EXPECT_FALSE(QFile::exists(m_file->path() + QStringLiteral("-journal")));
    EXPECT_FALSE(QFile::exists(m_file->path() + QStringLiteral("-wal")));

    const QByteArray raw = TestKit::readBytes(m_file->path());
    const QList<QByteArray> pages = decryptor.decryptDatabase(raw);
    EXPECT_TRUE(TestKit::PageDecryptor::anyContains(pages, "CREATE TABLE citizen")) << "the decryptor still works";
    QList<QByteArray> journals;
    for (const char *suffix : { "-journal", "-wal" }) {
        if (QFile::exists(m_file->path() + QString::fromLatin1(suffix)))
            journals += decryptor.decryptJournal(TestKit::readBytes(m_file->path() + QString::fromLatin1(suffix)));
    }
    for (const QByteArray &needle : needles) {
        EXPECT_FALSE(TestKit::PageDecryptor::anyContains(pages, needle)) << "a trace in the file";
        EXPECT_FALSE(TestKit::PageDecryptor::anyContains(journals, needle)) << "a trace in a journal";
        EXPECT_FALSE(raw.contains(needle));
    }
}

TEST_F(ErasureTest, AFailureHalfWayLeavesEverything)
{
    ASSERT_TRUE(DemoCaseload::generate(*m_file, { 8, 2026, Today }).ok());
    const QString id = scalar("SELECT b.citizen_id FROM budget b ORDER BY b.citizen_id LIMIT 1");
    close(id, Today.addYears(-7));
    const QStringList before = keysOf(id);
    const int events = count("SELECT count(*) FROM audit_event");
    // The citizen's own row is deleted last but one: by then everything else is gone inside the transaction.
    db().execute("CREATE TEMP TRIGGER fail_erasure BEFORE DELETE ON main.citizen BEGIN "
                 "SELECT RAISE(ABORT, 'forced failure'); END");

    EXPECT_FALSE(Erasure::erase(*m_file, id).ok());
    EXPECT_EQ(keysOf(id), before);
    EXPECT_EQ(count("SELECT count(*) FROM audit_event"), events);

    db().execute("DROP TRIGGER fail_erasure");
    EXPECT_TRUE(Erasure::erase(*m_file, id).ok());
    EXPECT_TRUE(keysOf(id).isEmpty());
}

// A household of the citizen alone goes with them; in a shared household only what concerns the citizen
// alone goes, and a shared intervention loses only its link to them.
TEST_F(ErasureTest, SharedRecordsStayAndWhatConcernedOnlyTheCitizenGoes)
{
    const Citizen anna = citizen("Anna Berg");
    const Citizen bo = citizen("Bo Berg");
    Household h;
    h.name = QStringLiteral("Familien Berg");
    const Household home = m_caseload->households().create(h).value();
    const auto member = [&](const Citizen &c) {
        HouseholdMember m;
        m.householdId = home.id;
        m.name = c.name;
        m.citizenId = c.id;
        return m_caseload->households().createMember(m).value();
    };
    const HouseholdMember annaMember = member(anna);
    const HouseholdMember boMember = member(bo);
    const FamilyPlan plan = m_caseload->plans().createPlan(home.id).value();
    const QString department = m_caseload->plans().departments().value().first().id;
    const auto intervention = [&](const char *title, QStringList members) {
        Intervention i;
        i.planId = plan.id;
        i.departmentId = department;
        i.title = QString::fromUtf8(title);
        i.memberIds = std::move(members);
        return m_caseload->plans().createIntervention(i).value();
    };
    const Intervention annaAlone = intervention("Misbrugsbehandling", { annaMember.id });
    const Intervention both = intervention("Familiebehandling", { annaMember.id, boMember.id });
    Goal g;
    g.citizenId = anna.id;
    g.ownWords = QStringLiteral("Stoffri");
    const Goal annaGoal = m_caseload->goals().createGoal(g).value();
    FamilyGoal fg;
    fg.planId = plan.id;
    fg.text = QStringLiteral("Anna er stoffri");
    fg.linkedGoalIds = { annaGoal.id };
    const FamilyGoal annaFamilyGoal = m_caseload->plans().createGoal(fg).value();
    close(anna.id, Today.addYears(-6));

    const auto preview = Erasure::preview(*m_file, anna.id);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->count(EntityType::Intervention), 1);
    EXPECT_EQ(preview->count(EntityType::FamilyGoal), 1);
    EXPECT_EQ(preview->count(EntityType::Household), 0) << "Bo is still in it";
    ASSERT_TRUE(Erasure::erase(*m_file, anna.id).ok());

    EXPECT_EQ(keysOfTable("household"), QStringList { home.id });
    EXPECT_EQ(keysOfTable("household_member"), QStringList { boMember.id });
    EXPECT_EQ(count("SELECT position FROM household_member WHERE id = ?1", boMember.id), 0);
    EXPECT_EQ(keysOfTable("intervention"), QStringList { both.id });
    EXPECT_EQ(scalar("SELECT group_concat(member_id) FROM intervention_member WHERE intervention_id = ?1", both.id),
        boMember.id);
    EXPECT_EQ(count("SELECT count(*) FROM family_goal WHERE id = ?1", annaFamilyGoal.id), 0);
    EXPECT_EQ(count("SELECT count(*) FROM intervention WHERE id = ?1", annaAlone.id), 0);

    // Bo alone in the household now: erasing him takes the household and its plan too.
    close(bo.id, Today.addYears(-6));
    const auto last = Erasure::preview(*m_file, bo.id);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->count(EntityType::Household), 1);
    EXPECT_EQ(last->count(EntityType::FamilyPlan), 1);
    ASSERT_TRUE(Erasure::erase(*m_file, bo.id).ok());
    EXPECT_TRUE(keysOfTable("household").isEmpty());
    EXPECT_TRUE(keysOfTable("family_plan").isEmpty());
    EXPECT_TRUE(keysOfTable("intervention").isEmpty());
}

TEST_F(ErasureTest, TheRetentionReviewListsClosedCasesOlderThanThePeriod)
{
    const Citizen active = citizen("Aktiv Andersen");
    const Citizen recent = citizen("Nylig Nielsen");
    const Citizen edge = citizen("Grænse Gram");
    const Citizen old = citizen("Gammel Grøn");
    const Citizen older = citizen("Ældre Ebbesen");
    close(recent.id, Today.addYears(-2));
    close(edge.id, Today.addYears(-5)); // exactly five years: still inside the period
    close(old.id, Today.addYears(-5).addDays(-1));
    close(older.id, Today.addYears(-9));

    const auto names = [&](const QDate &today) {
        QStringList out;
        for (const RetentionCase &c : Erasure::pastRetention(*m_file, today).value())
            out << c.name;
        return out;
    };
    EXPECT_EQ(Erasure::retentionYears(*m_file).value(), 5) << "the default";
    EXPECT_EQ(names(Today), (QStringList { older.name, old.name })) << "oldest first";
    EXPECT_EQ(Erasure::pastRetention(*m_file, Today).value().first().closedOn, Today.addYears(-9));

    ASSERT_TRUE(m_file->setSetting(FileSetting::RetentionYears, QStringLiteral("2")).ok());
    EXPECT_EQ(names(Today), (QStringList { older.name, old.name, edge.name }));
    EXPECT_EQ(names(Today.addDays(1)), (QStringList { older.name, old.name, edge.name, recent.name }));
    EXPECT_FALSE(names(Today.addYears(50)).contains(active.name)) << "an active case never";

    ASSERT_TRUE(m_file->setSetting(FileSetting::RetentionYears, QStringLiteral("20")).ok());
    EXPECT_TRUE(names(Today).isEmpty());
}

} // namespace
