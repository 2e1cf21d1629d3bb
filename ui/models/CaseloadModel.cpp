#include "CaseloadModel.h"

#include "DomainText.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

namespace Traedesten::Ui {

using Storage::CaseloadRow;

CaseloadModel::CaseloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CaseloadModel::setSource(Storage::CitizenRepository *citizens, Storage::ChangeNotifier *notifier)
{
    disconnect(m_connection);
    disconnect(m_planConnection);
    m_citizens = citizens;
    if (notifier) {
        m_connection = connect(notifier, &Storage::ChangeNotifier::changed, this, &CaseloadModel::onChanged);
        // A family plan's follow-ups show on the rows of the household's citizens only.
        m_planConnection = connect(notifier, &Storage::ChangeNotifier::planChanged, this, [this](const QString &hid) {
            QStringList ids;
            for (const Entry &e : std::as_const(m_rows)) {
                if (e.row.householdId == hid)
                    ids << e.row.citizenId;
            }
            for (const QString &id : ids)
                refreshCitizen(id);
        });
    }
    reload();
}

void CaseloadModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_citizens) {
        auto rows = m_citizens->caseload();
        if (rows) {
            m_rows.reserve(rows->size());
            for (const CaseloadRow &row : *rows)
                m_rows.append(entryFor(row));
        }
    }
    rebuildIndex();
    endResetModel();
}

CaseloadModel::Entry CaseloadModel::entryFor(const CaseloadRow &row)
{
    return Entry { row, {} };
}

const QString &CaseloadModel::searchTextOf(const Entry &entry)
{
    // Lower-cased once, so the following keystrokes only compare strings.
    if (entry.searchText.isNull()) {
        const CaseloadRow &row = entry.row;
        entry.searchText
            = (row.name + QLatin1Char('\n') + row.householdName + QLatin1Char('\n') + row.goalWords).toLower();
    }
    return entry.searchText;
}

void CaseloadModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).row.citizenId, i);
}

int CaseloadModel::rowOf(const QString &citizenId) const
{
    return m_rowById.value(citizenId, -1);
}

void CaseloadModel::onChanged(Storage::EntityType type, const QString &id, const QString &citizenId)
{
    if (type == Storage::EntityType::Household) {
        reload(); // a renamed or deleted household touches many rows
        return;
    }
    Q_UNUSED(id)
    if (!citizenId.isEmpty())
        refreshCitizen(citizenId);
}

void CaseloadModel::refreshCitizen(const QString &citizenId)
{
    if (!m_citizens)
        return;
    const int existing = rowOf(citizenId);
    auto row = m_citizens->caseloadRow(citizenId);
    if (!row) {
        if (existing >= 0) {
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            rebuildIndex();
            endRemoveRows();
        }
        return;
    }
    if (existing >= 0) {
        m_rows[existing] = entryFor(*row);
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    // Keep the name order the query gives, so an unsorted view looks right too.
    const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row->name,
        [](const Entry &e, const QString &n) { return QString::compare(e.row.name, n, Qt::CaseInsensitive) < 0; });
    const int at = static_cast<int>(pos - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, entryFor(*row));
    rebuildIndex();
    endInsertRows();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows.at(index.row());
    const CaseloadRow &row = entry.row;
    switch (role) {
    case CitizenIdRole:
        return row.citizenId;
    case SearchTextRole:
        return searchTextOf(entry);
    case StatusRole:
        return static_cast<int>(row.status);
    case TargetGroupsRole:
        return static_cast<int>(row.targetGroups.toInt());
    case SupportPersonRole:
        return row.supportPerson;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case HouseholdColumn:
            return row.householdName;
        case StatusColumn:
            return DomainText::citizenStatus(row.status);
        case TargetGroupsColumn:
            return DomainText::targetGroups(row.targetGroups);
        case SupportPersonColumn:
            return row.supportPerson;
        case NextStoneColumn:
            if (sort)
                return row.nextStoneDue.isValid() ? row.nextStoneDue : QDate(9999, 12, 31);
            if (row.nextStoneTitle.isEmpty())
                return QString();
            return tr("%1 (%2)").arg(row.nextStoneTitle, DomainText::shortDate(row.nextStoneDue));
        case LastMeetingColumn:
            if (sort)
                return row.lastMeeting;
            return DomainText::shortDate(row.lastMeeting);
        case ProgressColumn:
            if (sort)
                return row.stonesTotal == 0 ? -1.0 : double(row.stonesDone) / row.stonesTotal;
            return row.stonesTotal == 0 ? QString() : tr("%1 of %2").arg(row.stonesDone).arg(row.stonesTotal);
        case UsedColumn:
            if (sort)
                return row.hasBudget ? row.usedMinor : -1;
            return row.hasBudget ? Domain::Money::fromMinor(row.usedMinor, row.currency).format(QLocale()) : QString();
        case FollowUpColumn:
            if (sort)
                return row.nextFollowUp.isValid() ? row.nextFollowUp : QDate(9999, 12, 31);
            return DomainText::shortDate(row.nextFollowUp);
        case OwnerColumn:
            return m_team.value(row.citizenId).owner;
        case SharedColumn:
            return m_team.value(row.citizenId).sharedWith;
        case RemainingColumn:
            if (sort)
                return row.hasBudget ? row.capMinor - row.usedMinor : -1;
            return row.hasBudget ? Domain::Money::fromMinor(qMax<qint64>(0, row.capMinor - row.usedMinor), row.currency)
                                       .format(QLocale())
                                 : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == FollowUpColumn && row.nextFollowUp.isValid()
        && row.nextFollowUp <= QDate::currentDate().addDays(14))
        return QColor(0xb7, 0x1c, 0x1c); // due within 14 days
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return row.name; // in full, should the user narrow the column
    if (role == Qt::ToolTipRole && index.column() == FollowUpColumn && row.nextFollowUp.isValid())
        return tr("Next follow-up in the family plan: %1").arg(DomainText::longDate(row.nextFollowUp));
    if (role == Qt::ToolTipRole && index.column() == NextStoneColumn && !row.nextStoneTitle.isEmpty())
        return tr("Next stepping stone: %1, due %2").arg(row.nextStoneTitle, DomainText::longDate(row.nextStoneDue));
    if (role == Qt::TextAlignmentRole
        && (index.column() == ProgressColumn || index.column() == UsedColumn || index.column() == RemainingColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString CaseloadModel::columnTitle(int column)
{
    switch (column) {
    case NameColumn:
        return tr("Citizen");
    case HouseholdColumn:
        return tr("Household");
    case StatusColumn:
        return tr("Status");
    case TargetGroupsColumn:
        return tr("Target groups");
    case SupportPersonColumn:
        return tr("Support person");
    case NextStoneColumn:
        return tr("Next stepping stone");
    case LastMeetingColumn:
        return tr("Last meeting");
    case ProgressColumn:
        return tr("Stones done");
    case UsedColumn:
        return tr("Used");
    case RemainingColumn:
        return tr("Remaining");
    case FollowUpColumn:
        return tr("Follow-up");
    case OwnerColumn:
        return tr("Owner", "on the team server");
    case SharedColumn:
        return tr("Shared with");
    default:
        return {};
    }
}

namespace {

// Stable names for the settings; never reorder or rename (they outlive the enum's order).
constexpr std::array<std::pair<int, const char *>, CaseloadModel::ColumnCount> ColumnKeys { {
    { CaseloadModel::NameColumn, "name" },
    { CaseloadModel::StatusColumn, "status" },
    { CaseloadModel::NextStoneColumn, "nextStone" },
    { CaseloadModel::FollowUpColumn, "followUp" },
    { CaseloadModel::RemainingColumn, "remaining" },
    { CaseloadModel::HouseholdColumn, "household" },
    { CaseloadModel::TargetGroupsColumn, "targetGroups" },
    { CaseloadModel::SupportPersonColumn, "supportPerson" },
    { CaseloadModel::LastMeetingColumn, "lastMeeting" },
    { CaseloadModel::ProgressColumn, "progress" },
    { CaseloadModel::UsedColumn, "used" },
    { CaseloadModel::OwnerColumn, "owner" },
    { CaseloadModel::SharedColumn, "sharedWith" },
} };

} // namespace

QString CaseloadModel::columnKey(int column)
{
    for (const auto &[c, key] : ColumnKeys) {
        if (c == column)
            return QString::fromLatin1(key);
    }
    return {};
}

int CaseloadModel::columnForKey(const QString &key)
{
    for (const auto &[c, k] : ColumnKeys) {
        if (key == QLatin1String(k))
            return c;
    }
    return -1;
}

void CaseloadModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

void CaseloadModel::setTeamAccess(const QHash<QString, TeamAccess> &access)
{
    m_team = access;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, SharedColumn));
}

QStringList CaseloadModel::supportPersons() const
{
    QStringList names;
    for (const Entry &e : m_rows) {
        if (!e.row.supportPerson.isEmpty() && !names.contains(e.row.supportPerson))
            names << e.row.supportPerson;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace Traedesten::Ui
