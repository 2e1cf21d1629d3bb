#include "AccessLogPrint.h"

#include "AuditText.h"
#include "DocumentPrinter.h"
#include "PrintLanguage.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QUrl>

namespace Traedesten::Ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AccessLogPrint::AccessLogPrint(Data data, const QString &language)
    : m_data(std::move(data))
    , m_language(language == u"da" ? QStringLiteral("da") : QStringLiteral("en"))
{ }

QString AccessLogPrint::t(const char *source) const
{
    return PrintLanguage(m_language).text("AccessLogPrint", source);
}

QString AccessLogPrint::title() const
{
    return t(QT_TRANSLATE_NOOP("AccessLogPrint", "Access log"));
}

QString AccessLogPrint::html() const
{
    const PrintLanguage language(m_language);
    QString html
        = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">"
                         "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                         "<td><span style=\"font-size: 9pt; color: #555;\">%1</span><br>"
                         "<span style=\"font-size: 16pt; font-weight: bold;\">%2</span></td>"
                         "<td align=\"right\" style=\"font-size: 9pt; color: #555;\">%3</td></tr></table>")
              .arg(
                  (m_data.logo.isNull() ? QString() : QStringLiteral("<img src=\"traedesten:logo\" height=\"36\"><br>"))
                      + escaped(m_data.municipality),
                  escaped(title()),
                  escaped(
                      t(QT_TRANSLATE_NOOP("AccessLogPrint", "Printed %1")).arg(language.longDate(m_data.printedOn))));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top: 8px;\">"
                           "<tr><td style=\"color: #555; padding-right: 12px;\">%1</td><td><b>%2</b></td></tr>"
                           "</table>")
                .arg(escaped(t(QT_TRANSLATE_NOOP("AccessLogPrint", "Citizen"))), escaped(m_data.citizenName));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(t(QT_TRANSLATE_NOOP("AccessLogPrint",
                    "Who has opened the citizen's pages in this case file, created, changed, deleted, printed or "
                    "exported something about the citizen, and when the whole case file was backed up, restored or "
                    "given a new passphrase. The log records what was done, never the content."))));
    const int shown = static_cast<int>(m_data.events.size());
    if (shown < m_data.totalEvents) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(t(QT_TRANSLATE_NOOP("AccessLogPrint",
                                       "A selection: %1 of the log's %2 events, as filtered on the screen."))
                                     .arg(shown)
                                     .arg(m_data.totalEvents)));
    }

    html += QStringLiteral(
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
        "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr style=\"background-color: #e8eef4;\">");
    const std::pair<QString, int> headers[] = { { t(QT_TRANSLATE_NOOP("AccessLogPrint", "When")), 22 },
        { t(QT_TRANSLATE_NOOP("AccessLogPrint", "Who")), 18 }, { t(QT_TRANSLATE_NOOP("AccessLogPrint", "What")), 60 } };
    for (const auto &[h, width] : headers)
        html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(width).arg(escaped(h));
    html += QStringLiteral("</tr></thead>");
    if (m_data.events.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"3\">%1</td></tr>")
                    .arg(escaped(t(QT_TRANSLATE_NOOP("AccessLogPrint", "No events."))));
    }
    for (const Domain::AuditEvent &e : m_data.events) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(escaped(AuditText::time(e.at, language)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")),
                        escaped(e.actor), escaped(AuditText::describe(e, language)));
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

bool AccessLogPrint::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    DocumentPrinter::prepare(document, m_data.logo);
    document.setHtml(html());
    return DocumentPrinter::print(document, device, t(QT_TRANSLATE_NOOP("AccessLogPrint", "Confidential")),
        t(QT_TRANSLATE_NOOP("AccessLogPrint", "Page %1 of %2")));
}

} // namespace Traedesten::Ui
