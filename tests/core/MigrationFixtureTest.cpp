// Real case files of every released schema version (tests/data/, written by make_migration_fixtures) are
// migrated to the current version: every row of every table keeps every value, and the schema ends up as
// that of a freshly created file. Also: migration steps that run with foreign keys off.

#include "MigrationFixtures.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <gtest/gtest.h>
#include <vector>

using namespace Traedesten;
using namespace Traedesten::Storage;
namespace Fixtures = Traedesten::TestKit::MigrationFixtures;

namespace {

// ---- Reading a file's data and schema ------------------------------------------------------------------

/// A column name as an SQL identifier (names come from the file's own schema).
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList queryColumn(Database &db, const QString &sql, int column = 0)
{
    QStringList out;
    Statement s = db.prepare(sql.toUtf8().constData());
    while (s.next())
        out << (s.isNull(column) ? QStringLiteral("<null>") : s.text(column));
    return out;
}

/// One row: column name -> the value as SQL's quote() writes it ('text', 12, 1.5, X'00ff', NULL), so that
/// type and value are compared together.
using Row = QMap<QString, QString>;

/// A text value of a Row, unquoted (for the transformation checks below).
[[maybe_unused]] QString textOf(const Row &row, const QString &column)
{
    QString value = row.value(column);
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return value;
}

struct Table
{
    QStringList columns; ///< in the table's order
    QStringList key; ///< primary-key columns (rowid for a table without one)
    QList<Row> rows;
};
using Snapshot = QMap<QString, Table>;

QStringList tableNames(Database &db)
{
    return queryColumn(db,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"));
}

/// Every value of every row of every table.
Snapshot snapshot(Database &db)
{
    Snapshot out;
    for (const QString &name : tableNames(db)) {
        Table table;
        QMap<int, QString> key;
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)).toUtf8().constData());
        while (info.next()) {
            table.columns << info.text(1);
            if (info.int64(5) > 0)
                key.insert(static_cast<int>(info.int64(5)), info.text(1));
        }
        table.key = key.values();
        QStringList select;
        for (const QString &c : std::as_const(table.columns))
            select << QStringLiteral("quote(%1)").arg(quoted(c));
        if (table.key.isEmpty()) {
            table.key << QStringLiteral("rowid");
            select << QStringLiteral("quote(rowid)");
        }
        const QStringList all
            = table.columns + (key.isEmpty() ? QStringList { QStringLiteral("rowid") } : QStringList());
        Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2")
                                        .arg(select.join(QStringLiteral(", ")), quoted(name))
                                        .toUtf8()
                                        .constData());
        while (rows.next()) {
            Row row;
            for (int c = 0; c < all.size(); ++c)
                row.insert(all.at(c), rows.text(c));
            table.rows << row;
        }
        out.insert(name, table);
    }
    return out;
}

QString keyOf(const Row &row, const QStringList &key)
{
    QStringList parts;
    for (const QString &c : key)
        parts << row.value(c, QStringLiteral("<missing>"));
    return parts.join(QLatin1Char('|'));
}

QString normalized(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

/**
 * The schema as SQLite's structural pragmas describe it: per table its columns (name, type, not null,
 * default, primary key), foreign keys and indexes with their columns; triggers and views by their SQL
 * (whitespace normalised). Not the tables' SQL: ALTER TABLE ADD COLUMN leaves other text than CREATE TABLE.
 */
QStringList schemaOf(Database &db)
{
    QStringList out;
    out << QStringLiteral("user_version %1").arg(db.userVersion());
    out << QStringLiteral("application_id %1").arg(queryColumn(db, QStringLiteral("PRAGMA application_id")).value(0));
    for (const QString &table : tableNames(db)) {
        const QString t = quoted(table);
        out << QStringLiteral("table ") + table;
        Statement columns = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(t).toUtf8().constData());
        while (columns.next())
            out << QStringLiteral("  column %1 %2 notnull=%3 default=%4 pk=%5")
                       .arg(columns.text(1), columns.text(2), columns.text(3),
                           columns.isNull(4) ? QStringLiteral("<none>") : columns.text(4), columns.text(5));
        Statement keys = db.prepare(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t).toUtf8().constData());
        while (keys.next())
            out << QStringLiteral("  foreign key %1.%2 %3 -> %4(%5) on update %6 on delete %7 match %8")
                       .arg(keys.text(0), keys.text(1), keys.text(3), keys.text(2), keys.text(4), keys.text(5),
                           keys.text(6), keys.text(7));
        QStringList indexes;
        Statement list = db.prepare(QStringLiteral("PRAGMA index_list(%1)").arg(t).toUtf8().constData());
        while (list.next()) {
            const QString name = list.text(1);
            // Automatic indexes are named by their position, which says nothing: name them by their columns.
            QStringList parts;
            Statement info
                = db.prepare(QStringLiteral("PRAGMA index_xinfo(%1)").arg(quoted(name)).toUtf8().constData());
            while (info.next()) {
                if (info.int64(5) != 0) // key columns only
                    parts << QStringLiteral("%1%2 %3").arg(info.isNull(2) ? QStringLiteral("<expr>") : info.text(2),
                        info.int64(3) ? QStringLiteral(" desc") : QString(), info.text(4));
            }
            const QString shown = list.text(3) == QLatin1String("c") ? name : QStringLiteral("(automatic)");
            indexes << QStringLiteral("  index %1 unique=%2 origin=%3 partial=%4 (%5)")
                           .arg(shown, list.text(2), list.text(3), list.text(4), parts.join(QStringLiteral(", ")));
        }
        indexes.sort();
        out << indexes;
    }
    Statement others = db.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name");
    while (others.next())
        out << QStringLiteral("%1 %2 on %3: %4")
                   .arg(others.text(0), others.text(1), others.text(2), normalized(others.text(3)));
    return out;
}

/// The lines of @p schema that @p reference lacks ("+ ") and those it has and @p schema lacks ("- ").
QStringList schemaDifferences(const QStringList &schema, const QStringList &reference)
{
    QStringList out;
    for (const QString &line : reference) {
        if (!schema.contains(line))
            out << QStringLiteral("- ") + line;
    }
    for (const QString &line : schema) {
        if (!reference.contains(line))
            out << QStringLiteral("+ ") + line;
    }
    return out;
}

// ---- What a migration may change on purpose --------------------------------------------------------------

/**
 * A column (or, with no column, a whole table) whose values a later migration transforms on purpose.
 * Its check gets each row of a file of an older version and the migrated file, and returns what is
 * wrong (empty when the value arrived where it should). Every other column of every table must keep
 * every row's value.
 */
struct Transformation
{
    const char *table;
    const char *column; ///< nullptr: the whole table moves
    std::function<QString(const Row &before, Database &migrated)> check;
};

/// The ids the join table @p sql (?1 the owner) lists in their order, comma-joined.
QString joinedIds(Database &db, const char *sql, const QString &owner)
{
    Statement s = db.prepare(sql);
    s.bind(1, owner);
    return s.next() ? s.text(0) : QString();
}

/// A comma-joined list of ids that schema 6 moved into the join table @p sql reads.
Transformation movedList(const char *table, const char *column, const char *sql)
{
    return { table, column, [column, sql](const Row &before, Database &db) {
                const QString want = textOf(before, QString::fromLatin1(column));
                const QString got = joinedIds(db, sql, textOf(before, QStringLiteral("id")));
                return got == want ? QString() : QStringLiteral("join rows %1, expected %2").arg(got, want);
            } };
}

const std::vector<Transformation> &transformations()
{
    // Schema 6 moves the comma-joined lists into join tables (the fixtures name only rows that exist, in
    // the intervention's own household, so every id arrives, in its order).
    static const std::vector<Transformation> list {
        movedList("intervention", "member_ids",
            "SELECT group_concat(member_id, ',' ORDER BY position) FROM intervention_member WHERE intervention_id = "
            "?1"),
        movedList("family_goal", "linked_goal_ids",
            "SELECT group_concat(goal_id, ',' ORDER BY position) FROM family_goal_link WHERE family_goal_id = ?1"),
    };
    return list;
}

const Transformation *transformationOf(const QString &table, const char *column)
{
    for (const Transformation &t : transformations()) {
        if (table == QLatin1String(t.table)
            && (column == nullptr ? t.column == nullptr : t.column && qstrcmp(t.column, column) == 0))
            return &t;
    }
    return nullptr;
}

/// What the migration lost or changed: an empty list when every row of @p before is in @p migrated
/// with every value (rows added by the migration, such as new built-in categories, are fine).
QStringList dataDifferences(const Snapshot &before, Database &migrated)
{
    const Snapshot after = snapshot(migrated);
    QStringList out;
    for (auto table = before.cbegin(); table != before.cend(); ++table) {
        const QString &name = table.key();
        if (const Transformation *moved = transformationOf(name, nullptr)) {
            for (const Row &row : table->rows) {
                if (const QString wrong = moved->check(row, migrated); !wrong.isEmpty())
                    out << QStringLiteral("%1 %2: %3").arg(name, keyOf(row, table->key), wrong);
            }
            continue;
        }
        if (!after.contains(name)) {
            out << QStringLiteral("table %1 is gone").arg(name);
            continue;
        }
        const Table &now = after[name];
        QMap<QString, Row> byKey;
        for (const Row &row : now.rows)
            byKey.insert(keyOf(row, table->key), row);
        for (const QString &column : table->columns) {
            if (!now.columns.contains(column) && !transformationOf(name, column.toUtf8().constData()))
                out << QStringLiteral("column %1.%2 is gone").arg(name, column);
        }
        for (const Row &row : table->rows) {
            const QString key = keyOf(row, table->key);
            const auto found = byKey.constFind(key);
            if (found == byKey.cend()) {
                out << QStringLiteral("%1 row %2 is gone").arg(name, key);
                continue;
            }
            for (const QString &column : table->columns) {
                if (const Transformation *t = transformationOf(name, column.toUtf8().constData())) {
                    if (const QString wrong = t->check(row, migrated); !wrong.isEmpty())
                        out << QStringLiteral("%1.%2 of %3: %4").arg(name, column, key, wrong);
                } else if (now.columns.contains(column) && found->value(column) != row.value(column)) {
                    out << QStringLiteral("%1.%2 of %3: %4 became %5")
                               .arg(name, column, key, row.value(column), found->value(column));
                }
            }
        }
    }
    return out;
}

// ---- Files ------------------------------------------------------------------------------------------------

QString fixturePath(int version)
{
    return QDir(QStringLiteral(TRAEDESTEN_TEST_DATA_DIR)).filePath(Fixtures::fileName(version));
}

Security::SecureBytes fixturePassphrase()
{
    return TestKit::passphrase(Fixtures::Passphrase);
}

/// A writable copy of a fixture (the one in the source tree is never opened: opening writes to it).
QString copyOf(int version, const TestKit::TempFolder &dir, const char *name)
{
    const QString copy = dir.caseFile(name);
    if (!QFile::copy(fixturePath(version), copy))
        return {};
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

/// Opens a copy of a fixture without CaseFile, so that nothing is migrated and no audit event is written:
/// the file as it was stored.
std::unique_ptr<Database> openAsStored(const QString &path)
{
    auto header = CaseFile::readHeader(path);
    if (!header)
        return nullptr;
    auto key = CaseFile::deriveKey(*header, fixturePassphrase());
    if (!key)
        return nullptr;
    auto db = Database::open(
        path, Security::KeyDerivation::sqlcipherKeyLiteral(*key, header->bytes()), Database::Mode::OpenExisting);
    return db ? std::move(*db) : nullptr;
}

QStringList foreignKeyViolations(Database &db)
{
    return queryColumn(db, QStringLiteral("PRAGMA foreign_key_check"));
}

int foreignKeysPragma(Database &db)
{
    return queryColumn(db, QStringLiteral("PRAGMA foreign_keys")).value(0).toInt();
}

std::string versionName(const testing::TestParamInfo<int> &info)
{
    return "v" + std::to_string(info.param);
}

std::vector<int> fixtureVersions()
{
    const QList<int> versions = Fixtures::versions();
    return std::vector<int>(versions.cbegin(), versions.cend());
}

} // namespace

// ---- The fixtures --------------------------------------------------------------------------------------

TEST(MigrationFixtures, CoverEveryReleasedVersionFromOneOnwards)
{
    const QList<int> versions = Fixtures::versions();
    ASSERT_FALSE(versions.isEmpty());
    for (int i = 0; i < versions.size(); ++i)
        EXPECT_EQ(versions.at(i), i + 1) << "fixtures of versions 1, 2, 3, ... without gaps";
    EXPECT_LE(versions.last(), Schema::currentVersion());
    EXPECT_GE(versions.last(), 5);
    for (int version : versions)
        EXPECT_TRUE(QFile::exists(fixturePath(version))) << qPrintable(fixturePath(version));
}

class MigrationFixture : public testing::TestWithParam<int>
{
};

INSTANTIATE_TEST_SUITE_P(Versions, MigrationFixture, testing::ValuesIn(fixtureVersions()), versionName);

// The fixture is what it says: a file of its version with data in every column of every table.
TEST_P(MigrationFixture, HoldsItsVersionWithDataInEveryColumnOfEveryTable)
{
    const int version = GetParam();
    TestKit::TempFolder dir;
    const QString path = copyOf(version, dir, "old");
    ASSERT_FALSE(path.isEmpty());
    // Opened with the plan of its own version, it is not migrated.
    auto file = CaseFile::open(path, fixturePassphrase(), Fixtures::planUpTo(version));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    EXPECT_EQ((*file)->schemaVersion().value(), version);
    Database &db = *(*file)->database();

    const QStringList tables = tableNames(db);
    EXPECT_GE(tables.size(), 2);
    for (const QString &table : tables) {
        const QString t = quoted(table);
        EXPECT_GE(queryColumn(db, QStringLiteral("SELECT count(*) FROM %1").arg(t)).value(0).toInt(), 2)
            << "too few rows in " << qPrintable(table);
        Statement info = db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(t).toUtf8().constData());
        while (info.next()) {
            const QString c = quoted(info.text(1));
            // The default is SQL of our own schema: a value other than it, and not NULL, in some row.
            const QString other = info.isNull(4)
                ? QStringLiteral("%1 IS NOT NULL").arg(c)
                : QStringLiteral("%1 IS NOT NULL AND %1 IS NOT (%2)").arg(c, info.text(4));
            const int rows
                = queryColumn(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(t, other)).value(0).toInt();
            EXPECT_GT(rows, 0) << qPrintable(table) << "." << qPrintable(info.text(1)) << " holds only its default";
        }
    }
    EXPECT_TRUE(foreignKeyViolations(db).isEmpty());

    // The comma-joined lists of ids (no foreign keys before schema 6) name rows that are there.
    const struct
    {
        const char *table;
        const char *column;
        const char *target;
    } lists[] = { { "intervention", "member_ids", "household_member" }, { "family_goal", "linked_goal_ids", "goal" } };
    for (const auto &list : lists) {
        if (!tables.contains(QLatin1String(list.table))
            || !queryColumn(
                db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(list.table)))
                    .contains(QLatin1String(list.column)))
            continue; // from schema 6 on, join tables with foreign keys (checked above)
        int named = 0;
        for (const QString &ids : queryColumn(
                 db, QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(list.column), QLatin1String(list.table)))) {
            for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                ++named;
                Statement s = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?1")
                                             .arg(QLatin1String(list.target))
                                             .toUtf8()
                                             .constData());
                s.bind(1, id);
                EXPECT_TRUE(s.next() && s.int64(0) == 1) << list.table << "." << list.column << ": " << qPrintable(id);
            }
        }
        EXPECT_GE(named, 4) << list.table << "." << list.column;
    }
}

// Opened by this program, each fixture is migrated to the current version without losing a value, and
// its schema is that of a new file.
TEST_P(MigrationFixture, MigratesToTheCurrentVersionKeepingEveryRowAndValue)
{
    const int version = GetParam();
    TestKit::TempFolder dir;
    const QString oldPath = copyOf(version, dir, "old");
    const QString path = copyOf(version, dir, "migrated");
    ASSERT_FALSE(oldPath.isEmpty());
    ASSERT_FALSE(path.isEmpty());

    Snapshot before;
    {
        auto old = openAsStored(oldPath);
        ASSERT_TRUE(old);
        ASSERT_EQ(old->userVersion(), version);
        before = snapshot(*old);
    }
    ASSERT_FALSE(before.isEmpty());

    auto file = CaseFile::open(path, fixturePassphrase());
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    EXPECT_EQ((*file)->schemaVersion().value(), Schema::currentVersion());
    Database &db = *(*file)->database();
    EXPECT_EQ(dataDifferences(before, db), QStringList());
    EXPECT_EQ(foreignKeyViolations(db), QStringList());
    EXPECT_EQ(queryColumn(db, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    EXPECT_EQ(foreignKeysPragma(db), 1);

    auto fresh = CaseFile::create(dir.caseFile("fresh"), fixturePassphrase(), TestKit::fastKdf());
    ASSERT_TRUE(fresh.ok()) << qPrintable(fresh.error().detail);
    const QStringList schema = schemaOf(db);
    const QStringList freshSchema = schemaOf(*(*fresh)->database());
    EXPECT_EQ(schemaDifferences(schema, freshSchema), QStringList()) << "+ only after migrating, - only in a new file";
    EXPECT_TRUE(schema == freshSchema) << "the same lines, but in another order (columns?)";

    // And it opens again at the current version, as any file does.
    file->reset();
    auto again = CaseFile::open(path, fixturePassphrase());
    ASSERT_TRUE(again.ok()) << qPrintable(again.error().detail);
    EXPECT_EQ((*again)->schemaVersion().value(), Schema::currentVersion());
}

// The generator still runs against today's code and writes the same records as the fixture it made.
TEST(MigrationFixtures, GeneratorWritesTheNewestFixtureAgain)
{
    const int version = Fixtures::versions().last();
    TestKit::TempFolder dir;
    const QString path = dir.caseFile("generated");
    ASSERT_TRUE(Fixtures::write(path, version, TestKit::fastKdf()).ok());
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(permissions
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther))
        << "mode 0600";
    EXPECT_FALSE(Fixtures::write(path, version, TestKit::fastKdf()).ok()) << "an existing file is not replaced";

    const QString committed = copyOf(version, dir, "committed");
    Snapshot generated;
    Snapshot stored;
    for (auto [file, snap] : { std::pair { path, &generated }, std::pair { committed, &stored } }) {
        auto opened = CaseFile::open(file, fixturePassphrase(), Fixtures::planUpTo(version));
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().detail);
        ASSERT_EQ((*opened)->schemaVersion().value(), version);
        *snap = snapshot(*(*opened)->database());
    }
    ASSERT_EQ(generated.keys(), stored.keys());
    for (auto table = stored.cbegin(); table != stored.cend(); ++table) {
        if (table.key() == QLatin1String("audit_event"))
            continue; // each opening adds an event
        QStringList storedKeys;
        QStringList generatedKeys;
        for (const Row &row : table->rows)
            storedKeys << keyOf(row, table->key);
        for (const Row &row : generated[table.key()].rows)
            generatedKeys << keyOf(row, table->key);
        storedKeys.sort();
        generatedKeys.sort();
        EXPECT_EQ(generatedKeys, storedKeys) << qPrintable(table.key())
                                             << ": regenerate the fixtures "
                                                "(tests/data/README.md)";
    }
}

// The checks above catch a step that loses data: each broken step here, run after today's plan on the
// newest fixture, is reported.
TEST(MigrationFixtures, ALostRowColumnValueOrTableIsReported)
{
    const int version = Fixtures::versions().last();
    const int next = Schema::currentVersion() + 1;
    struct Broken
    {
        const char *what;
        std::function<void(Database &)> apply;
        const char *reported;
    };
    const Broken broken[] = {
        { "deletes a note", [](Database &db) { db.execute("DELETE FROM note WHERE place = 'Biblioteket'"); },
            "note row" },
        { "changes an amount", [](Database &db) { db.execute("UPDATE ledger_entry SET amount_minor = 0"); },
            "ledger_entry.amount_minor" },
        { "drops a table", [](Database &db) { db.execute("DROP TABLE attachment"); }, "table attachment is gone" },
        { "rebuilds a table without a column",
            [](Database &db) {
                db.execute("ALTER TABLE note RENAME TO note_old");
                db.execute("CREATE TABLE note (id TEXT PRIMARY KEY NOT NULL, citizen_id TEXT NOT NULL, date TEXT, "
                           "text TEXT NOT NULL)");
                db.execute("INSERT INTO note SELECT id, citizen_id, date, text FROM note_old");
                db.execute("DROP TABLE note_old");
            },
            "column note.agreements is gone" },
    };
    for (const Broken &b : broken) {
        SCOPED_TRACE(b.what);
        TestKit::TempFolder dir;
        const QString oldPath = copyOf(version, dir, "old");
        const QString path = copyOf(version, dir, "migrated");
        Snapshot before;
        {
            auto old = openAsStored(oldPath);
            ASSERT_TRUE(old);
            before = snapshot(*old);
        }
        MigrationPlan plan = Schema::migrations();
        plan.push_back({ next, b.apply, true });
        auto file = CaseFile::open(path, fixturePassphrase(), plan);
        ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
        const QStringList differences = dataDifferences(before, *(*file)->database());
        EXPECT_TRUE(differences.join(QLatin1Char('\n')).contains(QLatin1String(b.reported)))
            << qPrintable(differences.join(QLatin1Char('\n')));
    }

    // And a schema that is not that of a new file.
    TestKit::TempFolder dir;
    MigrationPlan plan = Schema::migrations();
    plan.push_back({ next, [](Database &db) {
                        db.execute("CREATE INDEX note_place ON note (place)");
                    } });
    auto migrated = CaseFile::open(copyOf(version, dir, "migrated"), fixturePassphrase(), plan);
    auto fresh = CaseFile::create(dir.caseFile("fresh"), fixturePassphrase(), TestKit::fastKdf());
    ASSERT_TRUE(migrated.ok());
    ASSERT_TRUE(fresh.ok());
    const QStringList differences
        = schemaDifferences(schemaOf(*(*migrated)->database()), schemaOf(*(*fresh)->database()));
    EXPECT_TRUE(differences.contains(QStringLiteral("+   index note_place unique=0 origin=c partial=0 (place BINARY)")))
        << qPrintable(differences.join(QLatin1Char('\n')));
}

// ---- Steps that run with foreign keys off (SQLite's table rebuild) -----------------------------------------

namespace {

constexpr const char *Passphrase = "fremmednøgler-slukket-23";

/// A current file with a household, a member of it and a citizen in it: rows that point at the household.
std::unique_ptr<CaseFile> fileWithHousehold(const QString &path)
{
    auto file = CaseFile::create(path, TestKit::passphrase(Passphrase), TestKit::fastKdf());
    if (!file)
        return {};
    Status s = (*file)->write([&] {
        Database &db = *(*file)->database();
        db.execute("INSERT INTO household (id, name, family_coordinator, created_at, updated_at) "
                   "VALUES ('h1', 'Familien Fiktivsen', 'Karla', 't', 't')");
        db.execute("INSERT INTO citizen (id, name, status, household_id, created_at, updated_at) "
                   "VALUES ('c1', 'Anna Fiktivsen', 'active', 'h1', 't', 't')");
        db.execute("INSERT INTO household_member (id, household_id, name, role, citizen_id, created_at, updated_at) "
                   "VALUES ('m1', 'h1', 'Anna Fiktivsen', 'adult', 'c1', 't', 't')");
    });
    return s ? std::move(*file) : nullptr;
}

/// Rebuilds household (new table, copy, drop, rename) with one more column, as lang_altertable.html says.
void rebuildHousehold(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE household_new (
            id                  TEXT PRIMARY KEY NOT NULL,
            name                TEXT NOT NULL,
            family_coordinator  TEXT NOT NULL DEFAULT '',
            colour              TEXT NOT NULL DEFAULT '',
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL
        )
    )sql");
    db.execute("INSERT INTO household_new (id, name, family_coordinator, created_at, updated_at) "
               "SELECT id, name, family_coordinator, created_at, updated_at FROM household");
    db.execute("DROP TABLE household");
    db.execute("ALTER TABLE household_new RENAME TO household");
}

int count(Database &db, const char *sql)
{
    return queryColumn(db, QString::fromUtf8(sql)).value(0).toInt();
}

} // namespace

TEST(MigrationForeignKeys, AStepWithForeignKeysOffRebuildsAReferencedTableKeepingWhatPointsAtIt)
{
    TestKit::TempFolder dir;
    const QString path = dir.caseFile();
    ASSERT_TRUE(fileWithHousehold(path));
    const int v = Schema::currentVersion();

    int keysDuringStep = -1;
    MigrationPlan plan = Schema::migrations();
    plan.push_back({ v + 1,
        [&](Database &db) {
            keysDuringStep = foreignKeysPragma(db);
            rebuildHousehold(db);
        },
        true });
    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase), plan);
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    Database &db = *(*file)->database();
    EXPECT_EQ(keysDuringStep, 0);
    EXPECT_EQ(foreignKeysPragma(db), 1) << "on again after the step";
    EXPECT_EQ((*file)->schemaVersion().value(), v + 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM household WHERE colour = ''"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM citizen WHERE household_id = 'h1'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM household_member WHERE household_id = 'h1'"), 1);
    EXPECT_EQ(foreignKeyViolations(db), QStringList());
    // The references still work: removing the household now cascades to its member.
    db.execute("DELETE FROM household WHERE id = 'h1'");
    EXPECT_EQ(count(db, "SELECT count(*) FROM household_member"), 0);
    EXPECT_EQ(count(db, "SELECT count(*) FROM citizen WHERE household_id IS NULL"), 1);
}

// Why the flag exists: the same rebuild with foreign keys on loses the rows that point at the table.
TEST(MigrationForeignKeys, TheSameRebuildWithForeignKeysOnWouldLoseTheMembers)
{
    TestKit::TempFolder dir;
    const QString path = dir.caseFile();
    ASSERT_TRUE(fileWithHousehold(path));
    MigrationPlan plan = Schema::migrations();
    plan.push_back({ Schema::currentVersion() + 1, rebuildHousehold });
    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase), plan);
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    EXPECT_EQ(count(*(*file)->database(), "SELECT count(*) FROM household_member"), 0);
}

TEST(MigrationForeignKeys, AStepLeavingADanglingReferenceIsRolledBackAndTheFileStillOpens)
{
    TestKit::TempFolder dir;
    const QString path = dir.caseFile();
    const int v = Schema::currentVersion();
    MigrationPlan plan = Schema::migrations();
    plan.push_back({ v + 1,
        [](Database &db) {
            db.execute("CREATE TABLE half_done (n INTEGER)");
            db.execute("DELETE FROM household WHERE id = 'h1'"); // the citizen and the member still point at it
        },
        true });
    {
        auto file = fileWithHousehold(path);
        ASSERT_TRUE(file);
        Database &db = *file->database();
        Status s = MigrationRunner::run(db, plan);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::Damaged);
        EXPECT_TRUE(s.error().detail.contains(QLatin1String("household"))) << qPrintable(s.error().detail);
        EXPECT_FALSE(s.error().detail.contains(QLatin1String("Fiktivsen"))) << "no data in the detail";
        EXPECT_EQ(foreignKeysPragma(db), 1) << "on again after the refused step";
        EXPECT_EQ(db.userVersion(), v);
    }
    // Through CaseFile as well: refused, and nothing of the step is left.
    auto refused = CaseFile::open(path, TestKit::passphrase(Passphrase), plan);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Damaged);

    auto file = CaseFile::open(path, TestKit::passphrase(Passphrase));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    Database &db = *(*file)->database();
    EXPECT_EQ((*file)->schemaVersion().value(), v);
    EXPECT_EQ(count(db, "SELECT count(*) FROM household WHERE id = 'h1'"), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"), 0);
    EXPECT_EQ(foreignKeysPragma(db), 1);
}

TEST(MigrationForeignKeys, AFailingStepTurnsForeignKeysBackOn)
{
    TestKit::TempFolder dir;
    auto file = fileWithHousehold(dir.caseFile());
    ASSERT_TRUE(file);
    Database &db = *file->database();
    MigrationPlan plan = Schema::migrations();
    plan.push_back({ Schema::currentVersion() + 1,
        [](Database &step) {
            step.execute("DROP TABLE household");
            step.execute("INSERT INTO no_such_table VALUES (1)");
        },
        true });
    EXPECT_FALSE(MigrationRunner::run(db, plan).ok());
    EXPECT_EQ(foreignKeysPragma(db), 1);
    EXPECT_EQ(count(db, "SELECT count(*) FROM household"), 1);
    EXPECT_EQ(db.userVersion(), Schema::currentVersion());
}

TEST(MigrationForeignKeys, IsRefusedInsideATransactionWhereThePragmaWouldDoNothing)
{
    TestKit::TempFolder dir;
    auto file = fileWithHousehold(dir.caseFile());
    ASSERT_TRUE(file);
    Database &db = *file->database();
    MigrationPlan plan = Schema::migrations();
    bool ran = false;
    plan.push_back({ Schema::currentVersion() + 1, [&](Database &) { ran = true; }, true });
    Status inner;
    ASSERT_TRUE(db.transaction([&] { inner = MigrationRunner::run(db, plan); }).ok());
    ASSERT_FALSE(inner.ok());
    EXPECT_EQ(inner.error().code, ErrorCode::Internal);
    EXPECT_FALSE(ran);
    EXPECT_EQ(foreignKeysPragma(db), 1);
}

// Schema 6 keeps only what a reference can say: ids in the old lists that name nothing, a member of another
// household or the same id twice are left out; a consent's household becomes its member's.
TEST(MigrationFixtures, Version6DropsWhatNamesNothingAndTakesAConsentsHouseholdFromItsMember)
{
    TestKit::TempFolder dir;
    const QString path = copyOf(5, dir, "damaged");
    ASSERT_FALSE(path.isEmpty());
    QString intervention, family, otherMember, goalLink, consent, memberHousehold;
    {
        auto old = openAsStored(path);
        ASSERT_TRUE(old);
        const QStringList first = queryColumn(*old,
            QStringLiteral("SELECT i.id || '|' || i.member_ids || '|' || p.household_id FROM intervention i "
                           "JOIN family_plan p ON p.id = i.plan_id ORDER BY i.id LIMIT 1"));
        ASSERT_EQ(first.size(), 1);
        const QStringList parts = first.first().split(QLatin1Char('|'));
        intervention = parts.at(0);
        const QString members = parts.at(1);
        family = parts.at(2);
        otherMember = queryColumn(
            *old, QStringLiteral("SELECT id FROM household_member WHERE household_id <> '%1' LIMIT 1").arg(family))
                          .value(0);
        ASSERT_FALSE(otherMember.isEmpty());
        const QString damaged = members + QStringLiteral(",no-such-member,") + otherMember + QLatin1Char(',')
            + members.section(QLatin1Char(','), 0, 0);
        Statement s = old->prepare("UPDATE intervention SET member_ids = ?1 WHERE id = ?2");
        s.bind(1, damaged).bind(2, intervention).run();
        const QStringList goal = queryColumn(*old,
            QStringLiteral("SELECT id || '|' || linked_goal_ids FROM family_goal "
                           "WHERE linked_goal_ids <> '' ORDER BY id LIMIT 1"));
        ASSERT_EQ(goal.size(), 1);
        goalLink = goal.first().section(QLatin1Char('|'), 0, 0);
        Statement g = old->prepare("UPDATE family_goal SET linked_goal_ids = 'no-such-goal,' || linked_goal_ids "
                                   "WHERE id = ?1");
        g.bind(1, goalLink).run();
        const QStringList c = queryColumn(*old,
            QStringLiteral("SELECT c.id || '|' || m.household_id FROM consent c JOIN household_member m "
                           "ON m.id = c.member_id ORDER BY c.id LIMIT 1"));
        ASSERT_EQ(c.size(), 1);
        consent = c.first().section(QLatin1Char('|'), 0, 0);
        memberHousehold = c.first().section(QLatin1Char('|'), 1, 1);
        Statement h = old->prepare(
            "UPDATE consent SET household_id = (SELECT id FROM household WHERE id <> ?2 LIMIT 1) WHERE id = ?1");
        h.bind(1, consent).bind(2, memberHousehold).run();
        ASSERT_NE(
            queryColumn(*old, QStringLiteral("SELECT household_id FROM consent WHERE id = '%1'").arg(consent)).value(0),
            memberHousehold);
    }
    QString wantMembers;
    {
        auto old = openAsStored(copyOf(5, dir, "original"));
        ASSERT_TRUE(old);
        wantMembers
            = queryColumn(*old, QStringLiteral("SELECT member_ids FROM intervention WHERE id = '%1'").arg(intervention))
                  .value(0);
    }

    auto file = CaseFile::open(path, fixturePassphrase());
    ASSERT_TRUE(file.ok()) << qPrintable(file.error().detail);
    Database &db = *(*file)->database();
    EXPECT_EQ(joinedIds(db,
                  "SELECT group_concat(member_id, ',' ORDER BY position) FROM intervention_member "
                  "WHERE intervention_id = ?1",
                  intervention),
        wantMembers);
    EXPECT_EQ(queryColumn(db,
                  QStringLiteral("SELECT count(*) FROM family_goal_link WHERE goal_id = 'no-such-goal' "
                                 "OR family_goal_id = '%1' AND position < 0")
                      .arg(goalLink))
                  .value(0),
        QStringLiteral("0"));
    EXPECT_EQ(
        queryColumn(
            db, QStringLiteral("SELECT min(position) FROM family_goal_link WHERE family_goal_id = '%1'").arg(goalLink))
            .value(0),
        QStringLiteral("0"))
        << "positions count the ids kept";
    EXPECT_EQ(queryColumn(db, QStringLiteral("SELECT household_id FROM consent WHERE id = '%1'").arg(consent)).value(0),
        memberHousehold);
    EXPECT_EQ(foreignKeyViolations(db), QStringList());
}
