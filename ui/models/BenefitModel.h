#pragma once

#include "domain/Benefit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Traedesten::Ui {

/// A household's benefits and services with their monthly cost; names are looked up once, not per data() call.
class BenefitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, TypeColumn, DepartmentColumn, CostColumn, StartColumn, EndColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    struct Names
    {
        QHash<QString, QString> members;
        QHash<QString, QString> types;
        QHash<QString, QString> departments;
    };

    explicit BenefitModel(QObject *parent = nullptr);

    void setBenefits(QList<Domain::Benefit> benefits, Names names);
    const Domain::Benefit *benefitAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Domain::Benefit> m_benefits;
    Names m_names;
};

} // namespace Traedesten::Ui
