#include "ConflictText.h"

#include "DomainText.h"
#include "domain/Budget.h"
#include "domain/Citizen.h"
#include "domain/FamilyPlan.h"
#include "domain/Goal.h"
#include "domain/HouseholdMember.h"
#include "domain/LedgerEntry.h"
#include "domain/Money.h"
#include "domain/SteppingStone.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>

namespace Traedesten::Ui {

namespace {

using Source = std::pair<const char *, const char *>;

const char *lookup(const QString &code, std::initializer_list<Source> names)
{
    for (const auto &[key, name] : names) {
        if (code == QLatin1String(key))
            return name;
    }
    return nullptr;
}

QString money(qint64 minor)
{
    return Domain::Money::fromMinor(minor).format(QLocale());
}

} // namespace

QString ConflictText::kindName(const QString &kind)
{
    const char *name = lookup(kind,
        {
            { "citizen", QT_TR_NOOP("Citizen") },
            { "household", QT_TR_NOOP("Household") },
            { "household_member", QT_TR_NOOP("Household member") },
            { "goal", QT_TR_NOOP("Long-term goal") },
            { "stepping_stone", QT_TR_NOOP("Stepping stone") },
            { "note", QT_TR_NOOP("Journal note") },
            { "spending_category", QT_TR_NOOP("Spending category") },
            { "budget", QT_TR_NOOP("Personal budget") },
            { "ledger_entry", QT_TR_NOOP("Ledger entry") },
            { "attachment", QT_TR_NOOP("Receipt") },
            { "department", QT_TR_NOOP("Department") },
            { "family_plan", QT_TR_NOOP("Family plan") },
            { "family_goal", QT_TR_NOOP("Family goal") },
            { "intervention", QT_TR_NOOP("Intervention") },
            { "consent", QT_TR_NOOP("Consent") },
            { "indicator", QT_TR_NOOP("Indicator") },
            { "measurement", QT_TR_NOOP("Measurement") },
            { "benefit_type", QT_TR_NOOP("Type of benefit") },
            { "benefit", QT_TR_NOOP("Benefit") },
        });
    return name ? tr(name) : tr("Record");
}

QString ConflictText::fieldName(const QString &kind, const QString &field)
{
    if (field == QLatin1String("budget_cap"))
        return tr("Budget cap");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("name"))
        return kind == QLatin1String("citizen") || kind == QLatin1String("household_member") ? tr("Name")
                                                                                             : tr("Name", "of a thing");
    const char *name = lookup(field,
        {
            { "title", QT_TR_NOOP("Title") },
            { "own_words", QT_TR_NOOP("Own words") },
            { "text", QT_TR_NOOP("Text") },
            { "note", QT_TR_NOOP("Note") },
            { "description", QT_TR_NOOP("Description") },
            { "payee", QT_TR_NOOP("Payee") },
            { "amount_minor", QT_TR_NOOP("Amount") },
            { "cap_minor", QT_TR_NOOP("Cap") },
            { "monthly_cost_minor", QT_TR_NOOP("Monthly cost") },
            { "date", QT_TR_NOOP("Date") },
            { "due_date", QT_TR_NOOP("Due date") },
            { "start_date", QT_TR_NOOP("Start date") },
            { "end_date", QT_TR_NOOP("End date") },
            { "review_date", QT_TR_NOOP("Review date") },
            { "next_follow_up", QT_TR_NOOP("Next follow-up") },
            { "birth_date", QT_TR_NOOP("Birth date") },
            { "birth_year", QT_TR_NOOP("Birth year") },
            { "cpr", QT_TR_NOOP("CPR number") },
            { "phone", QT_TR_NOOP("Phone") },
            { "email", QT_TR_NOOP("Email") },
            { "address", QT_TR_NOOP("Address") },
            { "category", QT_TR_NOOP("Category") },
            { "support_person", QT_TR_NOOP("Support person") },
            { "family_coordinator", QT_TR_NOOP("Family coordinator") },
            { "responsible_person", QT_TR_NOOP("Responsible person") },
            { "responsible_role", QT_TR_NOOP("Responsible role") },
            { "purpose", QT_TR_NOOP("Purpose") },
            { "agreements", QT_TR_NOOP("Agreements") },
            { "participants", QT_TR_NOOP("Participants") },
            { "place", QT_TR_NOOP("Place") },
            { "scope", QT_TR_NOOP("Scope") },
            { "given_on", QT_TR_NOOP("Given on") },
            { "expires_on", QT_TR_NOOP("Expires on") },
            { "withdrawn_on", QT_TR_NOOP("Withdrawn on") },
            { "signed_on", QT_TR_NOOP("Signed on") },
            { "relation", QT_TR_NOOP("Relation") },
            { "role", QT_TR_NOOP("Role") },
            { "state", QT_TR_NOOP("State") },
            { "kind", QT_TR_NOOP("Kind of entry") },
            { "void_reason", QT_TR_NOOP("Reason for voiding") },
            { "value", QT_TR_NOOP("Value") },
            { "unit", QT_TR_NOOP("Unit") },
            { "measured_on", QT_TR_NOOP("Measured on") },
            { "months", QT_TR_NOOP("Months") },
            { "period_start", QT_TR_NOOP("Period start") },
            { "decided_with_citizen", QT_TR_NOOP("Decided together with the citizen") },
            { "bought_by", QT_TR_NOOP("Bought by") },
            { "position", QT_TR_NOOP("Order") },
            { "archived", QT_TR_NOOP("Archived") },
            { "target_groups", QT_TR_NOOP("Target groups") },
            { "department_id", QT_TR_NOOP("Department") },
            { "self_assessment", QT_TR_NOOP("Own assessment") },
            { "support_assessment", QT_TR_NOOP("Support person's assessment") },
        });
    return name ? tr(name) : tr("Other detail (%1)").arg(field);
}

QString ConflictText::valueText(const QString &kind, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (isMoney(field) && value.isDouble())
        return money(value.toInteger());
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    if (!value.isString())
        return tr("(not shown)");
    const QString text = value.toString();
    if (field.endsWith(QLatin1String("_date")) || field.endsWith(QLatin1String("_on")) || field == QLatin1String("date")
        || field == QLatin1String("next_follow_up") || field == QLatin1String("period_start")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return DomainText::shortDate(date);
    }
    if (field == QLatin1String("status")) {
        if (kind == QLatin1String("stepping_stone"))
            return DomainText::stoneStatus(Domain::stoneStatusFromCode(text));
        if (kind == QLatin1String("goal"))
            return DomainText::goalStatus(Domain::goalStatusFromCode(text));
        if (kind == QLatin1String("citizen"))
            return DomainText::citizenStatus(Domain::citizenStatusFromCode(text));
        if (kind == QLatin1String("intervention"))
            return DomainText::interventionStatus(Domain::interventionStatusFromCode(text));
    }
    if (field == QLatin1String("category") && kind == QLatin1String("goal"))
        return DomainText::goalCategory(Domain::goalCategoryFromCode(text));
    if (field == QLatin1String("state") && kind == QLatin1String("ledger_entry"))
        return DomainText::entryState(Domain::entryStateFromCode(text));
    if (field == QLatin1String("kind") && kind == QLatin1String("ledger_entry"))
        return DomainText::entryKind(Domain::entryKindFromCode(text));
    if (field == QLatin1String("role") && kind == QLatin1String("household_member"))
        return DomainText::memberRole(Domain::memberRoleFromCode(text));
    return text;
}

bool ConflictText::canMerge(const QString &field, const QJsonValue &mine, const QJsonValue &theirs)
{
    static const QStringList codes { QStringLiteral("status"), QStringLiteral("category"), QStringLiteral("state"),
        QStringLiteral("kind"), QStringLiteral("role") };
    if (field == QLatin1String("budget_cap") || codes.contains(field) || field.endsWith(QLatin1String("_id"))
        || field.endsWith(QLatin1String("_date")) || field.endsWith(QLatin1String("_on")))
        return false;
    const auto textual = [](const QJsonValue &v) {
        return v.isString() || v.isNull() || v.isDouble();
    };
    return textual(mine) && textual(theirs) && !mine.isBool() && !theirs.isBool();
}

QString ConflictText::budgetCapExplanation(const Storage::SyncConflict &c, bool byMe)
{
    const QJsonObject entry = c.mine.toObject();
    const QJsonObject budget = c.theirs.toObject();
    const qint64 amount = entry.value(QStringLiteral("amount_minor")).toInteger();
    const qint64 used = budget.value(QStringLiteral("used_minor")).toInteger();
    const qint64 cap = budget.value(QStringLiteral("cap_minor")).toInteger();
    const qint64 left = std::max<qint64>(0, cap - used);
    const QDate date = QDate::fromString(entry.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QString when = date.isValid() ? DomainText::shortDate(date) : tr("an unknown date");
    const QString payee = entry.value(QStringLiteral("payee")).toString();
    QString text = byMe
        ? tr("A purchase of %1 from %2 on %3 was entered on this computer while the budget was also spent "
             "elsewhere. The budget's cap is %4; %5 of it is already used, so only %6 is left.")
              .arg(money(amount), payee, when, money(cap), money(used), money(left))
        : tr("A purchase of %1 from %2 on %3 was entered by %7 while the budget was also spent elsewhere. The "
             "budget's cap is %4; %5 of it is already used, so only %6 is left.")
              .arg(money(amount), payee, when, money(cap), money(used), money(left), c.who);
    text += QLatin1Char(' ')
        + tr("The purchase is not in the ledger yet. Enter an amount that fits, or keep it as a voided entry "
             "with a reason, so it is not lost.");
    return text;
}

QString ConflictText::resolutionText(const Storage::SyncConflict &c)
{
    if (!c.resolution)
        return {};
    const QJsonValue &v = *c.resolution;
    if (c.field == QLatin1String("budget_cap")) {
        if (v.isObject())
            return tr("Voided: %1").arg(v.toObject().value(QStringLiteral("void_reason")).toString());
        return tr("New amount: %1").arg(money(v.toInteger()));
    }
    if (v == c.mine)
        return tr("Keep mine");
    if (v == c.theirs)
        return tr("Keep theirs");
    return tr("Merged: %1").arg(valueText(c.kind, c.field, v));
}

} // namespace Traedesten::Ui
