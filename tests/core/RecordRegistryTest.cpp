// The registry of record kinds treats every kind alike: what belongs to one citizen, what changed since a
// point in the audit log, and the audit events and change notifications that come from one source.
#include "storage/RecordRegistry.h"

#include "DatabaseDump.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/Schema.h"

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Storage;

namespace {

class RecordRegistryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = CaseFile::create(m_dir.caseFile(), TestKit::passphrase("register-over-alt-9"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Caseload>(*m_file);
    }

    Citizen citizen(const char *name)
    {
        Citizen c;
        c.name = QString::fromUtf8(name);
        return m_caseload->citizens().create(c).value();
    }

    Goal goal(const Citizen &c, const char *words)
    {
        Goal g;
        g.citizenId = c.id;
        g.ownWords = QString::fromUtf8(words);
        return m_caseload->goals().createGoal(g).value();
    }

    SteppingStone stone(const Goal &g, const char *title)
    {
        SteppingStone st;
        st.goalId = g.id;
        st.title = QString::fromUtf8(title);
        return m_caseload->goals().createStone(st).value();
    }

    qint64 lastSeq()
    {
        Statement s = m_file->database()->prepare("SELECT max(seq) FROM audit_event");
        return s.next() ? s.int64(0) : 0;
    }

    QStringList ids(const QList<RecordRow> &rows)
    {
        QStringList out;
        for (const RecordRow &r : rows)
            out << r.kind->auditName + QLatin1Char(':') + r.id;
        return out;
    }

    static QByteArrayList sorted(QByteArrayList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }
    QByteArrayList sortedColumns(const QByteArray &table)
    {
        Statement info
            = m_file->database()->prepare(("SELECT name FROM pragma_table_info('" + table + "')").constData());
        QByteArrayList columns;
        while (info.next())
            columns << info.text(0).toLatin1();
        return sorted(columns);
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<CaseFile> m_file;
    std::unique_ptr<Caseload> m_caseload;
};

} // namespace

TEST_F(RecordRegistryTest, EveryKindHasATableAnIdColumnAndAUniqueAuditName)
{
    QStringList names;
    QByteArrayList covered;
    for (const KindInfo *kind : RecordRegistry::kinds()) {
        ASSERT_FALSE(kind->columns.isEmpty());
        EXPECT_EQ(kind->columns.first(), QByteArray("id")) << kind->table.constData();
        EXPECT_FALSE(names.contains(kind->auditName)) << qPrintable(kind->auditName);
        names << kind->auditName;
        EXPECT_EQ(RecordRegistry::byAuditName(kind->auditName), kind);
        EXPECT_EQ(RecordRegistry::byType(kind->type), kind);
        // Every mapped column exists in the table, and every column of the table is mapped; a join list's
        // table holds the owner, the listed id and the position, and nothing else.
        QByteArrayList mapped = kind->columns;
        for (const JoinListInfo &list : kind->lists) {
            mapped.removeOne(list.name);
            EXPECT_EQ(sortedColumns(list.table), sorted({ list.ownerColumn, list.valueColumn, "position" }))
                << list.table.constData();
            covered << list.table;
        }
        std::sort(mapped.begin(), mapped.end());
        EXPECT_EQ(mapped, sortedColumns(kind->table)) << kind->table.constData();
        covered << kind->table;
        // The case a record is shared in on the team server is an expression over its own row.
        ASSERT_FALSE(kind->caseOf.isEmpty()) << kind->table.constData();
        EXPECT_NO_THROW(m_file->database()->prepare(("SELECT " + kind->caseOf + " FROM " + kind->table).constData()))
            << kind->table.constData();
    }
    // Every table of the file is a record kind's or a join list's, but the file's own settings and log, the
    // sums the schema's triggers keep (derived data), and what synchronisation keeps.
    Statement tables = m_file->database()->prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.next()) {
        const QByteArray table = tables.text(0).toLatin1();
        if (table != "file_setting" && table != "audit_event" && !Schema::derivedTables().contains(table)
            && !Schema::syncTables().contains(table)) {
            EXPECT_TRUE(covered.contains(table)) << table.constData() << " belongs to no record kind";
        }
    }
}

TEST_F(RecordRegistryTest, ACitizensRecordsComeWithTheirChildrenAndNothingOfOthers)
{
    const Citizen maja = citizen("Maja Holm");
    const Citizen ali = citizen("Ali Demir");
    const Goal job = goal(maja, "Et job");
    const SteppingStone cv = stone(job, "Skrive CV");
    const Goal aliGoal = goal(ali, "Egen bolig");
    stone(aliGoal, "Boligansøgning");
    Note n;
    n.citizenId = maja.id;
    n.date = QDate(2026, 11, 2);
    n.text = QStringLiteral("Samtale");
    const Note note = m_caseload->notes().create(n).value();

    const auto rows = m_file->read([&](Database &db) { return RecordRegistry::recordsOfCitizen(db, maja.id); });
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(ids(*rows),
        (QStringList { QStringLiteral("citizen:") + maja.id, QStringLiteral("goal:") + job.id,
            QStringLiteral("stepping_stone:") + cv.id, QStringLiteral("note:") + note.id }));
    // The values are the table's, column by column.
    EXPECT_EQ(rows->at(2).values.value(QStringLiteral("title")).toString(), QStringLiteral("Skrive CV"));
    EXPECT_EQ(rows->at(2).values.value(QStringLiteral("goal_id")).toString(), job.id);
    EXPECT_EQ(rows->at(0).values.value(QStringLiteral("household_id")), QVariant()) << "no household: NULL";
}

TEST_F(RecordRegistryTest, WhatChangedSinceAPointInTheLogOnceEachWithDeletionsAndReorders)
{
    const Citizen maja = citizen("Maja Holm");
    const Goal job = goal(maja, "Et job");
    const SteppingStone a = stone(job, "A");
    const SteppingStone b = stone(job, "B");
    const qint64 mark = lastSeq();

    Goal changed = job;
    changed.ownWords = QStringLiteral("Et fast job");
    ASSERT_TRUE(m_caseload->goals().updateGoal(changed).ok());
    ASSERT_TRUE(m_caseload->goals().updateGoal(changed).ok()); // twice: listed once
    const SteppingStone c = stone(job, "C");
    ASSERT_TRUE(m_caseload->goals().removeStone(c.id).ok());
    ASSERT_TRUE(m_caseload->goals().reorderStones(job.id, { b.id, a.id }).ok());

    const auto changes = m_file->read([&](Database &db) { return RecordRegistry::changedSince(db, mark); });
    ASSERT_TRUE(changes.ok());
    QStringList seen;
    for (const ChangedRecord &ch : *changes)
        seen << ch.kind->auditName + QLatin1Char(':') + ch.id + (ch.deleted ? QStringLiteral(" deleted") : QString());
    EXPECT_EQ(seen.count(QStringLiteral("goal:") + job.id), 1);
    EXPECT_TRUE(seen.contains(QStringLiteral("stepping_stone:") + c.id + QStringLiteral(" deleted")));
    EXPECT_TRUE(seen.contains(QStringLiteral("stepping_stone:") + a.id)) << "reordered: a new position";
    EXPECT_TRUE(seen.contains(QStringLiteral("stepping_stone:") + b.id));
    EXPECT_FALSE(seen.contains(QStringLiteral("citizen:") + maja.id)) << "not changed after the mark";
    for (qsizetype i = 1; i < changes->size(); ++i)
        EXPECT_LE(changes->at(i - 1).seq, changes->at(i).seq) << "oldest change first";

    const auto none = m_file->read([&](Database &db) { return RecordRegistry::changedSince(db, lastSeq()); });
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(RecordRegistryTest, EveryAuditedChangeIsAnnouncedAfterTheCommitAndARollbackAnnouncesNothing)
{
    QList<RecordChange> heard;
    m_file->setChangeListener([&](const QList<RecordChange> &changes) { heard += changes; });
    const Citizen maja = citizen("Maja Holm");
    const Goal job = goal(maja, "Et job");
    stone(job, "A");
    stone(job, "B");
    heard.clear();
    const qint64 before = TestKit::auditCount(*m_file->database());

    ASSERT_TRUE(m_caseload->goals().removeGoal(job.id).ok());
    // One change per audit event, in the log's order: the two stones, then the goal.
    ASSERT_EQ(heard.size(), TestKit::auditCount(*m_file->database()) - before);
    ASSERT_EQ(heard.size(), 3);
    EXPECT_EQ(heard.at(0).type, EntityType::SteppingStone);
    EXPECT_EQ(heard.at(2).type, EntityType::Goal);
    EXPECT_EQ(heard.at(2).action, AuditAction::RecordDeleted);
    EXPECT_EQ(heard.at(2).citizenId, maja.id);

    heard.clear();
    const Status refused = m_file->write([&](Database &) {
        Goal g;
        g.citizenId = maja.id;
        g.ownWords = QStringLiteral("Kommer aldrig");
        ASSERT_TRUE(m_caseload->goals().createGoal(g).ok());
        throw SqliteError(Error { ErrorCode::InvalidInput, QStringLiteral("test") });
    });
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(heard.isEmpty()) << "rolled back: never announced";
    EXPECT_TRUE(m_caseload->goals().goalsOf(maja.id)->isEmpty());
}
