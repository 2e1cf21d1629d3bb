#include "MigrationFixtures.h"

#include "security/FileHeader.h"
#include "security/KeyDerivation.h"
#include "security/SecureBytes.h"
#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <initializer_list>

namespace Traedesten::TestKit::MigrationFixtures {

using Storage::Database;
using Storage::SqliteError;
using Storage::Statement;

namespace {

/// One value to insert, with its SQLite type. Text from UTF-8 literals; blobs only by bytes().
struct Value
{
    enum class Kind { Null, Text, Integer, Real, Blob };

    Value(std::nullptr_t)
        : kind(Kind::Null)
    { }
    Value(const char *utf8)
        : kind(Kind::Text)
        , text(QString::fromUtf8(utf8))
    { }
    Value(QString value)
        : kind(Kind::Text)
        , text(std::move(value))
    { }
    Value(int value)
        : kind(Kind::Integer)
        , integer(value)
    { }
    Value(qint64 value)
        : kind(Kind::Integer)
        , integer(value)
    { }
    Value(double value)
        : kind(Kind::Real)
        , real(value)
    { }
    static Value bytes(QByteArray value)
    {
        Value v(nullptr);
        v.kind = Kind::Blob;
        v.blob = std::move(value);
        return v;
    }

    Kind kind;
    QString text;
    qint64 integer = 0;
    double real = 0;
    QByteArray blob;
};

struct Column
{
    const char *name;
    Value value;
};

/// INSERT INTO @p table with every value bound (the column names are ours, never input).
void insert(Database &db, const char *table, std::initializer_list<Column> columns)
{
    QByteArray names;
    QByteArray parameters;
    int index = 0;
    for (const Column &c : columns) {
        if (index++ > 0) {
            names += ", ";
            parameters += ", ";
        }
        names += c.name;
        parameters += '?' + QByteArray::number(index);
    }
    const QByteArray sql = "INSERT INTO " + QByteArray(table) + " (" + names + ") VALUES (" + parameters + ")";
    Statement s = db.prepare(sql.constData());
    index = 0;
    for (const Column &c : columns) {
        ++index;
        switch (c.value.kind) {
        case Value::Kind::Null:
            s.bindNull(index);
            break;
        case Value::Kind::Text:
            s.bind(index, c.value.text);
            break;
        case Value::Kind::Integer:
            s.bind(index, c.value.integer);
            break;
        case Value::Kind::Real:
            s.bind(index, c.value.real);
            break;
        case Value::Kind::Blob:
            s.bindBlob(index, c.value.blob);
            break;
        }
    }
    s.run();
}

/// What a fixed id stands for: its first group, so a reader of a dump sees the kind of record.
enum class Kind {
    Household = 1,
    Citizen,
    Member,
    Goal,
    Stone,
    Note,
    Budget,
    Entry,
    Attachment,
    Category,
    Department,
    Plan,
    FamilyGoal,
    Intervention,
    Consent,
    Indicator,
    Measurement,
    BenefitType,
    Benefit,
    Audit,
    File,
};

/// A fixed UUID-shaped id, e.g. "00000002-0000-4000-8000-000000000003" for citizen 3.
QString uid(Kind kind, int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(static_cast<int>(kind), 8, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

QString joined(std::initializer_list<QString> ids)
{
    return QStringList(ids).join(QLatin1Char(','));
}

/// A 1×1 PNG: a municipality logo and an attachment.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

/// An audit event; @p n unique across all versions (version * 100 + i).
void event(
    Database &db, int n, const char *at, const char *action, const char *entityType, Value entityId, Value citizenId)
{
    insert(db, "audit_event",
        { { "id", uid(Kind::Audit, n) }, { "at", at }, { "actor", "fiktiv.stoetteperson" }, { "action", action },
            { "entity_type", entityType }, { "entity_id", std::move(entityId) },
            { "citizen_id", std::move(citizenId) } });
}

// Version 1: the file's settings and its audit log.
void fillVersion1(Database &db)
{
    const char *created = "2021-01-04T08:00:00.000Z";
    const struct
    {
        const char *key;
        Value value;
        const char *updated;
    } settings[] = {
        { "file.id", uid(Kind::File, 1), created },
        { "file.created_at", created, created },
        { "budget.currency", "DKK", created },
        { "budget.default_cap_minor", "4500000", "2021-01-05T10:30:00.000Z" },
        { "municipality.name", "Fiktiv Kommune", "2021-01-05T10:31:00.000Z" },
        { "municipality.logo_png", QString::fromLatin1(tinyPng().toBase64()), "2021-01-05T10:32:00.000Z" },
    };
    for (const auto &s : settings)
        insert(db, "file_setting",
            { { "key", s.key }, { "value", s.value }, { "created_at", created }, { "updated_at", s.updated } });

    event(db, 101, created, "file.created", "case_file", nullptr, nullptr);
    event(db, 102, "2021-01-05T10:30:00.000Z", "setting.changed", "file_setting", "budget.default_cap_minor", nullptr);
    event(db, 103, "2021-01-05T10:31:00.000Z", "setting.changed", "file_setting", "municipality.name", nullptr);
    event(db, 104, "2021-01-05T11:00:00.000Z", "file.locked", "case_file", nullptr, nullptr);
    event(db, 105, "2021-01-05T11:05:00.000Z", "file.unlocked", "case_file", nullptr, nullptr);
    // The log has no foreign keys: it names citizen 1, whose record the next version's data add.
    event(db, 106, "2021-01-05T11:06:00.000Z", "exported", "citizen", uid(Kind::Citizen, 1), uid(Kind::Citizen, 1));
}

// Version 2: households with members, citizens, goals with stepping stones, journal notes.
void fillVersion2(Database &db)
{
    const char *t0 = "2021-02-01T09:00:00.000Z";
    const char *t1 = "2021-03-15T13:45:30.250Z";

    insert(db, "household",
        { { "id", uid(Kind::Household, 1) }, { "name", "Familien Fiktivsen" },
            { "family_coordinator", "Karla Koordinator" }, { "created_at", t0 }, { "updated_at", t1 } });
    insert(db, "household",
        { { "id", uid(Kind::Household, 2) }, { "name", "Husstanden Prøvesen" }, { "family_coordinator", "" },
            { "created_at", t0 }, { "updated_at", t0 } });

    insert(db, "citizen",
        { { "id", uid(Kind::Citizen, 1) }, { "name", "Anna Fiktivsen" }, { "cpr", "010185-0000" },
            { "birth_date", "1985-01-01" }, { "phone", "20000001" }, { "email", "anna@eksempel.invalid" },
            { "address", "Prøvevej 1, 9999 Fiktivby" }, { "target_groups", "vulnerable_family,mental_illness" },
            { "status", "active" }, { "start_date", "2021-02-01" }, { "end_date", nullptr },
            { "support_person", "Sofie Støtte" }, { "household_id", uid(Kind::Household, 1) }, { "created_at", t0 },
            { "updated_at", t1 } });
    insert(db, "citizen",
        { { "id", uid(Kind::Citizen, 2) }, { "name", "Bo Fiktivsen" }, { "cpr", "" }, { "birth_date", nullptr },
            { "phone", "" }, { "email", "" }, { "address", "Prøvevej 1, 9999 Fiktivby" },
            { "target_groups", "vulnerable_family" }, { "status", "closed" }, { "start_date", "2021-02-01" },
            { "end_date", "2021-12-31" }, { "support_person", "Sofie Støtte" },
            { "household_id", uid(Kind::Household, 1) }, { "created_at", t0 }, { "updated_at", t1 } });
    insert(db, "citizen",
        { { "id", uid(Kind::Citizen, 3) }, { "name", "Carl Prøvesen" }, { "cpr", "150399-0000" },
            { "birth_date", "1999-03-15" }, { "phone", "+45 30 00 00 03" }, { "email", "" },
            { "address", "Testgade 3, 1. tv., 9999 Fiktivby" }, { "target_groups", "young_people,homelessness" },
            { "status", "active" }, { "start_date", nullptr }, { "end_date", nullptr }, { "support_person", "" },
            { "household_id", nullptr }, { "created_at", t1 }, { "updated_at", t1 } });

    const struct
    {
        int n;
        int household;
        const char *name;
        int birthYear;
        const char *role;
        const char *relation;
        int parental;
        Value citizen;
        int position;
    } members[] = {
        { 1, 1, "Anna Fiktivsen", 1985, "adult", "mor", 1, uid(Kind::Citizen, 1), 0 },
        { 2, 1, "Bo Fiktivsen", 1983, "adult", "far", 1, uid(Kind::Citizen, 2), 1 },
        { 3, 1, "Dina Fiktivsen", 2014, "child", "datter", 0, nullptr, 2 },
        { 4, 1, "Emil Fiktivsen", 0, "child", "", 0, nullptr, 3 },
        { 5, 2, "Carl Prøvesen", 1999, "adult", "", 0, uid(Kind::Citizen, 3), 0 },
    };
    for (const auto &m : members)
        insert(db, "household_member",
            { { "id", uid(Kind::Member, m.n) }, { "household_id", uid(Kind::Household, m.household) },
                { "name", m.name }, { "birth_year", m.birthYear }, { "role", m.role }, { "relation", m.relation },
                { "parental_responsibility", m.parental }, { "citizen_id", m.citizen }, { "position", m.position },
                { "created_at", t0 }, { "updated_at", m.n == 3 ? t1 : t0 } });

    const struct
    {
        int n;
        int citizen;
        const char *ownWords;
        const char *category;
        const char *status;
        int position;
    } goals[] = {
        { 1, 1, "Jeg vil have et arbejde, hvor jeg kan gå til fods", "work", "active", 0 },
        { 2, 1, "Mine børn skal have et godt hjem", "family", "achieved", 1 },
        { 3, 3, "Egen lejlighed inden jul", "housing", "active", 0 },
        { 4, 2, "Tage kørekort", "other", "dropped", 0 },
    };
    for (const auto &g : goals)
        insert(db, "goal",
            { { "id", uid(Kind::Goal, g.n) }, { "citizen_id", uid(Kind::Citizen, g.citizen) },
                { "own_words", g.ownWords }, { "category", g.category }, { "status", g.status },
                { "position", g.position }, { "created_at", t0 }, { "updated_at", g.n == 2 ? t1 : t0 } });

    const struct
    {
        int n;
        int goal;
        const char *title;
        int position;
        Value due;
        const char *status;
    } stones[] = {
        { 1, 1, "Skrive et CV", 0, "2021-02-20", "done" },
        { 2, 1, "Købe cykel til at komme på arbejde", 1, "2021-03-01", "done" },
        { 3, 1, "Søge tre job", 2, "2021-04-15", "in_progress" },
        { 4, 1, "Praktik i en butik", 3, nullptr, "planned" },
        { 5, 2, "Nye senge til børnene", 0, "2021-03-10", "done" },
        { 6, 3, "Skrive op til bolig", 0, "2021-05-01", "planned" },
        { 7, 4, "Teoriprøve", 0, "2021-06-01", "dropped" },
    };
    for (const auto &s : stones)
        insert(db, "stepping_stone",
            { { "id", uid(Kind::Stone, s.n) }, { "goal_id", uid(Kind::Goal, s.goal) }, { "title", s.title },
                { "position", s.position }, { "due_date", s.due }, { "status", s.status }, { "created_at", t0 },
                { "updated_at", s.n == 3 ? t1 : t0 } });

    insert(db, "note",
        { { "id", uid(Kind::Note, 1) }, { "citizen_id", uid(Kind::Citizen, 1) }, { "date", "2021-02-03" },
            { "place", "Hjemme hos Anna" }, { "participants", "Anna, Sofie" },
            { "text", "Vi talte om målet.\nAnna valgte selv næste trædesten: \"Skrive et CV\"." },
            { "agreements", "Mødes igen om en uge; Anna tager papirerne med" }, { "created_at", t0 },
            { "updated_at", t1 } });
    insert(db, "note",
        { { "id", uid(Kind::Note, 2) }, { "citizen_id", uid(Kind::Citizen, 1) }, { "date", "2021-02-10" },
            { "place", "" }, { "participants", "" }, { "text", "Kort telefonsamtale; alt går efter planen." },
            { "agreements", "" }, { "created_at", t0 }, { "updated_at", t0 } });
    insert(db, "note",
        { { "id", uid(Kind::Note, 3) }, { "citizen_id", uid(Kind::Citizen, 3) }, { "date", "2021-03-15" },
            { "place", "Biblioteket" }, { "participants", "Carl" }, { "text", "Første møde. Æ, ø og å virker." },
            { "agreements", "Carl skriver sig op til en bolig" }, { "created_at", t1 }, { "updated_at", t1 } });

    event(db, 201, t0, "record.created", "household", uid(Kind::Household, 1), nullptr);
    event(db, 202, t0, "record.created", "citizen", uid(Kind::Citizen, 1), uid(Kind::Citizen, 1));
    event(db, 203, t1, "record.updated", "goal", uid(Kind::Goal, 2), uid(Kind::Citizen, 1));
    event(db, 204, t1, "records.reordered", "stepping_stone", uid(Kind::Goal, 1), uid(Kind::Citizen, 1));
    event(db, 205, t1, "printed", "citizen", uid(Kind::Citizen, 3), uid(Kind::Citizen, 3));
}

// Version 3: budgets with ledger entries (one voided), a spending category of the user's own, receipts.
void fillVersion3(Database &db)
{
    const char *t0 = "2021-04-01T08:15:00.000Z";
    const char *t1 = "2021-04-20T16:00:00.500Z";

    insert(db, "spending_category",
        { { "id", uid(Kind::Category, 1) }, { "code", "" }, { "name", "Cykeludstyr" }, { "position", 11 },
            { "archived", 0 }, { "created_at", t0 }, { "updated_at", t0 } });
    insert(db, "spending_category",
        { { "id", uid(Kind::Category, 2) }, { "code", "" }, { "name", "Gammel kategori" }, { "position", 12 },
            { "archived", 1 }, { "created_at", t0 }, { "updated_at", t1 } });

    insert(db, "budget",
        { { "id", uid(Kind::Budget, 1) }, { "citizen_id", uid(Kind::Citizen, 1) }, { "cap_minor", 5000000 },
            { "currency", "DKK" }, { "period_start", "2021-02-01" }, { "months", 12 }, { "status", "active" },
            { "created_at", t0 }, { "updated_at", t1 } });
    insert(db, "budget",
        { { "id", uid(Kind::Budget, 2) }, { "citizen_id", uid(Kind::Citizen, 2) }, { "cap_minor", 1500050 },
            { "currency", "DKK" }, { "period_start", "2021-03-01" }, { "months", 15 }, { "status", "closed" },
            { "created_at", t0 }, { "updated_at", t0 } });

    const struct
    {
        int n;
        int budget;
        const char *kind;
        const char *state;
        const char *date;
        qint64 amount;
        const char *payee;
        const char *description;
        Value category;
        Value stone;
        const char *boughtBy;
        int decided;
        const char *voidReason;
    } entries[] = {
        { 1, 1, "purchase", "paid", "2021-02-25", 249995, "Cykelhandleren", "Brugt cykel med lygter", "transport",
            uid(Kind::Stone, 2), "Sofie Støtte", 1, "" },
        { 2, 1, "purchase", "reserved", "2021-04-10", 120000, "Printbutikken", "Printer til ansøgninger", "phone_it",
            uid(Kind::Stone, 3), "", 0, "" },
        { 3, 1, "purchase", "voided", "2021-03-02", 89900, "Cykelhandleren", "Cykelhjelm, købt to gange",
            uid(Kind::Category, 1), uid(Kind::Stone, 2), "Anna Fiktivsen", 1, "Fejlregistrering: købt to gange" },
        { 4, 1, "refund", "paid", "2021-03-05", -15000, "Cykelhandleren", "Retur af pant", "transport",
            uid(Kind::Stone, 2), "", 0, "" },
        { 5, 1, "adjustment", "paid", "2021-04-01", -5050, "", "Afrunding efter revision", nullptr, nullptr, "", 0,
            "" },
        { 6, 2, "purchase", "paid", "2021-03-08", 399900, "Møbelhuset", "To senge", "furniture", uid(Kind::Stone, 5),
            "Bo Fiktivsen", 1, "" },
    };
    for (const auto &e : entries)
        insert(db, "ledger_entry",
            { { "id", uid(Kind::Entry, e.n) }, { "budget_id", uid(Kind::Budget, e.budget) }, { "kind", e.kind },
                { "state", e.state }, { "date", e.date }, { "amount_minor", e.amount }, { "payee", e.payee },
                { "description", e.description }, { "category_id", e.category }, { "stone_id", e.stone },
                { "bought_by", e.boughtBy }, { "decided_with_citizen", e.decided }, { "void_reason", e.voidReason },
                { "created_at", t0 }, { "updated_at", e.n == 3 ? t1 : t0 } });

    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    pdf.append('\0').append("binary tail", 11);
    insert(db, "attachment",
        { { "id", uid(Kind::Attachment, 1) }, { "entry_id", uid(Kind::Entry, 1) }, { "file_name", "kvittering.pdf" },
            { "mime_type", "application/pdf" }, { "size", static_cast<qint64>(pdf.size()) },
            { "bytes", Value::bytes(pdf) }, { "created_at", t0 } });
    insert(db, "attachment",
        { { "id", uid(Kind::Attachment, 2) }, { "entry_id", uid(Kind::Entry, 1) }, { "file_name", "foto af cykel.png" },
            { "mime_type", "image/png" }, { "size", static_cast<qint64>(tinyPng().size()) },
            { "bytes", Value::bytes(tinyPng()) }, { "created_at", t1 } });
    insert(db, "attachment",
        { { "id", uid(Kind::Attachment, 3) }, { "entry_id", uid(Kind::Entry, 6) }, { "file_name", "faktura.png" },
            { "mime_type", "image/png" }, { "size", static_cast<qint64>(tinyPng().size()) },
            { "bytes", Value::bytes(tinyPng()) }, { "created_at", t0 } });

    event(db, 301, t0, "record.created", "budget", uid(Kind::Budget, 1), uid(Kind::Citizen, 1));
    event(db, 302, t1, "record.updated", "ledger_entry", uid(Kind::Entry, 3), uid(Kind::Citizen, 1));
    event(db, 303, t1, "record.deleted", "attachment", uid(Kind::Attachment, 9), uid(Kind::Citizen, 1));
}

// Version 4: family plans in two versions with family goals and interventions, a department of the
// user's own, consents.
void fillVersion4(Database &db)
{
    const char *t0 = "2021-05-03T10:00:00.000Z";
    const char *t1 = "2021-06-01T12:00:00.000Z";

    insert(db, "department",
        { { "id", uid(Kind::Department, 1) }, { "code", "" }, { "name", "Fiktiv misbrugsafdeling" }, { "position", 5 },
            { "archived", 0 }, { "created_at", t0 }, { "updated_at", t0 } });
    insert(db, "department",
        { { "id", uid(Kind::Department, 2) }, { "code", "" }, { "name", "Nedlagt afdeling" }, { "position", 6 },
            { "archived", 1 }, { "created_at", t0 }, { "updated_at", t1 } });

    insert(db, "family_plan",
        { { "id", uid(Kind::Plan, 1) }, { "household_id", uid(Kind::Household, 1) }, { "version", 1 },
            { "status", "signed" }, { "signed_on", "2021-05-10" }, { "review_date", "2021-08-10" },
            { "created_at", t0 }, { "updated_at", t1 } });
    insert(db, "family_plan",
        { { "id", uid(Kind::Plan, 2) }, { "household_id", uid(Kind::Household, 1) }, { "version", 2 },
            { "status", "draft" }, { "signed_on", nullptr }, { "review_date", "2021-11-10" }, { "created_at", t1 },
            { "updated_at", t1 } });
    insert(db, "family_plan",
        { { "id", uid(Kind::Plan, 3) }, { "household_id", uid(Kind::Household, 2) }, { "version", 1 },
            { "status", "draft" }, { "signed_on", nullptr }, { "review_date", nullptr }, { "created_at", t0 },
            { "updated_at", t0 } });

    const struct
    {
        int n;
        int plan;
        const char *text;
        QString linked;
        int position;
    } familyGoals[] = {
        { 1, 1, "Ro og struktur i hverdagen", joined({ uid(Kind::Goal, 1), uid(Kind::Goal, 2) }), 0 },
        { 2, 1, "Dina trives i skolen", QString(), 1 },
        { 3, 2, "Ro og struktur i hverdagen", joined({ uid(Kind::Goal, 2) }), 0 },
        { 4, 3, "Carl får sit eget sted at bo", joined({ uid(Kind::Goal, 3) }), 0 },
    };
    for (const auto &g : familyGoals)
        insert(db, "family_goal",
            { { "id", uid(Kind::FamilyGoal, g.n) }, { "plan_id", uid(Kind::Plan, g.plan) }, { "text", g.text },
                { "linked_goal_ids", g.linked }, { "position", g.position }, { "created_at", t0 },
                { "updated_at", g.n == 1 ? t1 : t0 } });

    const struct
    {
        int n;
        int plan;
        QString members;
        Value department;
        const char *title;
        const char *purpose;
        const char *person;
        const char *role;
        Value start;
        Value end;
        const char *status;
        int position;
        Value followUp;
    } interventions[] = {
        { 1, 1, joined({ uid(Kind::Member, 1), uid(Kind::Member, 2) }), "family", "Familiebehandling",
            "Færre konflikter i hjemmet", "Per Familie", "Familiebehandler", "2021-05-15", nullptr, "active", 0,
            "2021-06-15" },
        { 2, 1, joined({ uid(Kind::Member, 3) }), "school", "Lektiecafé", "Mindre fravær", "Mia Skole", "Lærer",
            "2021-05-20", "2021-06-30", "completed", 0, nullptr },
        { 3, 1, joined({ uid(Kind::Member, 1) }), "job_centre", "Virksomhedspraktik", "", "", "", nullptr, nullptr,
            "planned", 0, nullptr },
        { 4, 1, QString(), uid(Kind::Department, 1), "Rådgivning", "Afklaring", "Ole Råd", "Rådgiver", "2021-05-01",
            "2021-05-31", "stopped", 0, nullptr },
        { 5, 2, joined({ uid(Kind::Member, 1), uid(Kind::Member, 2), uid(Kind::Member, 3) }), "family",
            "Familiebehandling", "Færre konflikter i hjemmet", "Per Familie", "Familiebehandler", "2021-05-15", nullptr,
            "active", 0, "2021-07-01" },
        { 6, 2, joined({ uid(Kind::Member, 4) }), "family", "Kontaktperson", "En voksen at tale med", "Jens Kontakt",
            "Kontaktperson", "2021-06-10", nullptr, "active", 1, "2021-07-10" },
        { 7, 3, joined({ uid(Kind::Member, 5) }), "housing_social", "Hjælp til boligsøgning", "Egen bolig", "Ali Bolig",
            "Boligsocial medarbejder", "2021-05-05", nullptr, "active", 0, "2021-06-05" },
    };
    for (const auto &i : interventions)
        insert(db, "intervention",
            { { "id", uid(Kind::Intervention, i.n) }, { "plan_id", uid(Kind::Plan, i.plan) },
                { "member_ids", i.members }, { "department_id", i.department }, { "title", i.title },
                { "purpose", i.purpose }, { "responsible_person", i.person }, { "responsible_role", i.role },
                { "start_date", i.start }, { "end_date", i.end }, { "status", i.status }, { "position", i.position },
                { "next_follow_up", i.followUp }, { "created_at", t0 }, { "updated_at", i.n == 2 ? t1 : t0 } });

    const struct
    {
        int n;
        int household;
        int member;
        Value department;
        const char *scope;
        const char *given;
        Value expires;
        Value withdrawn;
    } consents[] = {
        { 1, 1, 1, "family", "Deling af oplysninger til familieplanen", "2021-05-03", "2022-05-03", nullptr },
        { 2, 1, 1, "school", "", "2021-05-03", nullptr, nullptr },
        { 3, 1, 2, "job_centre", "Kun om praktik", "2021-05-04", "2021-12-31", "2021-09-01" },
        { 4, 2, 5, uid(Kind::Department, 1), "Deling af oplysninger til familieplanen", "2021-05-05", nullptr,
            nullptr },
    };
    for (const auto &c : consents)
        insert(db, "consent",
            { { "id", uid(Kind::Consent, c.n) }, { "household_id", uid(Kind::Household, c.household) },
                { "member_id", uid(Kind::Member, c.member) }, { "department_id", c.department }, { "scope", c.scope },
                { "given_on", c.given }, { "expires_on", c.expires }, { "withdrawn_on", c.withdrawn },
                { "created_at", t0 }, { "updated_at", c.n == 3 ? t1 : t0 } });

    event(db, 401, t0, "record.created", "family_plan", uid(Kind::Plan, 1), nullptr);
    event(db, 402, t1, "record.created", "family_plan", uid(Kind::Plan, 2), nullptr);
    event(db, 403, t1, "printed", "family_plan", uid(Kind::Plan, 1), nullptr);
}

// Version 5: goals' end assessments, indicators (one of the user's own) and measurements, kinds of
// benefit and members' benefits.
void fillVersion5(Database &db)
{
    const char *t0 = "2021-09-01T07:30:00.000Z";
    const char *t1 = "2021-10-01T14:20:00.125Z";

    Statement assess = db.prepare("UPDATE goal SET own_assessment = ?2, support_assessment = ?3 WHERE id = ?1");
    assess.bind(1, uid(Kind::Goal, 2))
        .bind(2, QStringLiteral("Børnene har fået deres egne senge og sover bedre."))
        .bind(3, QStringLiteral("Målet er nået; familien har fået ro om aftenen."))
        .run();
    assess.reset();
    assess.bind(1, uid(Kind::Goal, 4))
        .bind(2, QStringLiteral("Det var ikke det rigtige tidspunkt."))
        .bind(3, QString())
        .run();

    insert(db, "indicator",
        { { "id", uid(Kind::Indicator, 1) }, { "code", "" }, { "name", "Dage med morgenmad" }, { "unit", "dage" },
            { "type", "number" }, { "minimum", 0.0 }, { "maximum", 7.0 }, { "categories", "" },
            { "higher_is_better", 1 }, { "position", 17 }, { "archived", 0 }, { "created_at", t0 },
            { "updated_at", t0 } });
    insert(db, "indicator",
        { { "id", uid(Kind::Indicator, 2) }, { "code", "" }, { "name", "Boligsituation (gammel)" }, { "unit", "" },
            { "type", "category" }, { "minimum", 0.0 }, { "maximum", 0.0 }, { "categories", "egen\nlånt\ningen" },
            { "higher_is_better", 0 }, { "position", 18 }, { "archived", 1 }, { "created_at", t0 },
            { "updated_at", t1 } });

    const struct
    {
        int n;
        int citizen;
        Value indicator;
        const char *on;
        double value;
        const char *category;
        const char *items;
        const char *by;
        const char *note;
    } measurements[] = {
        { 1, 1, "who5", "2021-02-01", 44.0, "", "2,2,3,2,2", "Sofie Støtte", "Baseline" },
        { 2, 1, "who5", "2021-09-01", 64.0, "", "3,3,3,4,3", "Sofie Støtte", "" },
        { 3, 1, "employment_status", "2021-09-01", 0.0, "subsidised_job", "", "Sofie Støtte", "Praktik i butik" },
        { 4, 1, "weekly_hours", "2021-09-01", 18.5, "", "", "", "" },
        { 5, 3, uid(Kind::Indicator, 1), "2021-09-02", 5.0, "", "", "Carl Prøvesen", "Selv indberettet" },
        { 6, 3, uid(Kind::Indicator, 2), "2021-09-02", 0.0, "lånt", "", "", "" },
        { 7, 2, "leisure_activity", "2021-09-03", 1.0, "", "", "Sofie Støtte", "" },
    };
    for (const auto &m : measurements)
        insert(db, "measurement",
            { { "id", uid(Kind::Measurement, m.n) }, { "citizen_id", uid(Kind::Citizen, m.citizen) },
                { "indicator_id", m.indicator }, { "measured_on", m.on }, { "value", m.value },
                { "category", m.category }, { "items", m.items }, { "measured_by", m.by }, { "note", m.note },
                { "created_at", t0 }, { "updated_at", m.n == 2 ? t1 : t0 } });

    insert(db, "benefit_type",
        { { "id", uid(Kind::BenefitType, 1) }, { "code", "" }, { "name", "Fiktiv særydelse" },
            { "department_id", uid(Kind::Department, 1) }, { "position", 10 }, { "archived", 0 }, { "created_at", t0 },
            { "updated_at", t0 } });
    insert(db, "benefit_type",
        { { "id", uid(Kind::BenefitType, 2) }, { "code", "" }, { "name", "Udgået ydelse" },
            { "department_id", nullptr }, { "position", 11 }, { "archived", 1 }, { "created_at", t0 },
            { "updated_at", t1 } });

    const struct
    {
        int n;
        int member;
        Value type;
        Value department;
        qint64 monthly;
        const char *start;
        Value end;
        const char *note;
    } benefits[] = {
        { 1, 1, "cash_benefit", "job_centre", 1234500, "2021-01-01", nullptr, "Sats for enlig forsørger" },
        { 2, 3, "preventive_measures", "family", 350000, "2021-03-01", "2021-08-31", "" },
        { 3, 4, "contact_person", "family", 0, "2021-06-10", nullptr, "Frivillig, ingen udgift" },
        { 4, 5, uid(Kind::BenefitType, 1), uid(Kind::Department, 1), 99999, "2021-05-01", "2021-05-01", "Én dag" },
    };
    for (const auto &b : benefits)
        insert(db, "benefit",
            { { "id", uid(Kind::Benefit, b.n) }, { "member_id", uid(Kind::Member, b.member) }, { "type_id", b.type },
                { "department_id", b.department }, { "monthly_cost_minor", b.monthly }, { "start_date", b.start },
                { "end_date", b.end }, { "note", b.note }, { "created_at", t0 },
                { "updated_at", b.n == 1 ? t1 : t0 } });

    event(db, 501, t0, "record.updated", "goal", uid(Kind::Goal, 2), uid(Kind::Citizen, 1));
    event(db, 502, t0, "record.created", "measurement", uid(Kind::Measurement, 1), uid(Kind::Citizen, 1));
    event(db, 503, t1, "record.created", "benefit", uid(Kind::Benefit, 1), nullptr);
}

/// Version 6 adds no values of its own: its join tables are filled by the migration from the lists of
/// versions 4 and 5, and the view ledger_use holds no rows.
void fillVersion6(Database &db)
{
    const char *t0 = "2026-12-01T08:00:00.000Z";
    event(db, 601, t0, "record.updated", "intervention", uid(Kind::Intervention, 1), uid(Kind::Citizen, 1));
}

/// Version 7 adds no values of its own either: its budgets' sums (budget_use, budget_category_use) are filled
/// by the migration from version 3's ledger and kept by triggers; a purchase without a category and a
/// reservation paid, written after the migration, go through the triggers.
void fillVersion7(Database &db)
{
    const char *t0 = "2027-01-04T09:30:00.000Z";
    insert(db, "ledger_entry",
        { { "id", uid(Kind::Entry, 7) }, { "budget_id", uid(Kind::Budget, 2) }, { "kind", "purchase" },
            { "state", "paid" }, { "date", "2021-05-02" }, { "amount_minor", 34950 }, { "payee", "Genbrugen" },
            { "description", "Sengetøj" }, { "category_id", nullptr }, { "stone_id", uid(Kind::Stone, 5) },
            { "bought_by", "Bo Fiktivsen" }, { "decided_with_citizen", 1 }, { "void_reason", "" }, { "created_at", t0 },
            { "updated_at", t0 } });
    Statement paid = db.prepare("UPDATE ledger_entry SET state = 'paid', updated_at = ?2 WHERE id = ?1");
    paid.bind(1, uid(Kind::Entry, 2)).bind(2, QString::fromLatin1(t0)).run();
    event(db, 701, t0, "record.created", "ledger_entry", uid(Kind::Entry, 7), uid(Kind::Citizen, 2));
}

/// Version 8 adds no values of its own: what the caseload list shows of each citizen (citizen_summary) is
/// filled by the migration from the goals, stones and notes and kept by triggers; a stone done and a
/// meeting noted after the migration go through them.
void fillVersion8(Database &db)
{
    const char *t0 = "2027-02-01T10:00:00.000Z";
    Statement done = db.prepare("UPDATE stepping_stone SET status = 'done', updated_at = ?2 WHERE id = ?1");
    done.bind(1, uid(Kind::Stone, 1)).bind(2, QString::fromLatin1(t0)).run();
    insert(db, "note",
        { { "id", uid(Kind::Note, 8) }, { "citizen_id", uid(Kind::Citizen, 2) }, { "date", "2021-10-04" },
            { "place", "Jobcentret" }, { "participants", "Bo Fiktivsen" }, { "text", "Aftalte næste skridt." },
            { "agreements", "" }, { "created_at", t0 }, { "updated_at", t0 } });
    event(db, 801, t0, "record.created", "note", uid(Kind::Note, 8), uid(Kind::Citizen, 2));
}

/// Version 9: a file that has been synchronised with a team server: its state (server, cursors), the base of
/// a record as the server had it, an open conflict with a resolution chosen here, a refused change.
void fillVersion9(Database &db)
{
    const char *t0 = "2027-03-01T12:00:00.000Z";
    insert(db, "sync_state", { { "key", "server" }, { "value", "6f1d2c3b-0000-4000-8000-000000000009" } });
    insert(db, "sync_state", { { "key", "user" }, { "value", "bo_fiktivsen" } });
    insert(db, "sync_state", { { "key", "pushed_seq" }, { "value", "801" } });
    insert(db, "sync_state", { { "key", "pull_tx" }, { "value", "912" } });
    insert(db, "sync_state", { { "key", "pull_seq" }, { "value", "4711" } });
    insert(db, "sync_base",
        { { "kind", "goal" }, { "id", uid(Kind::Goal, 1) }, { "case_id", uid(Kind::Citizen, 1) },
            { "parent_id", uid(Kind::Citizen, 1) }, { "version", 3 },
            { "fields", "{\"own_words\":\"Få et arbejde\",\"status\":\"active\"}" } });
    insert(db, "sync_conflict",
        { { "id", 17 }, { "kind", "goal" }, { "record_id", uid(Kind::Goal, 1) }, { "case_id", uid(Kind::Citizen, 1) },
            { "field", "own_words" }, { "base", "\"Få et job\"" }, { "mine", "\"Få et arbejde\"" },
            { "theirs", "\"Få et fast job\"" }, { "who", "bo_fiktivsen" }, { "at", t0 },
            { "resolution", "\"Få et fast arbejde\"" } });
    insert(db, "sync_refusal",
        { { "kind", "note" }, { "id", uid(Kind::Note, 8) }, { "case_id", uid(Kind::Citizen, 2) },
            { "reason", "not_allowed" }, { "at", t0 }, { "change", nullptr } });
    // A second of each: a household's record, a budget-cap conflict still open, a refusal of a case gone.
    insert(db, "sync_base",
        { { "kind", "household" }, { "id", uid(Kind::Household, 1) }, { "case_id", uid(Kind::Household, 1) },
            { "parent_id", nullptr }, { "version", 1 }, { "fields", "{\"name\":\"Familien Fiktivsen\"}" } });
    insert(db, "sync_conflict",
        { { "id", 18 }, { "kind", "ledger_entry" }, { "record_id", uid(Kind::Entry, 7) },
            { "case_id", uid(Kind::Citizen, 2) }, { "field", "budget_cap" }, { "base", nullptr },
            { "mine", "{\"amount_minor\":34950}" }, { "theirs", "{\"cap_minor\":5000000,\"used_minor\":4990000}" },
            { "who", "bo_fiktivsen" }, { "at", t0 }, { "resolution", nullptr } });
    insert(db, "sync_refusal",
        { { "kind", "goal" }, { "id", uid(Kind::Goal, 2) }, { "case_id", uid(Kind::Citizen, 1) },
            { "reason", "not_applied" }, { "at", "2027-03-02T08:00:00.000Z" },
            { "change", "{\"kind\":\"goal\",\"version\":4,\"fields\":{\"own_words\":\"Få et arbejde\"}}" } });
}

} // namespace

const std::vector<FillStep> &steps()
{
    static const std::vector<FillStep> list {
        { 1, fillVersion1 },
        { 2, fillVersion2 },
        { 3, fillVersion3 },
        { 4, fillVersion4 },
        { 5, fillVersion5 },
        { 6, fillVersion6 },
        { 7, fillVersion7 },
        { 8, fillVersion8 },
        { 9, fillVersion9 },
    };
    return list;
}

QList<int> versions()
{
    QList<int> out;
    for (const FillStep &step : steps())
        out << step.version;
    return out;
}

Storage::MigrationPlan planUpTo(int version)
{
    Storage::MigrationPlan plan;
    for (const Storage::Migration &step : Storage::Schema::migrations()) {
        if (step.version <= version)
            plan.push_back(step);
    }
    return plan;
}

QString fileName(int version)
{
    return QStringLiteral("schema-v%1.traedesten").arg(version);
}

Status write(const QString &path, int version, const Security::KdfParameters &kdf)
{
    if (QFileInfo::exists(path))
        return Error { ErrorCode::AlreadyExists, path };
    if (planUpTo(version).empty() || Storage::MigrationRunner::targetVersion(planUpTo(version)) != version)
        return Error { ErrorCode::InvalidInput, QStringLiteral("no schema version %1").arg(version) };

    // As CaseFile::create: our header as SQLCipher's salt, a key checked by it, an owner-only file.
    auto header = Security::FileHeader::generate(kdf);
    if (!header)
        return header.error();
    auto key
        = Security::KeyDerivation::deriveKey(Security::SecureBytes::fromUtf8(QString::fromUtf8(Passphrase)), *header);
    if (!key)
        return key.error();
    header->setKeyCheck(*key);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error { ErrorCode::Io, file.errorString() };
    }
    const auto fail = [&](Error error) -> Status {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return error;
    };
    {
        Security::SecureBytes literal = Security::KeyDerivation::sqlcipherKeyLiteral(*key, header->bytes());
        auto db = Database::open(path, literal, Database::Mode::CreateNew);
        if (!db)
            return fail(db.error());
        // Each version's data go in once the schema has reached it, as they would have in life.
        for (const FillStep &step : steps()) {
            if (step.version > version)
                break;
            if (Status s = Storage::MigrationRunner::run(**db, planUpTo(step.version)); !s)
                return fail(s.error());
            if (!step.fill)
                continue; // a version whose migration fills its own new tables from the data before it
            if (Status s = (*db)->transaction([&] { step.fill(**db); }); !s)
                return fail(s.error());
        }
        try {
            if ((*db)->userVersion() != version)
                return fail(Error { ErrorCode::Internal, QStringLiteral("fill steps do not reach the version") });
        } catch (const SqliteError &e) {
            return fail(e.error());
        }
    }
    QFile written(path);
    if (!written.open(QIODevice::ReadOnly) || written.read(Security::FileHeader::Size) != header->bytes())
        return fail(Error { ErrorCode::Internal, QStringLiteral("SQLCipher did not store the chosen salt") });
    return {};
}

Result<std::unique_ptr<Storage::CaseFile>> openCopy(int version, const QString &dataDir, const QString &copyPath)
{
    if (!QFile::copy(QDir(dataDir).filePath(fileName(version)), copyPath))
        return Error { ErrorCode::NotFound, fileName(version) };
    QFile::setPermissions(copyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Storage::CaseFile::open(copyPath, Security::SecureBytes::copyOf(QByteArray(Passphrase)));
}

} // namespace Traedesten::TestKit::MigrationFixtures
