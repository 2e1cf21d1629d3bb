// Stable storage codes of the domain's enumerations.
#include "Citizen.h"
#include "Goal.h"
#include "HouseholdMember.h"
#include "SteppingStone.h"

#include <array>
#include <utility>

namespace Traedesten::Domain {

namespace {

template<typename E, std::size_t N> QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromLatin1(code);
    }
    return QString::fromLatin1(table.front().second);
}

template<typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &code, E fallback)
{
    for (const auto &[e, c] : table) {
        if (code == QLatin1String(c))
            return e;
    }
    return fallback;
}

constexpr std::array<std::pair<CitizenStatus, const char *>, 2> citizenStatuses { {
    { CitizenStatus::Active, "active" },
    { CitizenStatus::Closed, "closed" },
} };

constexpr std::array<std::pair<MemberRole, const char *>, 2> memberRoles { {
    { MemberRole::Adult, "adult" },
    { MemberRole::Child, "child" },
} };

constexpr std::array<std::pair<GoalCategory, const char *>, 11> goalCategories { {
    { GoalCategory::Education, "education" },
    { GoalCategory::Employment, "employment" },
    { GoalCategory::Housing, "housing" },
    { GoalCategory::Health, "health" },
    { GoalCategory::MentalWellBeing, "mental_well_being" },
    { GoalCategory::Relations, "relations" },
    { GoalCategory::SubstanceUse, "substance_use" },
    { GoalCategory::Finances, "finances" },
    { GoalCategory::Family, "family" },
    { GoalCategory::Leisure, "leisure" },
    { GoalCategory::Other, "other" },
} };

constexpr std::array<std::pair<GoalStatus, const char *>, 3> goalStatuses { {
    { GoalStatus::Active, "active" },
    { GoalStatus::Achieved, "achieved" },
    { GoalStatus::Dropped, "dropped" },
} };

constexpr std::array<std::pair<StoneStatus, const char *>, 4> stoneStatuses { {
    { StoneStatus::Planned, "planned" },
    { StoneStatus::InProgress, "in_progress" },
    { StoneStatus::Done, "done" },
    { StoneStatus::Dropped, "dropped" },
} };

} // namespace

QString citizenStatusCode(CitizenStatus status)
{
    return codeOf(citizenStatuses, status);
}

CitizenStatus citizenStatusFromCode(const QString &code)
{
    return valueOf(citizenStatuses, code, CitizenStatus::Active);
}

QString memberRoleCode(MemberRole role)
{
    return codeOf(memberRoles, role);
}

MemberRole memberRoleFromCode(const QString &code)
{
    return valueOf(memberRoles, code, MemberRole::Adult);
}

const QList<GoalCategory> &allGoalCategories()
{
    static const QList<GoalCategory> all = [] {
        QList<GoalCategory> list;
        for (const auto &entry : goalCategories)
            list << entry.first;
        return list;
    }();
    return all;
}

QString goalCategoryCode(GoalCategory category)
{
    return codeOf(goalCategories, category);
}

GoalCategory goalCategoryFromCode(const QString &code)
{
    return valueOf(goalCategories, code, GoalCategory::Other);
}

QString goalStatusCode(GoalStatus status)
{
    return codeOf(goalStatuses, status);
}

GoalStatus goalStatusFromCode(const QString &code)
{
    return valueOf(goalStatuses, code, GoalStatus::Active);
}

QString stoneStatusCode(StoneStatus status)
{
    return codeOf(stoneStatuses, status);
}

StoneStatus stoneStatusFromCode(const QString &code)
{
    return valueOf(stoneStatuses, code, StoneStatus::Planned);
}

} // namespace Traedesten::Domain
