#pragma once

#include "domain/Indicator.h"

#include <QWidget>

class QChartView;

namespace Traedesten::Ui {

/**
 * One indicator of one citizen over time: the measurements as a line with points, on the
 * indicator's own range. WHO-5 also shows its thresholds, 50 (poor well-being) and 35 (high
 * risk). A category indicator steps between its categories.
 */
class IndicatorChart : public QWidget
{
    Q_OBJECT

public:
    explicit IndicatorChart(QWidget *parent = nullptr);

    void setData(const Domain::Indicator &indicator, const QList<Domain::Measurement> &measurements);
    void clear();
    QChartView *view() const { return m_view; }

private:
    QChartView *m_view = nullptr;
};

} // namespace Traedesten::Ui
