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
    /// What a bar's tooltip says about the month at @p index: its cost, and whether and how it is pro-rated.
    QString monthToolTip(int index) const;

    /// "1 of 30 days for 1 benefit", "part of the month for 2 benefits, the whole month for 1": how a
    /// month's cost is made up; "" when no benefit runs only part of it.
    static QString proration(const Domain::MonthlyCost &month);

private:
    QChartView *m_view = nullptr;
    QList<Domain::MonthlyCost> m_series;
};

} // namespace Traedesten::Ui
