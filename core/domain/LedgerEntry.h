#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

enum class EntryKind { Purchase, Refund, Adjustment };
enum class EntryState { Reserved, Paid, Voided };

/**
 * One line of a budget's ledger. Never deleted: a mistake is voided with a
 * reason. Amounts are positive øre: a purchase and an adjustment use room,
 * a refund gives room back.
 */
struct LedgerEntry
{
    QString id;
    QString budgetId;
    EntryKind kind = EntryKind::Purchase;
    EntryState state = EntryState::Reserved;
    QDate date;
    qint64 amountMinor = 0;
    QString payee;
    QString description;
    QString categoryId;
    QString stoneId; ///< the stepping stone a purchase supports (required for purchases)
    QString boughtBy;
    bool decidedWithCitizen = false;
    QString voidReason;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The amount with its direction, as a ledger shows it (a refund negative), voided or not.
    qint64 signedAmountMinor() const { return kind == EntryKind::Refund ? -amountMinor : amountMinor; }
    /// How much of the budget this entry uses (negative: gives back); 0 when voided. The same rule as the
    /// schema's view ledger_use, which every query of money used reads.
    qint64 usedMinor() const { return state == EntryState::Voided ? 0 : signedAmountMinor(); }

    friend bool operator==(const LedgerEntry &, const LedgerEntry &) = default;
};

QString entryKindCode(EntryKind kind);
EntryKind entryKindFromCode(const QString &code);
QString entryStateCode(EntryState state);
EntryState entryStateFromCode(const QString &code);

} // namespace Traedesten::Domain
