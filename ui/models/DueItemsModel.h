#pragma once

#include "Result.h"
#include "reports/DueItems.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QTimer>

#include <optional>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * What falls due across the caseload (Reports::dueItems) as a table for the This week
 * view: overdue items first, then by date. Reloads itself, once per burst of changes,
 * when the case file changes; data() never touches the database.
 */
class DueItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, WhenColumn, KindColumn, CitizenColumn, WhatColumn, ColumnCount };
    enum Role {
        CitizenIdRole = Qt::UserRole + 1,
        KindRole, ///< Reports::DueKind as int
        OverdueRole, ///< bool
        ItemIdRole,
        SearchTextRole, ///< lower-case kind, citizen, household and what, in the current language
        SortRole,
    };

    explicit DueItemsModel(QObject *parent = nullptr);

    /// Loads from @p caseload and follows its changes; nullptr empties the model (on lock or close).
    void setCaseload(Storage::Caseload *caseload);
    /// How many days ahead: 7, 14 or 30 (any number from 0 is accepted). Reloads.
    void setDays(int days);
    int days() const { return m_days; }
    /// The day counted from; an invalid date (the default) means the current date at each load.
    void setToday(const QDate &today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    /// The day the rows were counted from at the last load.
    QDate loadedToday() const { return m_loadedToday; }
    /// Loads everything again now.
    void reload();
    /// The texts in the current language (after a language switch).
    void retranslate();

    const Reports::DueItem &itemAt(int row) const { return m_items.at(row); }
    int overdueCount() const { return m_overdue; }
    /// The last load's failure, or empty.
    const std::optional<Error> &error() const { return m_error; }
    /// How long the last load took, in ms.
    qint64 elapsed() const { return m_elapsed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The kind in words ("Stepping stone", "Follow-up", …).
    static QString kindText(Reports::DueKind kind);
    /// Who the row is about: the citizen, or for a household's item "household (citizen)".
    static QString whoText(const Reports::DueItem &item);
    /// What is due: the stone's or intervention's title, the consent's department and member, the budget period.
    static QString whatText(const Reports::DueItem &item);
    /// "Overdue by 3 days", "Today", "Tomorrow", "In 5 days".
    static QString whenText(const QDate &date, const QDate &today);

Q_SIGNALS:
    /// After each load (also when nothing changed).
    void loaded();

private:
    void scheduleReload();

    Storage::Caseload *m_caseload = nullptr;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_planChanged;
    QTimer m_reloadTimer;
    QList<Reports::DueItem> m_items;
    QDate m_today;
    QDate m_loadedToday;
    int m_days = 7;
    int m_overdue = 0;
    std::optional<Error> m_error;
    qint64 m_elapsed = 0;
};

} // namespace Traedesten::Ui
