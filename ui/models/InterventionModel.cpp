#include "InterventionModel.h"

#include "DomainText.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

namespace Traedesten::Ui {

using namespace Domain;

namespace {
const QString MimeType = QStringLiteral("application/x-traedesten-intervention");
} // namespace

InterventionModel::InterventionModel(QObject *parent)
    : TwoLevelTreeModel(parent)
{ }

void InterventionModel::setPlan(QList<Department> departments, QList<Intervention> interventions,
    QHash<QString, QString> memberNames, QHash<QString, QStringList> missingConsents)
{
    beginResetModel();
    m_groups.clear();
    for (const Department &d : departments) {
        Group g { d, {} };
        for (const Intervention &i : interventions) {
            if (i.departmentId == d.id)
                g.interventions.append(i);
        }
        if (!g.interventions.isEmpty())
            m_groups.append(g);
    }
    m_names = std::move(memberNames);
    m_missing = std::move(missingConsents);
    endResetModel();
}

const Intervention *InterventionModel::interventionAt(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return nullptr;
    const Group &g = m_groups.at(groupRow(index));
    return index.row() < g.interventions.size() ? &g.interventions.at(index.row()) : nullptr;
}

QModelIndex InterventionModel::indexOf(const QString &interventionId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int i = 0; i < m_groups.at(g).interventions.size(); ++i) {
            if (m_groups.at(g).interventions.at(i).id == interventionId)
                return index(i, 0, index(g, 0));
        }
    }
    return {};
}

QStringList InterventionModel::orderOf(const QString &departmentId) const
{
    QStringList ids;
    for (const Group &g : m_groups) {
        if (g.department.id != departmentId)
            continue;
        for (const Intervention &i : g.interventions)
            ids << i.id;
    }
    return ids;
}

int InterventionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InterventionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index)) {
        const Group &g = m_groups.at(index.row());
        if (role == IsDepartmentRole)
            return true;
        if (role == DepartmentIdRole)
            return g.department.id;
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() == TitleColumn)
            return DomainText::department(g.department);
        return {};
    }
    const Intervention *i = interventionAt(index);
    if (!i)
        return {};
    const QStringList missing = m_missing.value(i->id);
    switch (role) {
    case IdRole:
        return i->id;
    case DepartmentIdRole:
        return i->departmentId;
    case IsDepartmentRole:
        return false;
    case Qt::ForegroundRole:
        if (index.column() == ConsentColumn && !missing.isEmpty())
            return QColor(0xb7, 0x1c, 0x1c);
        if (index.column() == FollowUpColumn && i->nextFollowUp.isValid()
            && i->nextFollowUp <= QDate::currentDate().addDays(14))
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return i->purpose.isEmpty() ? i->title : i->title + QStringLiteral("\n\n") + i->purpose;
        if (index.column() == ResponsibleColumn)
            return data(index, Qt::DisplayRole); // whole where the column gives way
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return i->title;
    case ForColumn: {
        QStringList names;
        for (const QString &m : i->memberIds)
            names << m_names.value(m);
        return names.join(QStringLiteral(", "));
    }
    case ResponsibleColumn:
        return i->responsibleRole.isEmpty()
            ? i->responsiblePerson
            : tr("%1 (%2)", "person (role)").arg(i->responsiblePerson, i->responsibleRole);
    case StatusColumn:
        return DomainText::interventionStatus(i->status);
    case FollowUpColumn:
        return DomainText::shortDate(i->nextFollowUp);
    case ConsentColumn: {
        if (missing.isEmpty())
            return tr("Given");
        QStringList names;
        for (const QString &m : missing)
            names << m_names.value(m);
        return tr("Missing: %1").arg(names.join(QStringLiteral(", ")));
    }
    }
    return {};
}

QVariant InterventionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Intervention");
    case ForColumn:
        return tr("For");
    case ResponsibleColumn:
        return tr("Responsible");
    case StatusColumn:
        return tr("Status");
    case FollowUpColumn:
        return tr("Next follow-up");
    case ConsentColumn:
        return tr("Consent");
    }
    return {};
}

Qt::ItemFlags InterventionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroup(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions InterventionModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList InterventionModel::mimeTypes() const
{
    return { MimeType };
}

QMimeData *InterventionModel::mimeData(const QModelIndexList &indexes) const
{
    const Intervention *i = indexes.isEmpty() ? nullptr : interventionAt(indexes.first());
    if (!i)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, i->id.toUtf8());
    return data;
}

QString InterventionModel::draggedId(const QMimeData *data) const
{
    return data && data->hasFormat(MimeType) ? QString::fromUtf8(data->data(MimeType)) : QString();
}

bool InterventionModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    const QModelIndex dragged = indexOf(draggedId(data));
    return action == Qt::MoveAction && dragged.isValid() && isGroup(parent) && parent.row() == dragged.parent().row();
}

bool InterventionModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = draggedId(data);
    const QModelIndex dragged = indexOf(id);
    const QString department = m_groups.at(parent.row()).department.id;
    const QStringList before = orderOf(department);
    QStringList after = before;
    const int from = dragged.row();
    int to = row < 0 || row > after.size() ? int(after.size()) : row;
    after.removeAt(from);
    if (to > from)
        --to; // the row the item left shifted the ones below it up
    after.insert(to, id);
    if (after != before)
        Q_EMIT reorderRequested(department, before, after);
    return false; // the page stores the order; the view must not remove the dragged row itself
}

} // namespace Traedesten::Ui
