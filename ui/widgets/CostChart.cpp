#include "CostChart.h"

#include "ChartSupport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Traedesten::Ui {

using namespace Domain;

CostChart::CostChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    setObjectName(QStringLiteral("costChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void CostChart::clear()
{
    replaceChart(m_view, new QChart);
}

void CostChart::setData(const QList<MonthlyCost> &series, const QList<std::pair<QString, QString>> &departments)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Public cost a month, by department"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *bars = new QStackedBarSeries(chart);
    qint64 highest = 0;
    for (const MonthlyCost &month : series)
        highest = qMax(highest, month.totalMinor);
    for (const auto &[id, name] : departments) {
        bool used = false;
        for (const MonthlyCost &month : series)
            used = used || month.byDepartment.value(id) > 0;
        if (!used)
            continue; // no empty entries in the legend
        auto *set = new QBarSet(name, bars);
        for (const MonthlyCost &month : series)
            *set << double(month.byDepartment.value(id)) / 100.0;
        bars->append(set);
    }
    chart->addSeries(bars);
    QStringList months;
    const QLocale locale;
    for (const MonthlyCost &month : series)
        months << locale.toString(month.month, QStringLiteral("MMM yy"));
    auto *x = new QBarCategoryAxis(chart);
    x->append(months);
    // Many months: label every third, so the labels stay readable.
    if (months.size() > 18) {
        QStringList sparse;
        for (int i = 0; i < months.size(); ++i)
            sparse << (i % 3 == 0 ? months.at(i) : QString(i, QLatin1Char(' ')));
        x->setCategories(sparse);
    }
    auto *y = new QValueAxis(chart);
    y->setRange(0, qMax(1.0, double(highest) / 100.0 * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("kr. a month"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    replaceChart(m_view, chart);
}

} // namespace Traedesten::Ui
