#include "DueItems.h"

#include "storage/CaseFile.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/SqliteError.h"

#include <algorithm>

namespace Traedesten::Reports {

using namespace Storage;
using SqlValues::dateAt;

namespace {

// The citizen a household's item opens: the first active citizen of the household by name
// (through the citizen_household index). A household without one is no one's work this week.
constexpr const char *HouseholdCitizen = R"sql(
    (SELECT hc.id FROM citizen hc WHERE hc.household_id = h.id AND hc.status = 'active'
     ORDER BY hc.name COLLATE NOCASE, hc.id LIMIT 1)
)sql";

// Open stepping stones due by ?1 (through the stepping_stone_due index on status and due date).
constexpr const char *StonesSql = R"sql(
    SELECT s.id, s.due_date, s.title, c.id, c.name
    FROM stepping_stone s
    JOIN goal g ON g.id = s.goal_id
    JOIN citizen c ON c.id = g.citizen_id
    WHERE s.status IN ('planned', 'in_progress') AND s.due_date <= ?1 AND c.status = 'active'
)sql";

void readStones(Database &db, const QString &until, QList<DueItem> &items)
{
    Statement s = db.prepare(StonesSql);
    s.bind(1, until);
    while (s.next()) {
        DueItem item;
        item.kind = DueKind::SteppingStone;
        item.itemId = s.text(0);
        item.date = dateAt(s, 1);
        item.title = s.text(2);
        item.citizenId = s.text(3);
        item.citizenName = s.text(4);
        items.append(item);
    }
}

// Follow-ups of planned or active interventions in each household's current (latest) plan version,
// as the caseload list and the Family plan page count them.
void readFollowUps(Database &db, const QString &until, QList<DueItem> &items)
{
    const QByteArray sql = QByteArray(R"sql(
        SELECT i.id, i.next_follow_up, i.title, d.code, d.name, h.id, h.name, c.id, c.name
        FROM intervention i
        JOIN family_plan p ON p.id = i.plan_id
        JOIN household h ON h.id = p.household_id
        JOIN department d ON d.id = i.department_id
        JOIN citizen c ON c.id = )sql")
        + HouseholdCitizen + R"sql(
        WHERE i.next_follow_up <= ?1 AND i.status IN ('planned', 'active')
          AND p.version = (SELECT max(q.version) FROM family_plan q WHERE q.household_id = p.household_id)
    )sql";
    Statement s = db.prepare(sql.constData());
    s.bind(1, until);
    while (s.next()) {
        DueItem item;
        item.kind = DueKind::FollowUp;
        item.itemId = s.text(0);
        item.date = dateAt(s, 1);
        item.title = s.text(2);
        item.departmentCode = s.text(3);
        item.departmentName = s.text(4);
        item.householdId = s.text(5);
        item.householdName = s.text(6);
        item.citizenId = s.text(7);
        item.citizenName = s.text(8);
        items.append(item);
    }
}

// Consents that run out by ?1, neither withdrawn nor renewed (a renewal: another consent of the same
// member to the same department, not withdrawn, that lasts longer). They open at the member's own
// citizen if that citizen is active, otherwise at the household's.
void readConsents(Database &db, const QString &until, QList<DueItem> &items)
{
    const QByteArray sql = QByteArray(R"sql(
        SELECT k.id, k.expires_on, d.code, d.name, m.name, h.id, h.name, c.id, c.name
        FROM consent k
        JOIN household h ON h.id = k.household_id
        JOIN household_member m ON m.id = k.member_id
        JOIN department d ON d.id = k.department_id
        JOIN citizen c ON c.id = COALESCE(
            (SELECT mc.id FROM citizen mc WHERE mc.id = m.citizen_id AND mc.status = 'active'), )sql")
        + HouseholdCitizen + R"sql()
        WHERE k.expires_on <= ?1 AND k.withdrawn_on IS NULL
          AND NOT EXISTS (
              SELECT 1 FROM consent r
              WHERE r.household_id = k.household_id AND r.member_id = k.member_id
                AND r.department_id = k.department_id AND r.id <> k.id AND r.withdrawn_on IS NULL
                AND (r.expires_on IS NULL OR r.expires_on > k.expires_on))
    )sql";
    Statement s = db.prepare(sql.constData());
    s.bind(1, until);
    while (s.next()) {
        DueItem item;
        item.kind = DueKind::ConsentExpiry;
        item.itemId = s.text(0);
        item.date = dateAt(s, 1);
        item.departmentCode = s.text(2);
        item.departmentName = s.text(3);
        item.memberName = s.text(4);
        item.householdId = s.text(5);
        item.householdName = s.text(6);
        item.citizenId = s.text(7);
        item.citizenName = s.text(8);
        items.append(item);
    }
}

// Active budgets whose period ends by @p until. The last day is Domain::Budget::periodEnd()'s
// (Qt's month arithmetic, which SQLite's differs from at the end of a month), so SQL only narrows:
// a period of at least 12 months ends at least 363 days after it starts.
void readBudgets(Database &db, const QDate &until, QList<DueItem> &items)
{
    Statement s = db.prepare(R"sql(
        SELECT b.id, b.period_start, b.months, c.id, c.name
        FROM budget b JOIN citizen c ON c.id = b.citizen_id
        WHERE b.status = 'active' AND c.status = 'active' AND b.period_start <= ?1
    )sql");
    s.bind(1, until.addDays(-363).toString(Qt::ISODate));
    while (s.next()) {
        const QDate start = dateAt(s, 1);
        if (!start.isValid())
            continue;
        const QDate end = start.addMonths(static_cast<int>(s.int64(2))).addDays(-1);
        if (end > until)
            continue;
        DueItem item;
        item.kind = DueKind::BudgetEnd;
        item.itemId = s.text(0);
        item.date = end;
        item.periodStart = start;
        item.citizenId = s.text(3);
        item.citizenName = s.text(4);
        items.append(item);
    }
}

} // namespace

Result<QList<DueItem>> dueItems(CaseFile &file, const QDate &today, int days)
{
    Database *db = file.database();
    if (!db)
        return Error { ErrorCode::Locked, {} };
    if (!today.isValid())
        return Error::invalid(QStringLiteral("today"), Issue::InvalidDate);
    if (days < 0)
        return Error::invalid(QStringLiteral("days"), Issue::OutOfRange);
    const QDate until = today.addDays(days);
    const QString untilText = until.toString(Qt::ISODate);
    QList<DueItem> items;
    try {
        readStones(*db, untilText, items);
        readFollowUps(*db, untilText, items);
        readConsents(*db, untilText, items);
        readBudgets(*db, until, items);
    } catch (const SqliteError &e) {
        return e.error();
    }
    for (DueItem &item : items)
        item.overdue = item.date < today;
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (const int byName = QString::compare(a.citizenName, b.citizenName, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.itemId < b.itemId;
    });
    return items;
}

} // namespace Traedesten::Reports
