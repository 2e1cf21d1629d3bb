#include "CostChart.h"

#include "ChartSupport.h"
#include "domain/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
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
    m_series.clear();
    replaceChart(m_view, new QChart);
}

QString CostChart::proration(const MonthlyCost &month)
{
    const int part = int(month.partDays.size());
    if (part == 0)
        return {};
    const bool sameDays = month.partDays.first() == month.partDays.last();
    QString text = sameDays ? tr("%1 of %2 days for %n benefit(s)", "a pro-rated month", part)
                                  .arg(month.partDays.first())
                                  .arg(month.daysInMonth())
                            : tr("part of the month for %n benefit(s)", "a pro-rated month", part);
    if (const int whole = month.benefits - part; whole > 0)
        text += tr(", the whole month for %n benefit(s)", "a pro-rated month, continued", whole);
    return text;
}

QString CostChart::monthToolTip(int index) const
{
    if (index < 0 || index >= m_series.size())
        return {};
    const MonthlyCost &month = m_series.at(index);
    const QLocale locale;
    const auto kroner = [&locale](qint64 minor) {
        return Money::fromMinor(minor, Currency::DKK).format(locale);
    };
    QString text = tr("%1: %2", "month: public cost")
                       .arg(locale.toString(month.month, QStringLiteral("MMMM yyyy")), kroner(month.totalMinor));
    if (month.isProrated())
        text += QLatin1Char('\n')
            + tr("Pro-rated: %1; a full month: %2").arg(proration(month), kroner(month.fullMonthMinor));
    return text;
}

void CostChart::setData(const QList<MonthlyCost> &series, const QList<std::pair<QString, QString>> &departments)
{
    m_series = series;
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true); // 80.000 in Danish
    chart->setLocale(QLocale());
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
    // Each month's figure, and whether it is pro-rated, on the bar under the pointer.
    connect(bars, &QAbstractBarSeries::hovered, m_view, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), monthToolTip(index), m_view);
        else
            QToolTip::hideText();
    });
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
