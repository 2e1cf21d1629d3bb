#include "MemberModel.h"

#include "DomainText.h"

#include <QDate>

namespace Traedesten::Ui {

using namespace Domain;

MemberModel::MemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MemberModel::setMembers(QList<HouseholdMember> members, QHash<QString, QString> citizenNames)
{
    beginResetModel();
    m_members = std::move(members);
    m_citizenNames = std::move(citizenNames);
    endResetModel();
}

const HouseholdMember *MemberModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    const HouseholdMember *m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == IdRole)
        return m->id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m->name;
    case RoleColumn:
        return DomainText::memberRole(m->role);
    case RelationColumn:
        return m->relation;
    case BirthYearColumn:
        if (m->birthYear <= 0)
            return QString();
        return tr("%1 (age %2)", "birth year (age)").arg(m->birthYear).arg(QDate::currentDate().year() - m->birthYear);
    case ResponsibilityColumn:
        return m->parentalResponsibility ? tr("Yes") : QString();
    case CitizenColumn:
        return m->citizenId.isEmpty() ? QString() : m_citizenNames.value(m->citizenId, tr("Yes"));
    }
    return {};
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Adult or child");
    case RelationColumn:
        return tr("Relation");
    case BirthYearColumn:
        return tr("Born");
    case ResponsibilityColumn:
        return tr("Parental responsibility");
    case CitizenColumn:
        return tr("Citizen in the caseload");
    }
    return {};
}

} // namespace Traedesten::Ui
