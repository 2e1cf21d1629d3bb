#include "DueItemsModel.h"

#include "DomainText.h"
#include "storage/Caseload.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>

namespace Traedesten::Ui {

using Reports::DueItem;
using Reports::DueKind;

DueItemsModel::DueItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // A burst of changes (an undo of many rows, a pasted plan) loads once, after it.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DueItemsModel::reload);
}

void DueItemsModel::setCaseload(Storage::Caseload *caseload)
{
    disconnect(m_changed);
    disconnect(m_planChanged);
    m_caseload = caseload;
    if (caseload) {
        m_changed = connect(&caseload->notifier(), &Storage::ChangeNotifier::changed, this,
            [this](Storage::EntityType, const QString &, const QString &) { scheduleReload(); });
        m_planChanged
            = connect(&caseload->notifier(), &Storage::ChangeNotifier::planChanged, this, [this] { scheduleReload(); });
    }
    reload();
}

void DueItemsModel::setDays(int days)
{
    if (days == m_days)
        return;
    m_days = days;
    reload();
}

void DueItemsModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void DueItemsModel::scheduleReload()
{
    m_reloadTimer.start();
}

void DueItemsModel::reload()
{
    m_reloadTimer.stop();
    QElapsedTimer timer;
    timer.start();
    QList<DueItem> items;
    m_error.reset();
    m_loadedToday = today();
    if (m_caseload) {
        auto found = Reports::dueItems(m_caseload->file(), m_loadedToday, m_days);
        if (found)
            items = std::move(found).value();
        else
            m_error = found.error();
    }
    beginResetModel();
    m_items = std::move(items);
    m_overdue = 0;
    for (const DueItem &item : std::as_const(m_items))
        m_overdue += item.overdue ? 1 : 0;
    endResetModel();
    m_elapsed = timer.elapsed();
    Q_EMIT loaded();
}

void DueItemsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DueItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DueItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueItemsModel::kindText(DueKind kind)
{
    switch (kind) {
    case DueKind::SteppingStone:
        return tr("Stepping stone");
    case DueKind::FollowUp:
        return tr("Follow-up", "of an intervention in the family plan");
    case DueKind::ConsentExpiry:
        return tr("Consent expires");
    case DueKind::BudgetEnd:
        return tr("Budget period ends");
    }
    return {};
}

QString DueItemsModel::whoText(const DueItem &item)
{
    if (item.householdName.isEmpty())
        return item.citizenName;
    return tr("%1 (%2)", "household (its citizen)").arg(item.householdName, item.citizenName);
}

QString DueItemsModel::whatText(const DueItem &item)
{
    const auto department = [&item] {
        Domain::Department d;
        d.code = item.departmentCode;
        d.name = item.departmentName;
        return DomainText::department(d);
    };
    switch (item.kind) {
    case DueKind::SteppingStone:
        return item.title;
    case DueKind::FollowUp:
        return tr("%1 (%2)", "intervention (department)").arg(item.title, department());
    case DueKind::ConsentExpiry:
        return tr("%1, given by %2", "consent: department, household member").arg(department(), item.memberName);
    case DueKind::BudgetEnd:
        return tr("Personal budget %1 – %2")
            .arg(DomainText::shortDate(item.periodStart), DomainText::shortDate(item.date));
    }
    return {};
}

QString DueItemsModel::whenText(const QDate &date, const QDate &today)
{
    const qint64 days = today.daysTo(date);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, static_cast<int>(-days));
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Tomorrow");
    return tr("In %n day(s)", nullptr, static_cast<int>(days));
}

QVariant DueItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem &item = m_items.at(index.row());
    switch (role) {
    case CitizenIdRole:
        return item.citizenId;
    case KindRole:
        return static_cast<int>(item.kind);
    case OverdueRole:
        return item.overdue;
    case ItemIdRole:
        return item.itemId;
    case SearchTextRole:
        return QStringList { kindText(item.kind), whoText(item), whatText(item) }.join(QLatin1Char('\n')).toLower();
    case SortRole:
        switch (index.column()) {
        case DateColumn:
        case WhenColumn:
            return item.date;
        case KindColumn:
            return static_cast<int>(item.kind);
        default:
            break;
        }
        break;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return DomainText::shortDate(item.date);
        case WhenColumn:
            return whenText(item.date, m_loadedToday);
        case KindColumn:
            return kindText(item.kind);
        case CitizenColumn:
            return whoText(item);
        case WhatColumn:
            return whatText(item);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && item.overdue && (index.column() == DateColumn || index.column() == WhenColumn))
        return QColor(0xb7, 0x1c, 0x1c);
    if (role == Qt::FontRole && item.overdue && index.column() == WhenColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == DateColumn || index.column() == WhenColumn)
            return DomainText::longDate(item.date);
        if (index.column() == CitizenColumn || index.column() == WhatColumn)
            return index.data(Qt::DisplayRole);
    }
    return {};
}

QVariant DueItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind", "of what is due");
    case CitizenColumn:
        return tr("Citizen or household");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace Traedesten::Ui
