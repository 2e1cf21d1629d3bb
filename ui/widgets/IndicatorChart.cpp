#include "IndicatorChart.h"

#include "ChartSupport.h"
#include "OutcomeText.h"
#include "domain/Who5.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Traedesten::Ui {

using namespace Domain;

IndicatorChart::IndicatorChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("indicatorChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void IndicatorChart::clear()
{
    replaceChart(m_view, new QChart);
}

void IndicatorChart::setData(const Indicator &indicator, const QList<Measurement> &measurements)
{
    auto *chart = new QChart;
    chart->setTitle(OutcomeText::indicator(indicator));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (measurements.isEmpty()) {
        chart->setTitle(tr("%1: not measured yet").arg(OutcomeText::indicator(indicator)));
        replaceChart(m_view, chart);
        return;
    }
    const bool category = indicator.type == IndicatorType::Category;
    // Where a measurement sits on the y axis: its value, or its category's place.
    const auto yOf = [&](const Measurement &m) {
        return category ? double(qMax(0, int(indicator.categories.indexOf(m.category)))) : m.value;
    };
    auto *line = new QLineSeries(chart);
    line->setName(OutcomeText::indicator(indicator));
    auto *points = new QScatterSeries(chart);
    points->setMarkerSize(9);
    double low = indicator.minimum;
    double high = indicator.maximum;
    for (const Measurement &m : measurements) {
        if (category && line->count() > 0) // steps: a category holds until the next measurement
            line->append(chartTime(m.measuredOn), line->at(line->count() - 1).y());
        line->append(chartTime(m.measuredOn), yOf(m));
        points->append(chartTime(m.measuredOn), yOf(m));
        high = qMax(high, yOf(m));
        low = qMin(low, yOf(m));
    }
    chart->addSeries(line);
    chart->addSeries(points);
    QDate first = measurements.first().measuredOn;
    QDate last = qMax(measurements.last().measuredOn, first.addDays(30));
    first = first.addDays(-7);
    last = last.addDays(7);
    QList<QLineSeries *> all { line };
    if (indicator.code == u"who5") {
        // The thresholds of WHO-5: at or below 50 poor well-being, at or below 35 high risk.
        const std::pair<int, QString> thresholds[] = {
            { Who5::AtRisk, tr("Poor well-being (50)") },
            { Who5::HighRisk, tr("High risk of depression (35)") },
        };
        for (const auto &[level, name] : thresholds) {
            auto *threshold = new QLineSeries(chart);
            threshold->setName(name);
            QPen pen(level == Who5::HighRisk ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xe6, 0x8a, 0x00));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            threshold->setPen(pen);
            threshold->append(chartTime(first), level);
            threshold->append(chartTime(last), level);
            threshold->setObjectName(QStringLiteral("threshold%1").arg(level));
            chart->addSeries(threshold);
            all << threshold;
        }
    }
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM yy"));
    x->setRange(first.startOfDay(), last.startOfDay());
    // One label for every month or so, never crowded.
    x->setTickCount(qBound(2, int(first.daysTo(last) / 30) + 1, 6));
    chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis *y = nullptr;
    if (category) {
        auto *axis = new QCategoryAxis(chart);
        axis->setStartValue(-0.5);
        for (int i = 0; i < indicator.categories.size(); ++i)
            axis->append(OutcomeText::category(indicator, indicator.categories.at(i)), i);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(-0.5, qMax(0.5, indicator.categories.size() - 0.5));
        y = axis;
    } else {
        auto *axis = new QValueAxis(chart);
        if (indicator.type == IndicatorType::YesNo) {
            axis->setRange(-0.1, 1.1);
            axis->setTickCount(2);
        } else {
            axis->setRange(low, high > low ? high : low + 1);
            if (indicator.type == IndicatorType::Scale && high - low <= 10)
                axis->setTickCount(int(high - low) + 1);
            else
                axis->applyNiceNumbers();
        }
        axis->setLabelFormat(QStringLiteral("%.0f"));
        const QString unit = OutcomeText::unit(indicator);
        if (!unit.isEmpty())
            axis->setTitleText(unit);
        y = axis;
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : std::as_const(all)) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    points->attachAxis(x);
    points->attachAxis(y);
    // A legend only where there is more than the line to tell apart (WHO-5's thresholds).
    chart->legend()->setVisible(all.size() > 1);
    // The title names the indicator, so its line and points need no legend entry: the legend keeps its width
    // for the thresholds, whose names are then shown in full rather than cut ("Well-being (W…").
    for (QAbstractSeries *s : { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
        const auto markers = chart->legend()->markers(s);
        for (auto *marker : markers)
            marker->setVisible(false);
    }
    chart->legend()->setShowToolTips(true);
    replaceChart(m_view, chart);
}

} // namespace Traedesten::Ui
