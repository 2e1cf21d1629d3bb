#include "DemoOutcomes.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace Traedesten::Storage::DemoOutcomes {

using namespace SqlValues;

namespace {

int between(QRandomGenerator &random, int low, int high)
{
    return low + static_cast<int>(random.bounded(static_cast<quint32>(high - low + 1)));
}

/// Five WHO-5 answers (0–5 each) adding up to @p sum, the extra points on items chosen at random.
QString who5Items(QRandomGenerator &random, int sum)
{
    int items[5];
    const int offset = between(random, 0, 4);
    for (int i = 0; i < 5; ++i)
        items[(offset + i) % 5] = sum / 5 + (i < sum % 5 ? 1 : 0);
    QStringList parts;
    for (int item : items)
        parts << QString::number(item);
    return parts.join(QLatin1Char(','));
}

struct Member
{
    QString id;
    bool child;
    bool citizen;
};

constexpr const char *FfbAreas[] = { "ffb_self_care", "ffb_practical", "ffb_mobility", "ffb_community", "ffb_social",
    "ffb_health", "ffb_communication", "ffb_mental" };

} // namespace

void add(Database &db, QRandomGenerator &random, const QDate &today, const QDateTime &stamp)
{
    // Only what this run of the demo wrote: its rows all carry the same creation stamp.
    const QString stampText = stamp.toUTC().toString(Qt::ISODateWithMs); // as bindTimestamp stores it
    QHash<QString, QString> indicators; // code → id (the built-in ones have id = code, unless the file changed)
    for (Statement s = db.prepare("SELECT code, id FROM indicator WHERE code <> ''"); s.next();)
        indicators.insert(s.text(0), s.text(1));
    QHash<QString, std::pair<QString, QString>> types; // code → (type id, department id)
    QString familyDepartment;
    for (Statement s = db.prepare("SELECT id FROM department WHERE code = 'family'"); s.next();)
        familyDepartment = s.text(0);
    for (Statement s = db.prepare("SELECT code, id, COALESCE(department_id, '') FROM benefit_type WHERE code <> ''");
         s.next();)
        types.insert(s.text(0), { s.text(1), s.isNull(2) || s.text(2).isEmpty() ? familyDepartment : s.text(2) });

    // Goals and members by owner, in insertion order (rowid), so the random draws are deterministic.
    QHash<QString, QList<std::pair<QString, bool>>> goals; // citizen → (goal id, achieved)
    {
        Statement s = db.prepare("SELECT g.citizen_id, g.id, g.status = 'achieved' FROM goal g "
                                 "JOIN citizen c ON c.id = g.citizen_id WHERE c.created_at = ?1 ORDER BY g.rowid");
        s.bind(1, stampText);
        while (s.next())
            goals[s.text(0)].append({ s.text(1), s.int64(2) != 0 });
    }
    QHash<QString, QList<Member>> members; // household → members in the household's order
    {
        Statement s = db.prepare("SELECT m.household_id, m.id, m.role = 'child', m.citizen_id IS NOT NULL "
                                 "FROM household_member m JOIN household h ON h.id = m.household_id "
                                 "WHERE h.created_at = ?1 ORDER BY m.household_id, m.position, m.rowid");
        s.bind(1, stampText);
        while (s.next())
            members[s.text(0)].append({ s.text(1), s.int64(2) != 0, s.int64(3) != 0 });
    }

    Statement measurement = db.prepare(R"sql(
        INSERT INTO measurement (id, citizen_id, indicator_id, measured_on, value, category, items, measured_by, note,
                                 created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', ?9, ?9))sql");
    Statement assess = db.prepare("UPDATE goal SET own_assessment = ?1, support_assessment = ?2 WHERE id = ?3");
    Statement benefit = db.prepare(R"sql(
        INSERT INTO benefit (id, member_id, type_id, department_id, monthly_cost_minor, start_date, end_date, note,
                             created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '', ?8, ?8))sql");

    QSet<QString> households; // each household's benefits once, should two citizens share it
    Statement citizens = db.prepare("SELECT id, target_groups, status, start_date, household_id, support_person "
                                    "FROM citizen WHERE created_at = ?1 ORDER BY rowid");
    citizens.bind(1, stampText);
    while (citizens.next()) {
        const QString citizenId = citizens.text(0);
        const QString groups = citizens.text(1);
        const bool homeless = groups.contains(QLatin1String("homelessness"));
        const bool mental = groups.contains(QLatin1String("mental_illness"));
        const bool young = groups.contains(QLatin1String("young_people"));
        const bool closed = citizens.text(2) == u"closed";
        const QDate start = qMin(dateAt(citizens, 3).isValid() ? dateAt(citizens, 3) : today, today);
        const QString householdId = citizens.text(4);
        const QString supportPerson = citizens.text(5);

        const auto measure = [&](const char *code, const QDate &on, double value, const QString &category = {},
                                 const QString &items = {}) {
            const QString indicator = indicators.value(QString::fromLatin1(code));
            if (indicator.isEmpty())
                return;
            measurement.bind(1, newId()).bind(2, citizenId).bind(3, indicator);
            bindDate(measurement, 4, on);
            measurement.bind(5, value).bind(6, category).bind(7, items).bind(8, supportPerson).bind(9, stampText);
            measurement.run();
            measurement.reset();
        };

        // Measured at the start and about every three months since; someone who began less than two weeks ago
        // has only the baseline so far.
        const QDate last = qMax(start, today.addDays(-between(random, 0, 10)));
        const int span = static_cast<int>(start.daysTo(last));
        const int count = span < 14 ? 1 : qBound(2, 1 + span / 91, 5);
        QList<QDate> dates;
        for (int k = 0; k < count; ++k)
            dates << (count == 1 ? start : start.addDays(span * k / (count - 1)));
        // Most get better, some stay where they were, a few get worse (as in the trials).
        const int roll = between(random, 0, 9);
        const int trend = roll < 6 ? 1 : roll < 8 ? 0 : -1;
        const int change = count > 1 ? between(random, 1, count - 1) : 0; // when a situation changes, if it does
        const auto fraction = [&](int k) {
            return count > 1 ? double(k) / (count - 1) : 0.0;
        };

        const int who5Base = between(random, 5, 13);
        const int who5Delta = trend > 0 ? between(random, 3, 9) : trend < 0 ? -between(random, 2, 5) : 0;
        const int healthBase = between(random, 2, 3);
        const int healthDelta = trend > 0 ? between(random, 0, 2) : trend;
        for (int k = 0; k < count; ++k) {
            const int noise = k == 0 ? 0 : between(random, -1, 1);
            const int sum = qBound(0, who5Base + qRound(who5Delta * fraction(k)) + noise, 25);
            measure("who5", dates[k], sum * 4, {}, who5Items(random, sum));
            measure("self_rated_health", dates[k], qBound(1, healthBase + qRound(healthDelta * fraction(k)), 5));
        }

        // Situations: the baseline, then a change at one measurement when there is one.
        QString employment
            = mental && between(random, 0, 1) == 0 ? QStringLiteral("sick_leave") : QStringLiteral("unemployed");
        QString cash
            = between(random, 0, 6) == 0 ? QStringLiteral("partly_on_benefits") : QStringLiteral("fully_on_benefits");
        QString housing = homeless
            ? (between(random, 0, 4) < 2 ? QStringLiteral("rough_sleeping") : QStringLiteral("hostel"))
            : young && between(random, 0, 1) == 0  ? QStringLiteral("with_family_or_friends")
            : mental && between(random, 0, 4) == 0 ? QStringLiteral("supported_housing")
                                                   : QStringLiteral("own_home");
        measure("employment_status", start, 0, employment);
        measure("cash_benefit", start, 0, cash);
        measure("housing", start, 0, housing);
        measure("weekly_hours", start, 0);
        int hours = 0;
        if (count > 1 && trend > 0 && between(random, 0, 9) < 6) {
            const int r = between(random, 0, 2);
            employment = young || r == 0 ? QStringLiteral("education")
                : r == 1                 ? QStringLiteral("subsidised_job")
                                         : QStringLiteral("ordinary_job");
            hours = employment == u"ordinary_job" ? between(random, 20, 37) : between(random, 10, 25);
            cash = employment == u"ordinary_job" ? QStringLiteral("self_supporting")
                                                 : QStringLiteral("partly_on_benefits");
            measure("employment_status", dates[change], 0, employment);
            measure("cash_benefit", dates[change], 0, cash);
        } else if (count > 1 && trend < 0 && employment == u"unemployed" && between(random, 0, 2) == 0) {
            measure("employment_status", dates[change], 0, QStringLiteral("sick_leave"));
        }
        if (count > 1)
            measure("weekly_hours", dates.last(), hours);
        if (count > 1 && homeless && trend >= 0 && between(random, 0, 9) < 7) {
            const bool supported = between(random, 0, 1) == 0;
            measure("housing", dates[change], 0,
                supported ? QStringLiteral("supported_housing") : QStringLiteral("own_home"));
            if (supported && change < count - 1 && between(random, 0, 1) == 0)
                measure("housing", dates.last(), 0, QStringLiteral("own_home"));
        }
        // FFB functioning levels (0–4, lower is better) in two areas for some.
        if (mental || groups.contains(QLatin1String("substance_use")) || between(random, 0, 2) == 0) {
            const int first = between(random, 0, 7);
            for (int area : { first, (first + between(random, 1, 7)) % 8 }) {
                const int level = between(random, 2, 3);
                measure(FfbAreas[area], start, level);
                if (count > 1)
                    measure(FfbAreas[area], dates.last(), qBound(0, level - trend, 4));
            }
        }

        // End assessments, where a goal has come to an end: the citizen's own (trial: 22 % achieved,
        // 47 % got closer, 31 % not closer) and the support person's, which is mostly the more positive.
        for (const auto &[goalId, achieved] : goals.value(citizenId)) {
            // Also those near the end of their budget period (eight months or more in), whose goals
            // were talked through at a closing meeting.
            if (!closed && !achieved && start.daysTo(today) < 240)
                continue;
            const int own = between(random, 0, 99);
            const int support = between(random, 0, 99);
            const char *ownCode = own < 22 ? "achieved" : own < 69 ? "got_closer" : "not_closer";
            const char *supportCode = own < 22 ? (support < 60 ? "very_high_degree" : "high_degree")
                : own < 69                     ? (support < 10 ? "very_high_degree"
                                              : support < 55   ? "high_degree"
                                              : support < 90   ? "some_degree"
                                                               : "small_degree")
                                               : (support < 10        ? "high_degree"
                                                       : support < 50 ? "some_degree"
                                                       : support < 85 ? "small_degree"
                                                                      : "not_at_all");
            assess.bind(1, QString::fromLatin1(ownCode)).bind(2, QString::fromLatin1(supportCode)).bind(3, goalId);
            assess.run();
            assess.reset();
        }

        // The household's public benefits, starting around the citizen's start; about a third ended in the
        // last months, so the family's public cost falls as it gains independence.
        if (householdId.isEmpty() || households.contains(householdId))
            continue;
        households.insert(householdId);
        const auto grant = [&](const Member &m, const char *code, int lowKr, int highKr) {
            const auto type = types.value(QString::fromLatin1(code));
            if (type.first.isEmpty() || type.second.isEmpty())
                return;
            const QDate from = qMin(today, start.addDays(between(random, -60, 20)));
            QDate to;
            if (between(random, 0, 2) == 0 && from.daysTo(today) > 30)
                to = qMax(from, today.addDays(-between(random, 5, 100)));
            benefit.bind(1, newId()).bind(2, m.id).bind(3, type.first).bind(4, type.second);
            benefit.bind(5, qint64(between(random, lowKr / 100, highKr / 100)) * 100 * 100); // whole hundreds of kr.
            bindDate(benefit, 6, from);
            bindDate(benefit, 7, to);
            benefit.bind(8, stampText);
            benefit.run();
            benefit.reset();
        };
        bool firstAdult = true;
        bool firstChild = true;
        for (const Member &m : members.value(householdId)) {
            if (!m.child) {
                if (m.citizen || between(random, 0, 1) == 0)
                    grant(m, "cash_benefit", 12'000, 16'000);
                if (firstAdult)
                    grant(m, "housing_benefit", 2'000, 4'000);
                if (between(random, 0, 9) < 3)
                    grant(m, between(random, 0, 1) == 0 ? "sickness_benefit" : "psychiatric_support", 8'000, 12'000);
                firstAdult = false;
                continue;
            }
            if (firstChild)
                grant(m, "family_treatment", 25'000, 40'000);
            firstChild = false;
            const int r = between(random, 0, 19);
            if (r < 3)
                grant(m, "placement", 40'000, 70'000);
            else if (r < 9)
                grant(m, "contact_person", 7'000, 9'000);
            else if (r < 15)
                grant(m, "preventive_measures", 4'000, 6'000);
        }
    }
}

} // namespace Traedesten::Storage::DemoOutcomes
