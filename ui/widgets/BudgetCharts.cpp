#include "BudgetCharts.h"

#include "ChartSupport.h"
#include "domain/Money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

// Charts plot in major units (kroner); the figures themselves stay in øre everywhere else.
double major(qint64 minor)
{
    return double(minor) / 100.0;
}

qint64 msAt(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

BudgetCharts::BudgetCharts(QWidget *parent)
    : QWidget(parent)
    , m_overTime(new QChartView(this))
    , m_byCategory(new QChartView(this))
{
    setObjectName(QStringLiteral("budgetCharts"));
    for (QChartView *v : { m_overTime, m_byCategory }) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overTime, 3);
    layout->addWidget(m_byCategory, 2);
    clear();
}

void BudgetCharts::clear()
{
    replaceChart(m_overTime, new QChart);
    replaceChart(m_byCategory, new QChart);
}

void BudgetCharts::setData(
    const Budget &budget, const QList<LedgerEntry> &entries, const QList<QPair<QString, qint64>> &usedByCategory)
{
    const QLocale locale;
    auto *chart = new QChart;
    chart->setTitle(tr("Use of the budget over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *used = new QLineSeries(chart);
    used->setName(tr("Used (reserved and paid)"));
    auto *cap = new QLineSeries(chart);
    cap->setName(tr("Budget cap"));
    QPen capPen(QColor(0xb7, 0x1c, 0x1c));
    capPen.setStyle(Qt::DashLine);
    capPen.setWidth(2);
    cap->setPen(capPen);
    const QDate first = budget.periodStart;
    const QDate last = budget.periodEnd();
    cap->append(msAt(first), major(budget.capMinor));
    cap->append(msAt(last), major(budget.capMinor));
    // A step line: flat until an entry, then up (or down for a refund).
    qint64 total = 0;
    used->append(msAt(first), 0);
    for (const LedgerEntry &e : entries) {
        if (e.state == EntryState::Voided)
            continue;
        used->append(msAt(e.date), major(total));
        total += e.usedMinor();
        used->append(msAt(e.date), major(total));
    }
    const QDate until = qMin(QDate::currentDate(), last);
    if (until >= first)
        used->append(msAt(until), major(total));
    chart->addSeries(used);
    chart->addSeries(cap);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(locale.language() == QLocale::Danish ? QStringLiteral("MMM yy") : QStringLiteral("MMM yy"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(7);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    auto *y = new QValueAxis(chart);
    y->setRange(0, qMax(100.0, major(budget.capMinor) * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(currencyCode(budget.currency));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : { used, cap }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    replaceChart(m_overTime, chart);

    auto *bars = new QChart;
    bars->setTitle(tr("Use by spending category"));
    bars->legend()->hide();
    // Numbers in the program's language (8.000 in Danish, 8,000 in English).
    bars->setLocalizeNumbers(true);
    bars->setLocale(locale);
    auto *series = new QHorizontalBarSeries(bars);
    auto *set = new QBarSet(tr("Used"), series);
    QStringList names;
    qint64 highest = 0;
    QStringList amounts;
    for (const auto &[name, minor] : usedByCategory) {
        names << name;
        // The exact amount as money on the bar under the pointer: a rounded bar label read "8001" for 8.000,50.
        amounts << tr("%1: %2", "spending category: amount used")
                       .arg(name, Money::fromMinor(minor, budget.currency).format(locale));
        *set << major(minor);
        highest = qMax(highest, minor);
    }
    connect(series, &QAbstractBarSeries::hovered, m_byCategory, [this, amounts](bool status, int index) {
        if (status && index >= 0 && index < amounts.size())
            QToolTip::showText(QCursor::pos(), amounts.at(index), m_byCategory);
        else
            QToolTip::hideText();
    });
    series->append(set);
    bars->addSeries(series);
    auto *categories = new QBarCategoryAxis(bars);
    categories->append(names);
    auto *values = new QValueAxis(bars);
    // Whole-kroner ticks: nothing used yet still gets a 0 to 100 scale, not "0 0 0 1 1 1".
    values->setRange(0, qMax(100.0, major(highest) * 1.1));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTickCount(qMin(values->tickCount(), 4)); // room for "10.000" in Danish
    values->applyNiceNumbers();
    bars->addAxis(categories, Qt::AlignLeft);
    bars->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    replaceChart(m_byCategory, bars);
}

} // namespace Traedesten::Ui
