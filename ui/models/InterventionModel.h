#pragma once

#include "TwoLevelTreeModel.h"
#include "domain/FamilyPlan.h"

#include <QHash>

namespace Traedesten::Ui {

/**
 * A plan version's interventions grouped by department (in the departments'
 * order), each group in priority order, with a warning where a member has no
 * valid consent for the department. Filled from the core in one go.
 */
class InterventionModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, ForColumn, ResponsibleColumn, StatusColumn, FollowUpColumn, ConsentColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DepartmentIdRole, IsDepartmentRole };

    explicit InterventionModel(QObject *parent = nullptr);

    void setPlan(QList<Domain::Department> departments, QList<Domain::Intervention> interventions,
        QHash<QString, QString> memberNames, QHash<QString, QStringList> missingConsents);
    const Domain::Intervention *interventionAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &interventionId) const;
    /// The ids of a department's interventions in order.
    QStringList orderOf(const QString &departmentId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // An intervention can be dragged to another place in its own department; the model does not
    // write, it asks for the new order with reorderRequested().
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void reorderRequested(const QString &departmentId, const QStringList &before, const QStringList &after);

protected:
    int groupCount() const override { return int(m_groups.size()); }
    int itemCount(int group) const override { return int(m_groups.at(group).interventions.size()); }

private:
    QString draggedId(const QMimeData *data) const;

    struct Group
    {
        Domain::Department department;
        QList<Domain::Intervention> interventions;
    };
    QList<Group> m_groups;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_missing;
};

} // namespace Traedesten::Ui
