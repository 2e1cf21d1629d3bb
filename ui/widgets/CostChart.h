#pragma once

#include "domain/Benefit.h"

#include <QHash>
#include <QWidget>

class QChartView;

namespace Traedesten::Ui {

/// The household's public cost month by month, stacked by department (relational budgeting).
class CostChart : public QWidget
{
    Q_OBJECT

public:
    explicit CostChart(QWidget *parent = nullptr);

    /// @p departments: department id → shown name, in the order to stack them.
    void setData(const QList<Domain::MonthlyCost> &series, const QList<std::pair<QString, QString>> &departments);
    void clear();
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view = nullptr;
};

} // namespace Traedesten::Ui
