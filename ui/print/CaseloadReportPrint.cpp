#include "CaseloadReportPrint.h"

#include "DocumentPrinter.h"
#include "DomainText.h"
#include "OutcomeText.h"
#include "PrintLanguage.h"
#include "domain/Money.h"
#include "domain/TargetGroup.h"
#include "widgets/ReportCharts.h"

#include <QTextDocument>
#include <QUrl>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

constexpr const char *TableStart = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                                   "style=\"border-collapse: collapse;\">";

} // namespace

CaseloadReportPrint::CaseloadReportPrint(
    Reports::CaseloadReport report, const QString &language, const QString &municipality, const QImage &logo)
    : m_report(std::move(report))
    , m_language(language == u"da" ? QStringLiteral("da") : QStringLiteral("en"))
    , m_municipality(municipality)
    , m_logo(logo)
{ }

QString CaseloadReportPrint::t(const char *source) const
{
    return PrintLanguage(m_language).text("CaseloadReportPrint", source);
}

QString CaseloadReportPrint::money(qint64 minor) const
{
    const Currency currency = m_report.currency == u"GBP" ? Currency::GBP : Currency::DKK;
    return Money::fromMinor(minor, currency).format(PrintLanguage(m_language).locale());
}

QString CaseloadReportPrint::percent(double share) const
{
    return PrintLanguage(m_language).locale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString CaseloadReportPrint::number(double value) const
{
    return PrintLanguage(m_language).locale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

QString CaseloadReportPrint::title() const
{
    return t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Caseload report"));
}

QString CaseloadReportPrint::html(bool withCharts) const
{
    const PrintLanguage language(m_language);
    const Reports::CaseloadReport &r = m_report;
    const auto row = [](const QStringList &cells, bool header = false) {
        QString html
            = header ? QStringLiteral("<thead><tr style=\"background-color: #e8eef4;\">") : QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i) {
            const QString align = i == 0 ? QStringLiteral("left") : QStringLiteral("right");
            html += header ? QStringLiteral("<th align=\"%1\">%2</th>").arg(align, cells.at(i))
                           : QStringLiteral("<td align=\"%1\">%2</td>").arg(align, cells.at(i));
        }
        return html + (header ? QStringLiteral("</tr></thead>") : QStringLiteral("</tr>"));
    };
    const auto share = [&](int n, int of) {
        return of > 0 ? percent(double(n) / double(of)) : QString();
    };

    QString html
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                         "<td><span style=\"font-size: 9pt; color: #555;\">%1</span><br>"
                         "<span style=\"font-size: 16pt; font-weight: bold;\">%2</span></td>"
                         "<td align=\"right\" style=\"font-size: 9pt; color: #555;\">%3</td></tr></table>")
              .arg((withCharts && !m_logo.isNull() ? QStringLiteral("<img src=\"traedesten:logo\" height=\"36\"><br>")
                                                   : QString())
                      + esc(m_municipality),
                  esc(title()),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "As of %1")).arg(language.longDate(r.asOf))));
    html += QStringLiteral("<p style=\"color: #444;\">%1</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint",
                    "Figures for the whole caseload. No citizen can be recognised from them."))));

    // Citizens.
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Citizens"))),
                    esc(language
                            .plural("CaseloadReportPrint",
                                QT_TRANSLATE_N_NOOP("CaseloadReportPrint", "%n citizen(s): %1 active, %2 closed."),
                                r.citizens)
                            .arg(r.active)
                            .arg(r.closed)));
    html += QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Target group"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Citizens"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Share"))) },
            true);
    for (const auto &[code, count] : r.targetGroups) {
        const char *source = DomainText::targetGroupSource(code);
        html += row({ esc(source ? language.text("DomainText", source) : code), QString::number(count),
            share(count, r.citizens) });
    }
    html += QStringLiteral("</table>");

    // End assessments, side by side.
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Did the citizens reach their goals?"))),
                    esc(language.plural("CaseloadReportPrint",
                        QT_TRANSLATE_N_NOOP("CaseloadReportPrint",
                            "%n long-term goal(s). The citizen's own end assessment and the support person's are kept "
                            "side by side: they often differ."),
                        r.goals)));
    const int ownAssessed = r.goals - r.ownNotAssessed;
    const int supportAssessed = r.goals - r.supportNotAssessed;
    html += QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "The citizen's own assessment"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Goals"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Of those assessed"))) },
            true);
    for (OwnAssessment a : allOwnAssessments())
        html += row({ esc(language.text("OutcomeText", OutcomeText::ownAssessmentSource(a))),
            QString::number(r.ownAssessments.value(a)), share(r.ownAssessments.value(a), ownAssessed) });
    html += row({ QStringLiteral("<i>%1</i>").arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Not assessed yet")))),
        QString::number(r.ownNotAssessed), QString() });
    html += QStringLiteral("</table><br>") + QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "The support person's assessment"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Goals"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Of those assessed"))) },
            true);
    for (SupportAssessment a : allSupportAssessments())
        html += row({ esc(language.text("OutcomeText", OutcomeText::supportAssessmentSource(a))),
            QString::number(r.supportAssessments.value(a)), share(r.supportAssessments.value(a), supportAssessed) });
    html += row({ QStringLiteral("<i>%1</i>").arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Not assessed yet")))),
        QString::number(r.supportNotAssessed), QString() });
    html += QStringLiteral("</table>");
    if (withCharts)
        html += QStringLiteral("<p align=\"center\"><img src=\"traedesten:outcomes\" width=\"600\"></p>");

    // Goal categories.
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "What the goals are about"))));
    html += QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Goal category"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Goals"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Share"))) },
            true);
    for (const auto &[category, count] : r.goalCategories) {
        if (count > 0)
            html += row({ esc(language.text("DomainText", DomainText::goalCategorySource(category))),
                QString::number(count), share(count, r.goals) });
    }
    html += QStringLiteral("</table>");

    // Budgets.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Personal budgets"))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(language
                             .plural("CaseloadReportPrint",
                                 QT_TRANSLATE_N_NOOP("CaseloadReportPrint",
                                     "%n budget(s) with caps of %1 in all; %2 used. On average %3 per budget, %4 of "
                                     "its cap."),
                                 r.budgets)
                             .arg(money(r.totalCapMinor), money(r.totalUsedMinor), money(r.averageUsedMinor),
                                 percent(r.averageShareOfCap))));
    if (r.budgetsInOtherCurrencies > 0)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(language.plural("CaseloadReportPrint",
                        QT_TRANSLATE_N_NOOP("CaseloadReportPrint", "%n budget(s) in another currency are left out."),
                        r.budgetsInOtherCurrencies)));
    qint64 spent = 0;
    for (const Reports::CategorySpend &s : r.spendingByCategory)
        spent += s.minor;
    html += QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Spending category"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Spent"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Share"))) },
            true);
    for (const Reports::CategorySpend &s : r.spendingByCategory)
        html += row({ esc(ReportCharts::categoryName(s, language)), money(s.minor),
            spent > 0 ? percent(double(s.minor) / double(spent)) : QString() });
    html += QStringLiteral("</table>");
    if (withCharts && !r.spendingByCategory.isEmpty())
        html += QStringLiteral("<p align=\"center\"><img src=\"traedesten:spending\" width=\"600\"></p>");

    // Indicators.
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Indicators from baseline to latest"))),
                    esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint",
                        "Citizens measured at least twice; the baseline is each citizen's first measurement. "
                        "For WHO-5 only a change of 10 points or more counts."))));
    html += QString::fromLatin1(TableStart)
        + row({ esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Indicator"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Citizens"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Baseline"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Latest"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Better"))),
                  esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Worse"))) },
            true);
    for (const Reports::IndicatorChange &c : r.indicators) {
        const char *source = OutcomeText::indicatorSource(c.indicator.code);
        const bool yesNo = c.indicator.type == IndicatorType::YesNo;
        html += row({ esc(source ? language.text("OutcomeText", source) : c.indicator.name),
            QString::number(c.citizens), yesNo ? percent(c.baselineAverage) : number(c.baselineAverage),
            yesNo ? percent(c.latestAverage) : number(c.latestAverage), QString::number(c.improved),
            QString::number(c.worsened) });
    }
    html += QStringLiteral("</table>");

    // The public cost.
    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Public cost of the families"))));
    if (r.householdsWithBenefits == 0) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "No benefits or services recorded yet."))));
    } else {
        const qint64 change = r.latestMonthlyCostMinor - r.baselineMonthlyCostMinor;
        QString text = language
                           .plural("CaseloadReportPrint",
                               QT_TRANSLATE_N_NOOP("CaseloadReportPrint",
                                   "%n household(s) with benefits or services. In their first month they cost %1 a "
                                   "month in all; now %2, "
                                   "a change of %3."),
                               r.householdsWithBenefits)
                           .arg(money(r.baselineMonthlyCostMinor), money(r.latestMonthlyCostMinor),
                               (change > 0 ? QStringLiteral("+") : QString()) + money(change));
        if (r.baselineMonthlyCostMinor > 0)
            text += QStringLiteral(" (%1)").arg(percent(double(change) / double(r.baselineMonthlyCostMinor)));
        html += QStringLiteral("<p>%1</p>").arg(esc(text));
    }
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9.5pt;\">%1</body></html>")
        .arg(html);
}

bool CaseloadReportPrint::print(QPagedPaintDevice *device) const
{
    const PrintLanguage language(m_language);
    QTextDocument document;
    DocumentPrinter::prepare(document, m_logo);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("traedesten:outcomes")),
        ReportCharts::render(ReportCharts::outcomes(m_report, language), QSize(760, 340)));
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("traedesten:spending")),
        ReportCharts::render(ReportCharts::spending(m_report, language), QSize(760, 360)));
    document.setHtml(html(true));
    return DocumentPrinter::print(document, device, t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Confidential")),
        t(QT_TRANSLATE_NOOP("CaseloadReportPrint", "Page %1 of %2")));
}

} // namespace Traedesten::Ui
