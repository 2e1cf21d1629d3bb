#pragma once

#include "domain/Citizen.h"
#include "domain/FamilyPlan.h"
#include "domain/Goal.h"
#include "domain/HouseholdMember.h"
#include "domain/LedgerEntry.h"
#include "domain/Money.h"
#include "domain/SpendingCategory.h"
#include "domain/SteppingStone.h"
#include "domain/TargetGroup.h"

#include <QCoreApplication>
#include <QDate>

namespace Traedesten::Ui {

/// The words the UI uses for the domain's values, in the current language (see GLOSSARY.md).
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString citizenStatus(Domain::CitizenStatus status);
    static QString targetGroup(Domain::TargetGroup group);
    /// The untranslated English name of a target group by its code (for prints), or nullptr.
    static const char *targetGroupSource(const QString &code);
    static QString targetGroups(Domain::TargetGroups groups);
    static QString goalCategory(Domain::GoalCategory category);
    static const char *goalCategorySource(Domain::GoalCategory category);
    static QString stoneStatus(Domain::StoneStatus status);
    static QString goalStatus(Domain::GoalStatus status);
    static QString memberRole(Domain::MemberRole role);
    static QString entryKind(Domain::EntryKind kind);
    static QString department(const Domain::Department &department);
    /// The untranslated English name of a built-in department (for prints in another language), or nullptr.
    static const char *departmentSource(const QString &code);
    static QString interventionStatus(Domain::InterventionStatus status);
    static QString entryState(Domain::EntryState state);
    /// A built-in category in the current language, or the file's own name.
    static QString spendingCategory(const Domain::SpendingCategory &category);
    static QString spendingCategoryCode(const QString &code);
    /// The untranslated English name of a built-in category (for prints in another language), or nullptr.
    static const char *spendingCategorySource(const QString &code);
    /**
     * An amount a person typed: in the program's language first ("1.234,50" in
     * Danish), then in the other one ("1,234.50"), so both are understood. The
     * refusal is the one for the program's language.
     */
    static Result<Domain::Money> parseMoney(const QString &text, Domain::Currency currency);
    /// Tables: 03-09-2020 in Danish, 03/09/2020 in English.
    static QString shortDate(const QDate &date);
    /// Prose and prints: 3. september 2020 / 3 September 2020.
    static QString longDate(const QDate &date);
};

} // namespace Traedesten::Ui
