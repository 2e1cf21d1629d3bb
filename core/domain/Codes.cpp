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

constexpr std::array<std::pair<OwnAssessment, const char *>, 3> ownAssessments { {
    { OwnAssessment::Achieved, "achieved" },
    { OwnAssessment::GotCloser, "got_closer" },
    { OwnAssessment::NotCloser, "not_closer" },
} };

constexpr std::array<std::pair<SupportAssessment, const char *>, 5> supportAssessments { {
    { SupportAssessment::NotAtAll, "not_at_all" },
    { SupportAssessment::SmallDegree, "small_degree" },
    { SupportAssessment::SomeDegree, "some_degree" },
    { SupportAssessment::HighDegree, "high_degree" },
    { SupportAssessment::VeryHighDegree, "very_high_degree" },
} };

/// The value of @p code, or nullopt for an empty or unknown one ("not assessed yet").
template<typename E, std::size_t N>
std::optional<E> optionalOf(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table) {
        if (code == QLatin1String(c))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N> QList<E> valuesOf(const std::array<std::pair<E, const char *>, N> &table)
{
    QList<E> list;
    for (const auto &entry : table)
        list << entry.first;
    return list;
}

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

const QList<OwnAssessment> &allOwnAssessments()
{
    static const QList<OwnAssessment> all = valuesOf(ownAssessments);
    return all;
}

QString ownAssessmentCode(OwnAssessment assessment)
{
    return codeOf(ownAssessments, assessment);
}

std::optional<OwnAssessment> ownAssessmentFromCode(const QString &code)
{
    return optionalOf(ownAssessments, code);
}

const QList<SupportAssessment> &allSupportAssessments()
{
    static const QList<SupportAssessment> all = valuesOf(supportAssessments);
    return all;
}

QString supportAssessmentCode(SupportAssessment assessment)
{
    return codeOf(supportAssessments, assessment);
}

std::optional<SupportAssessment> supportAssessmentFromCode(const QString &code)
{
    return optionalOf(supportAssessments, code);
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
