#pragma once

#include "domain/Budget.h"
#include "domain/LedgerEntry.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;

namespace Traedesten::Ui {

/// Two charts of a budget: the use over time against the cap line, and the use by spending category.
class BudgetCharts : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetCharts(QWidget *parent = nullptr);

    /// @p usedByCategory: shown category name -> used (minor units).
    void setData(const Domain::Budget &budget, const QList<Domain::LedgerEntry> &entries,
        const QList<QPair<QString, qint64>> &usedByCategory);
    void clear();

    QChartView *overTime() const { return m_overTime; }
    QChartView *byCategory() const { return m_byCategory; }

private:
    QChartView *m_overTime = nullptr;
    QChartView *m_byCategory = nullptr;
};

} // namespace Traedesten::Ui
