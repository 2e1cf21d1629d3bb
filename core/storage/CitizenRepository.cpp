#include "CitizenRepository.h"

#include "domain/Cpr.h"
#include "domain/Validation.h"
#include "storage/CaseFile.h"
#include "storage/PersonKinds.h"
#include "storage/Refusal.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>

namespace Traedesten::Storage {

using namespace Domain;
using namespace SqlValues;

CitizenRepository::CitizenRepository(CaseFile &file)
    : m_file(file)
{ }

Result<Citizen> CitizenRepository::get(const QString &id)
{
    return m_file.read([&](Database &db) {
        const auto citizen = Kinds::citizen().find(db, id);
        if (!citizen)
            refuse("id", Issue::UnknownReference);
        return *citizen;
    });
}

Result<QList<Citizen>> CitizenRepository::all()
{
    return m_file.read([&](Database &db) { return Kinds::citizen().readAll(db); });
}

Result<Citizen> CitizenRepository::create(Citizen citizen)
{
    if (citizen.id.isEmpty())
        citizen.id = newId();
    citizen.createdAt = citizen.updatedAt = now();
    if (!citizen.cpr.isEmpty() && Cpr::parse(citizen.cpr).isValid())
        citizen.cpr = Cpr::parse(citizen.cpr).text();
    if (Status s = put(citizen); !s)
        return s.error();
    return citizen;
}

Result<Citizen> CitizenRepository::update(Citizen citizen)
{
    citizen.updatedAt = now();
    if (!citizen.cpr.isEmpty() && Cpr::parse(citizen.cpr).isValid())
        citizen.cpr = Cpr::parse(citizen.cpr).text();
    if (Status s = put(citizen); !s)
        return s.error();
    return citizen;
}

Status CitizenRepository::put(const Citizen &c)
{
    if (Status s = Validation::validate(c); !s)
        return s;
    if (c.id.isEmpty() || !c.createdAt.isValid() || !c.updatedAt.isValid())
        return Error { ErrorCode::Internal, QStringLiteral("citizen without id or timestamps") };
    return m_file.write([&](Database &db) {
        if (!c.householdId.isEmpty() && !Kinds::household().exists(db, c.householdId))
            refuse("householdId", Issue::UnknownReference);
        m_file.putRecord(Kinds::citizen(), c, c.id);
    });
}

Status CitizenRepository::remove(const QString &id)
{
    return m_file.write([&](Database &db) {
        if (!Kinds::citizen().exists(db, id))
            refuse("id", Issue::UnknownReference);
        m_file.removeRecord(Kinds::citizen(), id, id);
    });
}

Result<QList<CaseloadRow>> CitizenRepository::caseload()
{
    return caseloadRows({});
}

Result<CaseloadRow> CitizenRepository::caseloadRow(const QString &citizenId)
{
    auto rows = caseloadRows(citizenId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::invalid(QStringLiteral("id"), Issue::UnknownReference);
    return rows->first();
}

namespace {

/// The caseload summary; @p one: only the citizen bound to ?1.
QByteArray caseloadSql(bool one)
{
    QString sql = QStringLiteral(R"sql(
            WITH followups AS (
                SELECT p.household_id AS hid, min(i.next_follow_up) AS next
                FROM family_plan p JOIN intervention i ON i.plan_id = p.id
                WHERE i.status IN ('planned', 'active') AND i.next_follow_up IS NOT NULL
                  AND p.version = (SELECT max(q.version) FROM family_plan q WHERE q.household_id = p.household_id)
                  AND (?1 IS NULL OR p.household_id IN (SELECT household_id FROM citizen WHERE id = ?1))
                GROUP BY p.household_id)
            SELECT c.id, c.name, COALESCE(h.name, ''), c.support_person, c.status, c.target_groups,
                   cs.next_stone, cs.last_meeting, COALESCE(cs.stones_done, 0), COALESCE(cs.stones_total, 0),
                   cs.goal_words,
                   b.cap_minor, COALESCE(u.used_minor, 0), b.currency, followups.next, COALESCE(c.household_id, '')
            FROM citizen c
            LEFT JOIN household h ON h.id = c.household_id
            LEFT JOIN citizen_summary cs ON cs.citizen_id = c.id
            LEFT JOIN budget b ON b.citizen_id = c.id -- at most one per citizen
            LEFT JOIN budget_use u ON u.budget_id = b.id
            LEFT JOIN followups ON followups.hid = c.household_id
            WHERE ?1 IS NULL OR c.id = ?1
            ORDER BY c.name COLLATE NOCASE
        )sql");
    static const QRegularExpression filter(QStringLiteral(R"(WHERE \?1 IS NULL OR ([\w.]+) = \?1)"));
    sql.replace(filter, one ? QStringLiteral("WHERE \\1 = ?1") : QString());
    // The family plans' follow-ups: for one citizen only their household's (grouping every household's
    // interventions made refreshing one row after an edit grow with the caseload: 5 ms at 5,000 citizens).
    static const QRegularExpression household(QStringLiteral(R"(AND \(\?1 IS NULL OR ([\w.]+ IN \(SELECT [^)]*\))\))"));
    sql.replace(household, one ? QStringLiteral("AND \\1") : QString());
    return sql.toUtf8();
}

} // namespace

Result<QList<CaseloadRow>> CitizenRepository::caseloadRows(const QString &onlyId)
{
    Database *db = m_file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    QList<CaseloadRow> rows;
    try {
        // One statement for the whole caseload. The goals', stepping stones' and journal's figures are kept
        // per citizen by the schema (citizen_summary); the family plans' follow-ups and the budgets' sums are
        // grouped once over all rows.
        // Two texts of one statement: for one citizen every part filters by id (so SQLite uses
        // the indexes), for the whole caseload none does. "?1 IS NULL OR" would scan every table.
        static const QByteArray forAll = caseloadSql(false);
        static const QByteArray forOne = caseloadSql(true);
        // The one-citizen text runs after every edit: prepared once per connection.
        Statement s = onlyId.isEmpty() ? db->prepare(forAll.constData()) : db->cached(forOne);
        if (!onlyId.isEmpty())
            s.bind(1, onlyId);
        while (s.next()) {
            CaseloadRow row;
            row.citizenId = s.text(0);
            row.name = s.text(1);
            row.householdName = s.text(2);
            row.supportPerson = s.text(3);
            row.status = citizenStatusFromCode(s.text(4));
            row.targetGroups = targetGroupsFromCodes(s.text(5));
            if (!s.isNull(6)) {
                const QStringList next = s.text(6).split(QChar(31)); // due date, position, title
                row.nextStoneDue = QDate::fromString(next.value(0), Qt::ISODate);
                row.nextStoneTitle = next.value(2);
            }
            row.lastMeeting = dateAt(s, 7);
            row.stonesDone = static_cast<int>(s.int64(8));
            row.stonesTotal = static_cast<int>(s.int64(9));
            row.goalWords = s.text(10);
            if (!s.isNull(11)) {
                row.hasBudget = true;
                row.capMinor = s.int64(11);
                row.usedMinor = s.int64(12);
                row.currency = currencyFromCode(s.text(13));
            }
            row.nextFollowUp = dateAt(s, 14);
            row.householdId = s.text(15);
            rows.append(row);
        }
    } catch (const SqliteError &e) {
        return e.error();
    }
    return rows;
}

} // namespace Traedesten::Storage
