// Stable storage codes of the budget's enumerations.
#include "Budget.h"
#include "LedgerEntry.h"
#include "SpendingCategory.h"

#include <QStringList>

namespace Traedesten::Domain {

QString budgetStatusCode(BudgetStatus status)
{
    return status == BudgetStatus::Closed ? QStringLiteral("closed") : QStringLiteral("active");
}

BudgetStatus budgetStatusFromCode(const QString &code)
{
    return code == u"closed" ? BudgetStatus::Closed : BudgetStatus::Active;
}

QString entryKindCode(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Purchase:
        return QStringLiteral("purchase");
    case EntryKind::Refund:
        return QStringLiteral("refund");
    case EntryKind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return QStringLiteral("purchase");
}

EntryKind entryKindFromCode(const QString &code)
{
    if (code == u"refund")
        return EntryKind::Refund;
    if (code == u"adjustment")
        return EntryKind::Adjustment;
    return EntryKind::Purchase;
}

QString entryStateCode(EntryState state)
{
    switch (state) {
    case EntryState::Reserved:
        return QStringLiteral("reserved");
    case EntryState::Paid:
        return QStringLiteral("paid");
    case EntryState::Voided:
        return QStringLiteral("voided");
    }
    return QStringLiteral("reserved");
}

EntryState entryStateFromCode(const QString &code)
{
    if (code == u"paid")
        return EntryState::Paid;
    if (code == u"voided")
        return EntryState::Voided;
    return EntryState::Reserved;
}

const QStringList &builtInCategoryCodes()
{
    static const QStringList codes {
        QStringLiteral("transport"), // transport and driving lessons
        QStringLiteral("health"), // health and dental
        QStringLiteral("clothing"), // clothing and hairdresser
        QStringLiteral("housing"), // housing and deposit
        QStringLiteral("furniture"),
        QStringLiteral("phone_it"),
        QStringLiteral("education"), // education and courses
        QStringLiteral("leisure"),
        QStringLiteral("documents"), // documents and ID
        QStringLiteral("debt"),
        QStringLiteral("other"),
    };
    return codes;
}

} // namespace Traedesten::Domain
