#pragma once

#include "domain/LedgerEntry.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Traedesten::Ui {

/// Filters the ledger by state, kind, spending category and text.
class LedgerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LedgerFilterModel(QObject *parent = nullptr);

    void setState(std::optional<Domain::EntryState> state);
    void setKind(std::optional<Domain::EntryKind> kind);
    void setCategoryId(std::optional<QString> categoryId);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Domain::EntryState> m_state;
    std::optional<Domain::EntryKind> m_kind;
    std::optional<QString> m_categoryId;
    QString m_text;
};

} // namespace Traedesten::Ui
