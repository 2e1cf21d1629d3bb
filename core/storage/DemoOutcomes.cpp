#include "DemoOutcomes.h"

#include "storage/OutcomeKinds.h"
#include "storage/PersonKinds.h"
#include "storage/PlanKinds.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace Traedesten::Storage::DemoOutcomes {

using namespace Domain;
using namespace SqlValues;

namespace {

int between(QRandomGenerator &random, int low, int high)
{
    return low + static_cast<int>(random.bounded(static_cast<quint32>(high - low + 1)));
}

/// Five WHO-5 answers (0–5 each) adding up to @p sum, the extra points on items chosen at random.
QList<int> who5Items(QRandomGenerator &random, int sum)
{
    QList<int> items(5);
    const int offset = between(random, 0, 4);
    for (int i = 0; i < 5; ++i)
        items[(offset + i) % 5] = sum / 5 + (i < sum % 5 ? 1 : 0);
    return items;
}

constexpr const char *FfbAreas[] = { "ffb_self_care", "ffb_practical", "ffb_mobility", "ffb_community", "ffb_social",
    "ffb_health", "ffb_communication", "ffb_mental" };

} // namespace

void add(Database &db, QRandomGenerator &random, const QDate &today, const QDateTime &stamp, const Made &made)
{
    QHash<QString, QString> indicators; // code → id (the built-in ones have id = code, unless the file changed)
    for (const Indicator &indicator : Kinds::indicator().readWhere(db, "code <> ''"))
        indicators.insert(indicator.code, indicator.id);
    QString familyDepartment;
    for (const Department &department : Kinds::department().readWhere(db, "code = 'family'"))
        familyDepartment = department.id;
    QHash<QString, std::pair<QString, QString>> types; // code → (type id, department id)
    for (const BenefitType &type : Kinds::benefitType().readWhere(db, "code <> ''"))
        types.insert(type.code, { type.id, type.departmentId.isEmpty() ? familyDepartment : type.departmentId });

    QSet<QString> households; // each household's benefits once, should two citizens share it
    for (const Citizen &citizen : made.citizens) {
        const bool homeless = citizen.targetGroups.testFlag(TargetGroup::Homelessness);
        const bool mental = citizen.targetGroups.testFlag(TargetGroup::MentalIllness);
        const bool young = citizen.targetGroups.testFlag(TargetGroup::YoungPeople);
        const bool closed = citizen.status == CitizenStatus::Closed;
        const QDate start = qMin(citizen.startDate.isValid() ? citizen.startDate : today, today);
        const QString &householdId = citizen.householdId;

        const auto measure = [&](const char *code, const QDate &on, double value, const QString &category = {},
                                 const QList<int> &items = {}) {
            const QString indicator = indicators.value(QString::fromLatin1(code));
            if (indicator.isEmpty())
                return;
            Measurement measurement;
            measurement.id = newId();
            measurement.citizenId = citizen.id;
            measurement.indicatorId = indicator;
            measurement.measuredOn = on;
            measurement.value = value;
            measurement.category = category;
            measurement.items = items;
            measurement.measuredBy = citizen.supportPerson;
            measurement.createdAt = stamp;
            measurement.updatedAt = stamp;
            Kinds::measurement().insert(db, measurement);
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
        if (mental || citizen.targetGroups.testFlag(TargetGroup::SubstanceUse) || between(random, 0, 2) == 0) {
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
        for (Goal goal : made.goals.value(citizen.id)) {
            // Also those near the end of their budget period (eight months or more in), whose goals
            // were talked through at a closing meeting.
            if (!closed && goal.status != GoalStatus::Achieved && start.daysTo(today) < 240)
                continue;
            const int own = between(random, 0, 99);
            const int support = between(random, 0, 99);
            using S = SupportAssessment;
            goal.ownAssessment = own < 22 ? OwnAssessment::Achieved
                : own < 69                ? OwnAssessment::GotCloser
                                          : OwnAssessment::NotCloser;
            goal.supportAssessment = own < 22 ? (support < 60 ? S::VeryHighDegree : S::HighDegree)
                : own < 69                    ? (support < 10 ? S::VeryHighDegree
                                             : support < 55   ? S::HighDegree
                                             : support < 90   ? S::SomeDegree
                                                              : S::SmallDegree)
                                              : (support < 10        ? S::HighDegree
                                                      : support < 50 ? S::SomeDegree
                                                      : support < 85 ? S::SmallDegree
                                                                     : S::NotAtAll);
            Kinds::goal().update(db, goal); // the assessments
        }

        // The household's public benefits, starting around the citizen's start; about a third ended in the
        // last months, so the family's public cost falls as it gains independence.
        if (householdId.isEmpty() || households.contains(householdId))
            continue;
        households.insert(householdId);
        const auto grant = [&](const HouseholdMember &m, const char *code, int lowKr, int highKr) {
            const auto type = types.value(QString::fromLatin1(code));
            if (type.first.isEmpty() || type.second.isEmpty())
                return;
            const QDate from = qMin(today, start.addDays(between(random, -60, 20)));
            QDate to;
            if (between(random, 0, 2) == 0 && from.daysTo(today) > 30)
                to = qMax(from, today.addDays(-between(random, 5, 100)));
            Benefit benefit;
            benefit.id = newId();
            benefit.memberId = m.id;
            benefit.typeId = type.first;
            benefit.departmentId = type.second;
            benefit.monthlyCostMinor = qint64(between(random, lowKr / 100, highKr / 100)) * 100 * 100; // whole 100s
            benefit.startDate = from;
            benefit.endDate = to;
            benefit.createdAt = stamp;
            benefit.updatedAt = stamp;
            Kinds::benefit().insert(db, benefit);
        };
        bool firstAdult = true;
        bool firstChild = true;
        for (const HouseholdMember &m : made.members.value(householdId)) {
            if (m.role != MemberRole::Child) {
                if (!m.citizenId.isEmpty() || between(random, 0, 1) == 0)
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
