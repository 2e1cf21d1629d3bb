#pragma once

#include "domain/Budget.h"
#include "domain/LedgerEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Traedesten::Ui {

/**
 * A budget's ledger in date order with the remaining room after each entry
 * (the running balance), computed once when the entries are set; data()
 * never touches the file.
 */
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        StateColumn,
        DescriptionColumn,
        PayeeColumn,
        StoneColumn,
        CategoryColumn,
        AmountColumn,
        BalanceColumn,
        ReceiptsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole, ///< Domain::EntryState as int
        KindRole, ///< Domain::EntryKind as int
        CategoryIdRole,
        SortRole,
    };

    struct Names
    {
        QHash<QString, QString> stones; ///< stepping stone id -> title
        QHash<QString, QString> categories; ///< category id -> shown name
        QHash<QString, int> receipts; ///< entry id -> number of receipts
    };

    explicit LedgerModel(QObject *parent = nullptr);

    void setLedger(const Domain::Budget &budget, QList<Domain::LedgerEntry> entries, Names names);
    void clear();
    const Domain::LedgerEntry *entryAt(int row) const;
    int rowOf(const QString &id) const;
    /// The remaining room after the entry at @p row.
    qint64 balanceAt(int row) const { return m_balances.value(row); }
    const Domain::Budget &budget() const { return m_budget; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Domain::Budget m_budget;
    QList<Domain::LedgerEntry> m_entries;
    QList<qint64> m_balances;
    Names m_names;
};

} // namespace Traedesten::Ui
