#include "DomainText.h"

#include <QLocale>

namespace Traedesten::Ui {

using namespace Domain;

QString DomainText::citizenStatus(CitizenStatus status)
{
    return status == CitizenStatus::Active ? tr("Active") : tr("Closed");
}

const char *DomainText::targetGroupSource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "homelessness", QT_TR_NOOP("Homelessness") },
        { "substance_use", QT_TR_NOOP("Substance use") },
        { "mental_illness", QT_TR_NOOP("Mental illness") },
        { "vulnerable_family", QT_TR_NOOP("Vulnerable family") },
        { "young_people", QT_TR_NOOP("Young people") },
    };
    for (const auto &[c, name] : names) {
        if (code == QLatin1String(c))
            return name;
    }
    return nullptr;
}

QString DomainText::targetGroup(TargetGroup group)
{
    const char *source = targetGroupSource(targetGroupCode(group));
    return source ? tr(source) : QString();
}

QString DomainText::targetGroups(TargetGroups groups)
{
    QStringList names;
    for (TargetGroup g : allTargetGroups()) {
        if (groups.testFlag(g))
            names << targetGroup(g);
    }
    return names.join(QStringLiteral(", "));
}

const char *DomainText::goalCategorySource(GoalCategory category)
{
    switch (category) {
    case GoalCategory::Education:
        return QT_TR_NOOP("Education");
    case GoalCategory::Employment:
        return QT_TR_NOOP("Employment");
    case GoalCategory::Housing:
        return QT_TR_NOOP("Housing");
    case GoalCategory::Health:
        return QT_TR_NOOP("Health");
    case GoalCategory::MentalWellBeing:
        return QT_TR_NOOP("Mental well-being");
    case GoalCategory::Relations:
        return QT_TR_NOOP("Relations and network");
    case GoalCategory::SubstanceUse:
        return QT_TR_NOOP("Substance use");
    case GoalCategory::Finances:
        return QT_TR_NOOP("Finances and debt");
    case GoalCategory::Family:
        return QT_TR_NOOP("Family");
    case GoalCategory::Leisure:
        return QT_TR_NOOP("Leisure");
    case GoalCategory::Other:
        return QT_TR_NOOP("Other");
    }
    return "";
}

QString DomainText::goalCategory(GoalCategory category)
{
    return tr(goalCategorySource(category));
}

QString DomainText::stoneStatus(StoneStatus status)
{
    switch (status) {
    case StoneStatus::Planned:
        return tr("Planned");
    case StoneStatus::InProgress:
        return tr("In progress");
    case StoneStatus::Done:
        return tr("Done");
    case StoneStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString DomainText::goalStatus(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Active:
        return tr("Active", "goal status");
    case GoalStatus::Achieved:
        return tr("Achieved", "goal status");
    case GoalStatus::Dropped:
        return tr("Dropped", "goal status");
    }
    return {};
}

QString DomainText::memberRole(MemberRole role)
{
    switch (role) {
    case MemberRole::Adult:
        return tr("Adult");
    case MemberRole::Child:
        return tr("Child / young person");
    }
    return {};
}

QString DomainText::entryKind(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Purchase:
        return tr("Purchase");
    case EntryKind::Refund:
        return tr("Refund");
    case EntryKind::Adjustment:
        return tr("Adjustment");
    }
    return {};
}

const char *DomainText::departmentSource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "job_centre", QT_TR_NOOP("Job centre") },
        { "family", QT_TR_NOOP("Family department") },
        { "housing_social", QT_TR_NOOP("Housing social effort") },
        { "school", QT_TR_NOOP("School") },
        { "health_psychiatry", QT_TR_NOOP("Health and psychiatry") },
    };
    for (const auto &[c, name] : names) {
        if (code == QLatin1String(c))
            return name;
    }
    return nullptr;
}

QString DomainText::department(const Department &department)
{
    if (const char *source = departmentSource(department.code))
        return tr(source);
    return department.name;
}

QString DomainText::interventionStatus(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::Planned:
        return tr("Planned", "intervention status");
    case InterventionStatus::Active:
        return tr("Under way", "intervention status");
    case InterventionStatus::Completed:
        return tr("Completed", "intervention status");
    case InterventionStatus::Stopped:
        return tr("Stopped", "intervention status");
    }
    return {};
}

QString DomainText::entryState(EntryState state)
{
    switch (state) {
    case EntryState::Reserved:
        return tr("Reserved");
    case EntryState::Paid:
        return tr("Paid");
    case EntryState::Voided:
        return tr("Voided");
    }
    return {};
}

QString DomainText::spendingCategory(const SpendingCategory &category)
{
    if (!category.code.isEmpty())
        return spendingCategoryCode(category.code);
    return category.name;
}

const char *DomainText::spendingCategorySource(const QString &code)
{
    static const std::pair<const char *, const char *> names[] = {
        { "transport", QT_TR_NOOP("Transport and driving lessons") },
        { "health", QT_TR_NOOP("Health and dental") },
        { "clothing", QT_TR_NOOP("Clothing and hairdresser") },
        { "housing", QT_TR_NOOP("Housing and deposit") },
        { "furniture", QT_TR_NOOP("Furniture") },
        { "phone_it", QT_TR_NOOP("Phone and IT") },
        { "education", QT_TR_NOOP("Education and courses") },
        { "leisure", QT_TR_NOOP("Leisure") },
        { "documents", QT_TR_NOOP("Documents and ID") },
        { "debt", QT_TR_NOOP("Debt") },
        { "other", QT_TR_NOOP("Other spending") },
    };
    for (const auto &[c, name] : names) {
        if (code == QLatin1String(c))
            return name;
    }
    return nullptr;
}

QString DomainText::spendingCategoryCode(const QString &code)
{
    const char *source = spendingCategorySource(code);
    return source ? tr(source) : code;
}

Result<Money> DomainText::parseMoney(const QString &text, Currency currency)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("amount"), Issue::Required);
    const QLocale locale;
    auto first = Money::parse(text, locale, currency);
    if (first || first.error().issue != Issue::InvalidAmount)
        return first;
    const QLocale other = locale.language() == QLocale::Danish ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                               : QLocale(QLocale::Danish, QLocale::Denmark);
    auto second = Money::parse(text, other, currency);
    return second ? second : first;
}

QString DomainText::shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const bool danish = QLocale().language() == QLocale::Danish;
    return date.toString(danish ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
}

QString DomainText::longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Danish)
        return locale.toString(date, QStringLiteral("d. MMMM yyyy")).toLower();
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace Traedesten::Ui
