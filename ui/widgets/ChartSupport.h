#pragma once

#include <QChart>
#include <QChartView>
#include <QDate>

namespace Traedesten::Ui {

/// Shows @p chart in @p view. QChartView gives up, but does not delete, the chart it showed before.
inline void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

/// A date as a QDateTimeAxis position.
inline qreal chartTime(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace Traedesten::Ui
