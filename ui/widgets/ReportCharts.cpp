#include "ReportCharts.h"

#include "DomainText.h"
#include "OutcomeText.h"
#include "print/PrintLanguage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QImage>
#include <QPainter>
#include <QValueAxis>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

QString text(const PrintLanguage &language, const char *source)
{
    return language.text("ReportCharts", source);
}

} // namespace

QString ReportCharts::categoryName(const Reports::CategorySpend &spend, const PrintLanguage &language)
{
    if (const char *source = DomainText::spendingCategorySource(spend.code))
        return language.text("DomainText", source);
    return spend.name;
}

QChart *ReportCharts::outcomes(const Reports::CaseloadReport &report, const PrintLanguage &language)
{
    auto *chart = new QChart;
    chart->setTitle(text(language, QT_TRANSLATE_NOOP("ReportCharts", "End assessment of the goals")));
    chart->legend()->setAlignment(Qt::AlignRight); // eight levels: their names need the room
    auto *series = new QHorizontalPercentBarSeries(chart);
    // Row 0: the citizens' own assessment; row 1: the support persons'. Each level is a set with
    // a value in its own row only, so each bar adds up to 100 % of that row's goals.
    const auto add = [&](const QString &name, int own, int support, const QColor &colour) {
        auto *set = new QBarSet(name, series);
        *set << own << support;
        set->setColor(colour);
        series->append(set);
    };
    const QColor greens[] = { QColor(0x1b, 0x5e, 0x20), QColor(0x66, 0xbb, 0x6a), QColor(0xef, 0x9a, 0x9a) };
    int i = 0;
    for (OwnAssessment a : allOwnAssessments())
        add(language.text("OutcomeText", OutcomeText::ownAssessmentSource(a)), report.ownAssessments.value(a), 0,
            greens[i++]);
    const QColor blues[] = { QColor(0xc6, 0x28, 0x28), QColor(0xff, 0xb7, 0x4d), QColor(0xff, 0xf1, 0x76),
        QColor(0x64, 0xb5, 0xf6), QColor(0x0d, 0x47, 0xa1) };
    i = 0;
    for (SupportAssessment a : allSupportAssessments())
        add(language.text("OutcomeText", OutcomeText::supportAssessmentSource(a)), 0,
            report.supportAssessments.value(a), blues[i++]);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto *rows = new QBarCategoryAxis(chart);
    rows->append({ text(language, QT_TRANSLATE_NOOP("ReportCharts", "Citizens' own")),
        text(language, QT_TRANSLATE_NOOP("ReportCharts", "Support persons'")) });
    auto *share = new QValueAxis(chart);
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(rows, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(rows);
    series->attachAxis(share);
    return chart;
}

QChart *ReportCharts::spending(const Reports::CaseloadReport &report, const PrintLanguage &language)
{
    auto *chart = new QChart;
    chart->setTitle(text(language, QT_TRANSLATE_NOOP("ReportCharts", "Spending by category")));
    chart->legend()->hide();
    // Whole kroner in the print's own language ("74.214" in Danish); the table beside it has the exact amounts.
    chart->setLocalizeNumbers(true);
    chart->setLocale(language.locale());
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(text(language, QT_TRANSLATE_NOOP("ReportCharts", "Spent")), series);
    QStringList names;
    qint64 highest = 0;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (auto it = report.spendingByCategory.crbegin(); it != report.spendingByCategory.crend(); ++it) {
        names << categoryName(*it, language);
        *set << double(qRound64(double(it->minor) / 100.0));
        highest = qMax(highest, it->minor);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    // Beside the bar, so a small amount's label is not cut by its short bar.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(Qt::black); // dark on the white beside the bar
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(names);
    auto *values = new QValueAxis(chart);
    values->setRange(0, qMax(1.0, double(highest) / 100.0 * 1.25));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(report.currency);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return chart;
}

QImage ReportCharts::render(QChart *chart, const QSize &size)
{
    // In a scene of its own, laid out at once: a chart that is never shown is never laid out otherwise.
    QGraphicsScene scene; // owns the chart from here
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    return image;
}

} // namespace Traedesten::Ui
