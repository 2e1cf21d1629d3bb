#pragma once

#include "AuditText.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace Traedesten::Ui {

/// Filters an AccessLogModel by kind of event, by who, by text (who and what) and by a range of days.
class AccessLogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccessLogFilterModel(QObject *parent = nullptr);

    void setCategory(std::optional<AuditText::Category> category);
    /// Only @p actor's events; empty for everyone's.
    void setActor(const QString &actor);
    void setText(const QString &text);
    /// Only events on or after @p from and on or before @p to (local days); an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    /// Whether any filter is set.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<AuditText::Category> m_category;
    QString m_actor;
    QString m_text;
    QDate m_from;
    QDate m_to;
};

} // namespace Traedesten::Ui
