#include "AccessExportPrint.h"

#include "DocumentPrinter.h"
#include "DomainText.h"
#include "OutcomeText.h"
#include "PrintLanguage.h"
#include "domain/Goal.h"
#include "domain/Money.h"

#include <QBuffer>
#include <QJsonArray>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <initializer_list>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString str(const QJsonValue &v, const char *field)
{
    return v[QLatin1String(field)].toString();
}

QJsonArray rows(const QJsonObject &document, const char *section)
{
    return document.value(QLatin1String(section)).toArray();
}

const char *const TableStart = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                               "style=\"border-collapse: collapse; border-color: #999;\">";

} // namespace

AccessExportPrint::AccessExportPrint(Data data, const QString &language)
    : m_data(std::move(data))
    , m_language(language == u"da" ? QStringLiteral("da") : QStringLiteral("en"))
{ }

QString AccessExportPrint::t(const char *source) const
{
    return PrintLanguage(m_language).text("AccessExportPrint", source);
}

QString AccessExportPrint::domain(const char *context, const char *source, const char *disambiguation) const
{
    if (!source || !*source)
        return {};
    return PrintLanguage(m_language).text(context, source, disambiguation);
}

QString AccessExportPrint::date(const QString &iso) const
{
    return PrintLanguage(m_language).shortDate(QDate::fromString(iso, Qt::ISODate));
}

QString AccessExportPrint::timestamp(const QString &iso) const
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    return at.isValid() ? PrintLanguage(m_language).shortDate(at.date()) + QStringLiteral(" ")
            + at.time().toString(QStringLiteral("HH:mm"))
                        : QString();
}

QString AccessExportPrint::money(qint64 minor, const QString &currency) const
{
    return Money::fromMinor(minor, currencyFromCode(currency))
        .format(PrintLanguage(m_language).locale())
        .replace(QLatin1Char(' '), QChar(0x00A0));
}

QJsonObject AccessExportPrint::context(const char *section, const QString &id) const
{
    for (const QJsonValue &row : m_data.document.value(QStringLiteral("context"))[QLatin1String(section)].toArray()) {
        if (str(row, "id") == id)
            return row.toObject();
    }
    return {};
}

QString AccessExportPrint::departmentName(const QString &id) const
{
    const QJsonObject d = context("departments", id);
    if (const char *source = DomainText::departmentSource(str(d, "code")))
        return domain("DomainText", source);
    return str(d, "name");
}

QString AccessExportPrint::title() const
{
    return t(QT_TRANSLATE_NOOP("AccessExportPrint", "Your data in the case file"));
}

QString AccessExportPrint::action(const QString &code) const
{
    static const std::pair<const char *, const char *> actions[] = {
        { "citizen.viewed", QT_TRANSLATE_NOOP("AccessExportPrint", "Viewed") },
        { "record.created", QT_TRANSLATE_NOOP("AccessExportPrint", "Created") },
        { "record.updated", QT_TRANSLATE_NOOP("AccessExportPrint", "Changed") },
        { "record.deleted", QT_TRANSLATE_NOOP("AccessExportPrint", "Deleted") },
        { "records.reordered", QT_TRANSLATE_NOOP("AccessExportPrint", "Reordered") },
        { "printed", QT_TRANSLATE_NOOP("AccessExportPrint", "Printed") },
        { "exported", QT_TRANSLATE_NOOP("AccessExportPrint", "Exported") },
        { "citizen.access_exported", QT_TRANSLATE_NOOP("AccessExportPrint", "Access export") },
        { "citizen.erased", QT_TRANSLATE_NOOP("AccessExportPrint", "Erased") },
    };
    for (const auto &[c, source] : actions) {
        if (code == QLatin1String(c))
            return t(source);
    }
    return code;
}

QString AccessExportPrint::entityType(const QString &code) const
{
    static const std::pair<const char *, const char *> types[] = {
        { "citizen", QT_TRANSLATE_NOOP("AccessExportPrint", "Profile") },
        { "household_member", QT_TRANSLATE_NOOP("AccessExportPrint", "Household member") },
        { "goal", QT_TRANSLATE_NOOP("AccessExportPrint", "Long-term goal") },
        { "stepping_stone", QT_TRANSLATE_NOOP("AccessExportPrint", "Stepping stone") },
        { "note", QT_TRANSLATE_NOOP("AccessExportPrint", "Journal note") },
        { "budget", QT_TRANSLATE_NOOP("AccessExportPrint", "Personal budget") },
        { "ledger_entry", QT_TRANSLATE_NOOP("AccessExportPrint", "Ledger entry") },
        { "attachment", QT_TRANSLATE_NOOP("AccessExportPrint", "Receipt") },
        { "budget_statement", QT_TRANSLATE_NOOP("AccessExportPrint", "Budget statement") },
        { "family_plan", QT_TRANSLATE_NOOP("AccessExportPrint", "Family plan") },
        { "family_goal", QT_TRANSLATE_NOOP("AccessExportPrint", "Family goal") },
        { "intervention", QT_TRANSLATE_NOOP("AccessExportPrint", "Intervention") },
        { "consent", QT_TRANSLATE_NOOP("AccessExportPrint", "Consent") },
        { "measurement", QT_TRANSLATE_NOOP("AccessExportPrint", "Measurement") },
        { "benefit", QT_TRANSLATE_NOOP("AccessExportPrint", "Benefit") },
    };
    for (const auto &[c, source] : types) {
        if (code == QLatin1String(c))
            return t(source);
    }
    return code;
}

QString AccessExportPrint::code(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return {};
    if (field == u"citizen_status")
        return domain("DomainText", value == u"closed" ? "Closed" : "Active");
    if (field == u"goal_status") {
        switch (goalStatusFromCode(value)) {
        case GoalStatus::Active:
            return domain("DomainText", "Active", "goal status");
        case GoalStatus::Achieved:
            return domain("DomainText", "Achieved", "goal status");
        case GoalStatus::Dropped:
            return domain("DomainText", "Dropped", "goal status");
        }
    }
    if (field == u"category")
        return domain("DomainText", DomainText::goalCategorySource(goalCategoryFromCode(value)));
    if (field == u"stone_status") {
        switch (stoneStatusFromCode(value)) {
        case StoneStatus::Planned:
            return domain("DomainText", "Planned");
        case StoneStatus::InProgress:
            return domain("DomainText", "In progress");
        case StoneStatus::Done:
            return domain("DomainText", "Done");
        case StoneStatus::Dropped:
            return domain("DomainText", "Dropped");
        }
    }
    if (field == u"role")
        return domain("DomainText", memberRoleFromCode(value) == MemberRole::Child ? "Child / young person" : "Adult");
    if (field == u"entry_kind") {
        switch (entryKindFromCode(value)) {
        case EntryKind::Purchase:
            return domain("DomainText", "Purchase");
        case EntryKind::Refund:
            return domain("DomainText", "Refund");
        case EntryKind::Adjustment:
            return domain("DomainText", "Adjustment");
        }
    }
    if (field == u"entry_state") {
        switch (entryStateFromCode(value)) {
        case EntryState::Reserved:
            return domain("DomainText", "Reserved");
        case EntryState::Paid:
            return domain("DomainText", "Paid");
        case EntryState::Voided:
            return domain("DomainText", "Voided");
        }
    }
    if (field == u"intervention_status") {
        switch (interventionStatusFromCode(value)) {
        case InterventionStatus::Planned:
            return domain("DomainText", "Planned", "intervention status");
        case InterventionStatus::Active:
            return domain("DomainText", "Under way", "intervention status");
        case InterventionStatus::Completed:
            return domain("DomainText", "Completed", "intervention status");
        case InterventionStatus::Stopped:
            return domain("DomainText", "Stopped", "intervention status");
        }
    }
    if (field == u"plan_status")
        return value == u"signed" ? t(QT_TRANSLATE_NOOP("AccessExportPrint", "Signed"))
                                  : t(QT_TRANSLATE_NOOP("AccessExportPrint", "Draft"));
    if (field == u"budget_status")
        return value == u"closed" ? t(QT_TRANSLATE_NOOP("AccessExportPrint", "Closed"))
                                  : t(QT_TRANSLATE_NOOP("AccessExportPrint", "Active"));
    if (field == u"own_assessment") {
        if (const auto a = ownAssessmentFromCode(value))
            return domain("OutcomeText", OutcomeText::ownAssessmentSource(*a));
    }
    if (field == u"support_assessment") {
        if (const auto a = supportAssessmentFromCode(value))
            return domain("OutcomeText", OutcomeText::supportAssessmentSource(*a));
    }
    if (field == u"target_groups") {
        QStringList names;
        for (const QString &c : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const char *source = DomainText::targetGroupSource(c.trimmed());
            names << (source ? domain("DomainText", source) : c);
        }
        return names.join(QStringLiteral(", "));
    }
    return value;
}

namespace {

/// A two-column table of facts; empty values are left out.
class Facts
{
public:
    void add(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            m_html += QStringLiteral("<tr><td width=\"30%\" style=\"color: #555;\">%1</td><td>%2</td></tr>")
                          .arg(esc(label), esc(value));
    }
    QString html() const
    {
        return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">%1</table>").arg(m_html);
    }

private:
    QString m_html;
};

/// A table with a header row that repeats on every page.
QString table(const QList<std::pair<QString, int>> &headers, const QStringList &rowsHtml)
{
    QString html = QString::fromLatin1(TableStart) + QStringLiteral("<thead><tr style=\"background-color: #e8eef4;\">");
    for (const auto &[h, width] : headers)
        html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(width).arg(esc(h));
    html += QStringLiteral("</tr></thead>");
    for (const QString &r : rowsHtml)
        html += r;
    return html + QStringLiteral("</table>");
}

QString row(const QStringList &cellsHtml)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cellsHtml)
        html += QStringLiteral("<td>%1</td>").arg(c);
    return html + QStringLiteral("</tr>");
}

} // namespace

QString AccessExportPrint::profileHtml() const
{
    const QJsonObject c = m_data.document.value(QStringLiteral("citizen")).toObject();
    Facts f;
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Name")), str(c, "name"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "CPR number")), str(c, "cpr"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Date of birth")), date(str(c, "birth_date")));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Phone")), str(c, "phone"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "E-mail")), str(c, "email"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Address")), str(c, "address"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Target groups")),
        code(QStringLiteral("target_groups"), str(c, "target_groups")));
    f.add(
        t(QT_TRANSLATE_NOOP("AccessExportPrint", "Status")), code(QStringLiteral("citizen_status"), str(c, "status")));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Support began")), date(str(c, "start_date")));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Support ended")), date(str(c, "end_date")));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Support person")), str(c, "support_person"));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Registered")), timestamp(str(c, "created_at")));
    f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Last changed")), timestamp(str(c, "updated_at")));
    return f.html();
}

QString AccessExportPrint::householdHtml() const
{
    const QJsonArray members = rows(m_data.document, "household_members");
    if (members.isEmpty())
        return QString();
    QString html;
    for (const QJsonValue &m : members) {
        const QJsonObject h = context("households", str(m, "household_id"));
        Facts f;
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Household")), str(h, "name"));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Family coordinator")), str(h, "family_coordinator"));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Your name in the household")), str(m, "name"));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Role")), code(QStringLiteral("role"), str(m, "role")));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Relation")), str(m, "relation"));
        const int year = m[QStringLiteral("birth_year")].toInt();
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Birth year")), year > 0 ? QString::number(year) : QString());
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Parental responsibility")),
            m[QStringLiteral("parental_responsibility")].toBool() ? t(QT_TRANSLATE_NOOP("AccessExportPrint", "Yes"))
                                                                  : t(QT_TRANSLATE_NOOP("AccessExportPrint", "No")));
        html += f.html();
    }
    return html;
}

QString AccessExportPrint::goalsHtml() const
{
    const QJsonArray goals = rows(m_data.document, "goals");
    if (goals.isEmpty())
        return QString();
    const QJsonArray stones = rows(m_data.document, "stepping_stones");
    QString html;
    for (const QJsonValue &g : goals) {
        html += QStringLiteral("<p style=\"margin-top: 8px;\"><b>%1</b><br><span style=\"color: #444;\">%2</span></p>")
                    .arg(esc(str(g, "own_words")),
                        esc(QStringList { code(QStringLiteral("category"), str(g, "category")),
                            code(QStringLiteral("goal_status"), str(g, "status")) }
                                .join(QStringLiteral(" · "))));
        Facts f;
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Your own assessment")),
            code(QStringLiteral("own_assessment"), str(g, "own_assessment")));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "The support person's assessment")),
            code(QStringLiteral("support_assessment"), str(g, "support_assessment")));
        html += f.html();
        QStringList lines;
        for (const QJsonValue &s : stones) {
            if (str(s, "goal_id") == str(g, "id"))
                lines << row({ esc(str(s, "title")), esc(date(str(s, "due_date"))),
                    esc(code(QStringLiteral("stone_status"), str(s, "status"))) });
        }
        if (lines.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "No stepping stones."))));
        else
            html += table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Stepping stone")), 64 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Due")), 16 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Status")), 20 } },
                lines);
    }
    return html;
}

QString AccessExportPrint::budgetsHtml() const
{
    const QJsonArray budgets = rows(m_data.document, "budgets");
    if (budgets.isEmpty())
        return QString();
    const QJsonArray entries = rows(m_data.document, "ledger_entries");
    const QJsonArray receipts = rows(m_data.document, "receipts");
    const QLocale locale = PrintLanguage(m_language).locale();
    QString html;
    for (const QJsonValue &b : budgets) {
        Facts f;
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Period")),
            t(QT_TRANSLATE_NOOP("AccessExportPrint", "From %1, %2 months"))
                .arg(date(str(b, "period_start")))
                .arg(b[QStringLiteral("months")].toInt()));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Budget cap")),
            money(b[QStringLiteral("cap_minor")].toInteger(), str(b, "currency")));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Status")),
            code(QStringLiteral("budget_status"), str(b, "status")));
        html += f.html();
        QStringList lines;
        for (const QJsonValue &e : entries) {
            if (str(e, "budget_id") != str(b, "id"))
                continue;
            QString what = QStringLiteral("<b>%1</b>").arg(esc(str(e, "description")));
            QStringList details { code(QStringLiteral("entry_kind"), str(e, "kind")),
                code(QStringLiteral("entry_state"), str(e, "state")) };
            if (!str(e, "payee").isEmpty())
                details << str(e, "payee");
            if (const QJsonObject c = context("spending_categories", str(e, "category_id")); !c.isEmpty()) {
                const char *source = DomainText::spendingCategorySource(str(c, "code"));
                details << (source ? domain("DomainText", source) : str(c, "name"));
            }
            what += QStringLiteral("<br><span style=\"font-size: 8pt; color: #444;\">%1</span>")
                        .arg(esc(details.join(QStringLiteral(" · "))));
            if (!str(e, "void_reason").isEmpty())
                what += QStringLiteral("<br><i>%1</i>")
                            .arg(esc(
                                t(QT_TRANSLATE_NOOP("AccessExportPrint", "Voided: %1")).arg(str(e, "void_reason"))));
            for (const QJsonValue &r : receipts) {
                if (str(r, "entry_id") == str(e, "id"))
                    what += QStringLiteral("<br><span style=\"font-size: 8pt;\">%1</span>")
                                .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Receipt: %1 (%2, %3, added %4)"))
                                             .arg(str(r, "file_name"), str(r, "mime_type"),
                                                 locale.formattedDataSize(r[QStringLiteral("size")].toInteger()),
                                                 timestamp(str(r, "created_at")))));
            }
            lines << row({ esc(date(str(e, "date"))), what,
                QStringLiteral("<p align=\"right\">%1</p>")
                    .arg(esc(money(e[QStringLiteral("amount_minor")].toInteger(), str(e, "currency")))) });
        }
        if (lines.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "No ledger entries."))));
        else
            html += table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Date")), 14 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Purchase")), 66 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Amount")), 20 } },
                lines);
    }
    return html;
}

QString AccessExportPrint::familyPlansHtml() const
{
    const QJsonArray plans = m_data.document.value(QStringLiteral("context"))[QStringLiteral("family_plans")].toArray();
    if (plans.isEmpty())
        return QString();
    const QJsonArray goals = rows(m_data.document, "family_goals");
    const QJsonArray interventions = rows(m_data.document, "interventions");
    QString html;
    for (const QJsonValue &p : plans) {
        html += QStringLiteral("<p style=\"margin-top: 8px;\"><b>%1</b></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Family plan, version %1"))
                                 .arg(p[QStringLiteral("version")].toInt())));
        Facts f;
        f.add(
            t(QT_TRANSLATE_NOOP("AccessExportPrint", "Status")), code(QStringLiteral("plan_status"), str(p, "status")));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Signed")), date(str(p, "signed_on")));
        f.add(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Next review")), date(str(p, "review_date")));
        html += f.html();
        QStringList goalLines;
        for (const QJsonValue &g : goals) {
            if (str(g, "plan_id") == str(p, "id"))
                goalLines << QStringLiteral("<li>%1</li>").arg(esc(str(g, "text")));
        }
        if (!goalLines.isEmpty())
            html += QStringLiteral("<p>%1</p><ul>%2</ul>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Family goals linked to your goals:"))),
                            goalLines.join(QString()));
        QStringList lines;
        for (const QJsonValue &i : interventions) {
            if (str(i, "plan_id") != str(p, "id"))
                continue;
            QString what = QStringLiteral("<b>%1</b>").arg(esc(str(i, "title")));
            if (!str(i, "purpose").isEmpty())
                what += QStringLiteral("<br>%1").arg(esc(str(i, "purpose")));
            const QString who = QStringList { str(i, "responsible_person"), str(i, "responsible_role") }
                                    .filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral(", "));
            lines << row({ what, esc(departmentName(str(i, "department_id"))), esc(who),
                esc(QStringList { date(str(i, "start_date")), date(str(i, "end_date")) }.join(QStringLiteral(" – "))),
                esc(code(QStringLiteral("intervention_status"), str(i, "status"))) });
        }
        if (!lines.isEmpty())
            html += table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Intervention")), 34 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Department")), 18 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Responsible")), 18 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Period")), 17 },
                              { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Status")), 13 } },
                lines);
    }
    return html;
}

QString AccessExportPrint::consentsHtml() const
{
    QStringList lines;
    for (const QJsonValue &c : rows(m_data.document, "consents")) {
        lines << row({ esc(departmentName(str(c, "department_id"))), esc(str(c, "scope")),
            esc(date(str(c, "given_on"))), esc(date(str(c, "expires_on"))), esc(date(str(c, "withdrawn_on"))) });
    }
    if (lines.isEmpty())
        return QString();
    return table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Department")), 22 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "What it covers")), 36 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Given")), 14 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Expires")), 14 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Withdrawn")), 14 } },
        lines);
}

QString AccessExportPrint::measurementsHtml() const
{
    QStringList lines;
    const QLocale locale = PrintLanguage(m_language).locale();
    for (const QJsonValue &m : rows(m_data.document, "measurements")) {
        const QJsonObject indicator = context("indicators", str(m, "indicator_id"));
        const char *source = OutcomeText::indicatorSource(str(indicator, "code"));
        QString value = str(m, "category");
        // A category of one of the program's own indicators is a code ("own_home"): in words, as on screen.
        if (const char *words = source && !value.isEmpty() ? OutcomeText::categorySource(value) : nullptr)
            value = domain("OutcomeText", words);
        if (value.isEmpty() && m[QStringLiteral("value")].isDouble())
            value = locale.toString(m[QStringLiteral("value")].toDouble(), 'g', 6);
        if (!str(m, "items").isEmpty())
            value += QStringLiteral(" (%1)").arg(str(m, "items"));
        lines << row(
            { esc(date(str(m, "measured_on"))), esc(source ? domain("OutcomeText", source) : str(indicator, "name")),
                esc(value), esc(str(m, "measured_by")), esc(str(m, "note")) });
    }
    if (lines.isEmpty())
        return QString();
    return table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Date")), 14 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Indicator")), 28 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Value")), 16 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Measured by")), 16 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Note")), 26 } },
        lines);
}

QString AccessExportPrint::benefitsHtml() const
{
    QStringList lines;
    for (const QJsonValue &b : rows(m_data.document, "benefits")) {
        const QJsonObject type = context("benefit_types", str(b, "type_id"));
        const char *source = OutcomeText::benefitTypeSource(str(type, "code"));
        lines << row({ esc(source ? domain("OutcomeText", source) : str(type, "name")),
            esc(departmentName(str(b, "department_id"))),
            esc(money(b[QStringLiteral("monthly_cost_minor")].toInteger(), str(b, "currency"))),
            esc(QStringList { date(str(b, "start_date")), date(str(b, "end_date")) }.join(QStringLiteral(" – "))),
            esc(str(b, "note")) });
    }
    if (lines.isEmpty())
        return QString();
    return table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Benefit")), 24 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Department")), 18 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Per month")), 16 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Period")), 20 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Note")), 22 } },
        lines);
}

QString AccessExportPrint::notesHtml() const
{
    QString html;
    for (const QJsonValue &n : rows(m_data.document, "journal_notes")) {
        QStringList head { date(str(n, "date")) };
        if (!str(n, "place").isEmpty())
            head << str(n, "place");
        if (!str(n, "participants").isEmpty())
            head << t(QT_TRANSLATE_NOOP("AccessExportPrint", "Present: %1")).arg(str(n, "participants"));
        html += QStringLiteral("<p style=\"margin-top: 6px;\"><b>%1</b><br>%2</p>")
                    .arg(esc(head.join(QStringLiteral(" · "))), esc(str(n, "text")));
        if (!str(n, "agreements").isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Agreed:"))), esc(str(n, "agreements")));
    }
    return html;
}

QString AccessExportPrint::logHtml() const
{
    QStringList lines;
    for (const QJsonValue &e : rows(m_data.document, "access_log"))
        lines << row({ esc(timestamp(str(e, "at"))), esc(str(e, "actor")), esc(action(str(e, "action"))),
            esc(entityType(str(e, "entity_type"))) });
    if (lines.isEmpty())
        return QString();
    return table({ { t(QT_TRANSLATE_NOOP("AccessExportPrint", "When")), 22 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Who")), 24 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "What")), 24 },
                     { t(QT_TRANSLATE_NOOP("AccessExportPrint", "Concerning")), 30 } },
        lines);
}

QString AccessExportPrint::html() const
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
                      + esc(m_data.municipality),
                  esc(title()),
                  esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "Made %1")).arg(language.longDate(m_data.printedOn))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint",
                    "This is everything your support person's case file holds about you, as you have the right to "
                    "see under article 15 of the General Data Protection Regulation. The same information is in the "
                    "JSON file that came with this document, in a form a computer can read."))));
    const QString none = QStringLiteral("<p>%1</p>").arg(esc(t(QT_TRANSLATE_NOOP("AccessExportPrint", "None."))));
    const auto section = [&](const char *heading, const QString &body) {
        html += QStringLiteral("<h3 style=\"margin-top: 14px;\">%1</h3>").arg(esc(t(heading)));
        html += body.isEmpty() ? none : body;
    };
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Profile"), profileHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Household"), householdHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Goals and stepping stones"), goalsHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Personal budget and ledger"), budgetsHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Your part of family plans"), familyPlansHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Consents you gave"), consentsHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Measurements"), measurementsHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Benefits"), benefitsHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Journal notes"), notesHtml());
    section(QT_TRANSLATE_NOOP("AccessExportPrint", "Who has seen or changed your data"), logHtml());
    html += QStringLiteral("</body></html>");
    return html;
}

bool AccessExportPrint::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    DocumentPrinter::prepare(document, m_data.logo);
    document.setHtml(html());
    return DocumentPrinter::print(document, device, t(QT_TRANSLATE_NOOP("AccessExportPrint", "Confidential")),
        t(QT_TRANSLATE_NOOP("AccessExportPrint", "Page %1 of %2")));
}

QByteArray AccessExportPrint::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    bool drawn = false;
    {
        QPdfWriter writer(&buffer);
        DocumentPrinter::setUpPrinter(&writer);
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Trædesten"));
        drawn = print(&writer);
    }
    return drawn ? bytes : QByteArray();
}

} // namespace Traedesten::Ui
