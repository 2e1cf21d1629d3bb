#include "LedgerModel.h"

#include "DomainText.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Traedesten::Ui {

using namespace Domain;

LedgerModel::LedgerModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LedgerModel::setLedger(const Budget &budget, QList<LedgerEntry> entries, Names names)
{
    beginResetModel();
    m_budget = budget;
    m_entries = std::move(entries);
    m_names = std::move(names);
    m_balances.clear();
    m_balances.reserve(m_entries.size());
    qint64 used = 0;
    for (const LedgerEntry &e : std::as_const(m_entries)) {
        used += e.usedMinor();
        m_balances.append(budget.capMinor - used);
    }
    endResetModel();
}

void LedgerModel::clear()
{
    beginResetModel();
    m_budget = {};
    m_entries.clear();
    m_balances.clear();
    m_names = {};
    endResetModel();
}

const LedgerEntry *LedgerModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int LedgerModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    const LedgerEntry *e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const bool voided = e->state == EntryState::Voided;
    const auto money = [this](qint64 minor) {
        return Money::fromMinor(minor, m_budget.currency).format(QLocale());
    };
    switch (role) {
    case IdRole:
        return e->id;
    case StateRole:
        return static_cast<int>(e->state);
    case KindRole:
        return static_cast<int>(e->kind);
    case CategoryIdRole:
        return e->categoryId;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return index.row(); // the ledger's own order: by date, then as entered
        case AmountColumn:
            return e->signedAmountMinor();
        case BalanceColumn:
            return m_balances.value(index.row());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == BalanceColumn || index.column() == ReceiptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (voided) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (voided)
            return QColor(0x75, 0x75, 0x75);
        if (index.column() == StateColumn && e->state == EntryState::Reserved)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (voided)
            return tr("Voided: %1").arg(e->voidReason);
        if (index.column() == DescriptionColumn && e->decidedWithCitizen)
            return tr("Decided together with the citizen");
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return DomainText::shortDate(e->date);
    case KindColumn:
        return DomainText::entryKind(e->kind);
    case StateColumn:
        return DomainText::entryState(e->state);
    case DescriptionColumn:
        return e->description;
    case PayeeColumn:
        return e->payee;
    case StoneColumn:
        return m_names.stones.value(e->stoneId);
    case CategoryColumn:
        return m_names.categories.value(e->categoryId);
    case AmountColumn:
        return money(e->signedAmountMinor());
    case BalanceColumn:
        return voided ? QString() : money(m_balances.value(index.row()));
    case ReceiptsColumn: {
        const int n = m_names.receipts.value(e->id);
        return n == 0 ? QString() : QString::number(n);
    }
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case DescriptionColumn:
        return tr("Description");
    case PayeeColumn:
        return tr("Payee");
    case StoneColumn:
        return tr("Stepping stone");
    case CategoryColumn:
        return tr("Spending category");
    case AmountColumn:
        return tr("Amount");
    case BalanceColumn:
        return tr("Remaining");
    case ReceiptsColumn:
        return tr("Receipts");
    }
    return {};
}

} // namespace Traedesten::Ui
