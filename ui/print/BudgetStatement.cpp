#include "BudgetStatement.h"

#include "DocumentPrinter.h"
#include "DomainText.h"
#include "PrintLanguage.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QUrl>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

/// The print's own translator: a print may be in Danish while the program speaks English.

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// An amount that never breaks over two lines.
QString nbsp(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
}

} // namespace

BudgetStatement::BudgetStatement(Data data, const QString &language)
    : m_data(std::move(data))
    , m_language(language == u"da" ? QStringLiteral("da") : QStringLiteral("en"))
{ }

QString BudgetStatement::t(const char *source) const
{
    return PrintLanguage(m_language).text("BudgetStatement", source);
}

QString BudgetStatement::money(qint64 minor) const
{
    return Money::fromMinor(minor, m_data.budget.currency).format(PrintLanguage(m_language).locale());
}

QString BudgetStatement::date(const QDate &d) const
{
    return PrintLanguage(m_language).longDate(d);
}

QString BudgetStatement::shortDate(const QDate &d) const
{
    return PrintLanguage(m_language).shortDate(d);
}

QString BudgetStatement::title() const
{
    return t(QT_TRANSLATE_NOOP("BudgetStatement", "Budget statement"));
}

QString BudgetStatement::html() const
{
    const PrintLanguage language(m_language);
    const auto domain = [&language](const char *source) {
        return language.text("DomainText", source);
    };
    const auto kind = [&](EntryKind k) {
        switch (k) {
        case EntryKind::Purchase:
            return domain("Purchase");
        case EntryKind::Refund:
            return domain("Refund");
        case EntryKind::Adjustment:
            return domain("Adjustment");
        }
        return QString();
    };
    const auto state = [&](EntryState s) {
        switch (s) {
        case EntryState::Reserved:
            return domain("Reserved");
        case EntryState::Paid:
            return domain("Paid");
        case EntryState::Voided:
            return domain("Voided");
        }
        return QString();
    };
    const auto category = [&](const QString &id) {
        if (const QString code = m_data.categoryCodes.value(id); !code.isEmpty()) {
            if (const char *source = DomainText::spendingCategorySource(code))
                return domain(source);
        }
        return m_data.categoryNames.value(id);
    };

    const Budget &b = m_data.budget;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
                                  "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td><span style=\"font-size: 9pt; color: #555;\">%1</span><br>"
                                  "<span style=\"font-size: 16pt; font-weight: bold;\">%2</span></td>"
                                  "<td align=\"right\" style=\"font-size: 9pt; color: #555;\">%3</td></tr></table>")
                       .arg((m_data.logo.isNull() ? QString()
                                                  : QStringLiteral("<img src=\"traedesten:logo\" height=\"36\"><br>"))
                               + escaped(m_data.municipality),
                           escaped(title()),
                           escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Printed %1")).arg(date(m_data.printedOn))));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top: 8px;\">");
    const auto fact = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"color: #555; padding-right: 12px;\">%1</td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(value));
    };
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Citizen")), m_data.citizenName);
    if (!m_data.supportPerson.isEmpty())
        fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Support person")), m_data.supportPerson);
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Budget period")),
        t(QT_TRANSLATE_NOOP("BudgetStatement", "%1 to %2")).arg(date(b.periodStart), date(b.periodEnd())));
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Budget cap")), money(b.capMinor));
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Paid")), money(m_data.summary.paidMinor));
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Reserved")), money(m_data.summary.reservedMinor));
    if (m_data.summary.refundedMinor != 0)
        fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Refunded")), money(m_data.summary.refundedMinor));
    if (m_data.summary.adjustedMinor != 0)
        fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Adjustments")), money(m_data.summary.adjustedMinor));
    fact(t(QT_TRANSLATE_NOOP("BudgetStatement", "Remaining")), money(m_data.summary.remainingMinor));
    html += QStringLiteral("</table>");

    // The ledger; its header row repeats on every page (thead).
    html += QStringLiteral("<h3 style=\"margin-top: 14px;\">%1</h3>")
                .arg(escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Ledger"))));
    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
        "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr style=\"background-color: #e8eef4;\">");
    // Four columns, so a portrait page holds them: what, where and for which stepping stone in one cell.
    const std::pair<QString, int> headers[] = { { t(QT_TRANSLATE_NOOP("BudgetStatement", "Date")), 13 },
        { t(QT_TRANSLATE_NOOP("BudgetStatement", "Purchase")), 57 },
        { t(QT_TRANSLATE_NOOP("BudgetStatement", "Amount")), 15 },
        { t(QT_TRANSLATE_NOOP("BudgetStatement", "Remaining")), 15 } };
    for (const auto &[h, width] : headers) {
        html += QStringLiteral("<th width=\"%1%\" align=\"%2\">%3</th>")
                    .arg(width)
                    .arg(width == 15 ? QStringLiteral("right") : QStringLiteral("left"), escaped(h));
    }
    html += QStringLiteral("</tr></thead>");
    if (m_data.entries.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                    .arg(escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "No entries yet."))));
    }
    qint64 used = 0;
    for (const LedgerEntry &e : m_data.entries) {
        used += e.usedMinor();
        const bool voided = e.state == EntryState::Voided;
        const QString style = voided ? QStringLiteral(" style=\"color: #777;\"") : QString();
        QString text = QStringLiteral("<b>%1</b>").arg(escaped(e.description));
        if (voided)
            text = QStringLiteral("<s>%1</s>").arg(text);
        QStringList facts;
        for (const QString &detail : { kind(e.kind) + QStringLiteral(", ") + state(e.state).toLower(), e.payee,
                 m_data.stoneTitles.value(e.stoneId), category(e.categoryId) }) {
            if (!detail.isEmpty())
                facts << escaped(detail);
        }
        text += QStringLiteral("<br><span style=\"font-size: 8pt; color: #444;\">%1</span>")
                    .arg(facts.join(QStringLiteral(" · ")));
        if (voided)
            text += QStringLiteral("<br><i>%1</i>")
                        .arg(escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Voided: %1")).arg(e.voidReason)));
        else if (e.decidedWithCitizen)
            text += QStringLiteral("<br><i>%1</i>")
                        .arg(escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Decided together with the citizen"))));
        const qint64 signedAmount = e.signedAmountMinor();
        html
            += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td align=\"right\">%4</td><td align=\"right\">%5</td></tr>")
                   .arg(style, escaped(shortDate(e.date)), text, nbsp(money(signedAmount)),
                       voided ? QString() : nbsp(money(b.capMinor - used)));
    }
    html += QStringLiteral("</table>");

    // Signatures.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 40px;\"><tr>"
                           "<td width=\"45%\">______________________________________<br>%1</td>"
                           "<td width=\"10%\"></td>"
                           "<td width=\"45%\">______________________________________<br>%2</td></tr></table>")
                .arg(escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Signature, citizen"))),
                    escaped(t(QT_TRANSLATE_NOOP("BudgetStatement", "Signature, support person"))));
    html += QStringLiteral("</body></html>");
    return html;
}

bool BudgetStatement::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    DocumentPrinter::prepare(document, m_data.logo);
    document.setHtml(html());
    return DocumentPrinter::print(document, device, t(QT_TRANSLATE_NOOP("BudgetStatement", "Confidential")),
        t(QT_TRANSLATE_NOOP("BudgetStatement", "Page %1 of %2")));
}

} // namespace Traedesten::Ui
