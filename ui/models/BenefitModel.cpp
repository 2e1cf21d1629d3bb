#include "BenefitModel.h"

#include "DomainText.h"
#include "domain/Money.h"

#include <QBrush>
#include <QColor>

namespace Traedesten::Ui {

using namespace Domain;

BenefitModel::BenefitModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BenefitModel::setBenefits(QList<Benefit> benefits, Names names)
{
    beginResetModel();
    m_benefits = std::move(benefits);
    m_names = std::move(names);
    endResetModel();
}

const Benefit *BenefitModel::benefitAt(int row) const
{
    return row >= 0 && row < m_benefits.size() ? &m_benefits.at(row) : nullptr;
}

int BenefitModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_benefits.size(); ++r) {
        if (m_benefits.at(r).id == id)
            return r;
    }
    return -1;
}

int BenefitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_benefits.size());
}

int BenefitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenefitModel::data(const QModelIndex &index, int role) const
{
    const Benefit *b = benefitAt(index.row());
    if (!b || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool ended = b->endDate.isValid() && b->endDate < QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return m_names.members.value(b->memberId);
        case TypeColumn:
            return m_names.types.value(b->typeId);
        case DepartmentColumn:
            return m_names.departments.value(b->departmentId);
        case CostColumn:
            return Money::fromMinor(b->monthlyCostMinor, Currency::DKK).format(QLocale());
        case StartColumn:
            return DomainText::shortDate(b->startDate);
        case EndColumn:
            return b->endDate.isValid() ? DomainText::shortDate(b->endDate) : tr("Running");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (ended)
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case Qt::ToolTipRole:
        return b->note.isEmpty() ? QVariant() : QVariant(b->note);
    case IdRole:
        return b->id;
    }
    return {};
}

QVariant BenefitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn:
        return tr("Receiver");
    case TypeColumn:
        return tr("Benefit or service");
    case DepartmentColumn:
        return tr("Department");
    case CostColumn:
        return tr("A month");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("Until");
    }
    return {};
}

} // namespace Traedesten::Ui
