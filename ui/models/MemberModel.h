#pragma once

#include "domain/HouseholdMember.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Traedesten::Ui {

/// The adults and children of one household, from one query; data() never touches the file.
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        RelationColumn,
        BirthYearColumn,
        ResponsibilityColumn,
        CitizenColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit MemberModel(QObject *parent = nullptr);

    /// @p citizenNames: names of the caseload's citizens by id, for members who are also citizens.
    void setMembers(QList<Domain::HouseholdMember> members, QHash<QString, QString> citizenNames = {});
    const QList<Domain::HouseholdMember> &members() const { return m_members; }
    const Domain::HouseholdMember *memberAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Domain::HouseholdMember> m_members;
    QHash<QString, QString> m_citizenNames;
};

} // namespace Traedesten::Ui
