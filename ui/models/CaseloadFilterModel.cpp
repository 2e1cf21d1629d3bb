#include "CaseloadFilterModel.h"

#include "CaseloadModel.h"

namespace Traedesten::Ui {

CaseloadFilterModel::CaseloadFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CaseloadFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CaseloadFilterModel::setStatus(std::optional<Domain::CitizenStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void CaseloadFilterModel::setTargetGroup(std::optional<Domain::TargetGroup> group)
{
    m_group = group;
    invalidateRowsFilter();
}

void CaseloadFilterModel::setSupportPerson(const QString &name)
{
    m_supportPerson = name;
    invalidateRowsFilter();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(CaseloadModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_group && !(index.data(CaseloadModel::TargetGroupsRole).toInt() & static_cast<int>(*m_group)))
        return false;
    if (!m_supportPerson.isEmpty() && index.data(CaseloadModel::SupportPersonRole).toString() != m_supportPerson)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(CaseloadModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace Traedesten::Ui
