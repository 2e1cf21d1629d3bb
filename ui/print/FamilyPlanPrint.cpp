#include "FamilyPlanPrint.h"

#include "DocumentPrinter.h"
#include "DomainText.h"
#include "PrintLanguage.h"
#include "domain/FamilyPlanRules.h"

#include <QTextDocument>
#include <QUrl>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

FamilyPlanPrint::FamilyPlanPrint(Data data, const QString &language, bool cafeSafe, Kind kind, const QString &citizenId)
    : m_data(std::move(data))
    , m_language(language == u"da" ? QStringLiteral("da") : QStringLiteral("en"))
    , m_cafeSafe(cafeSafe)
    , m_kind(kind)
    , m_citizenId(citizenId)
{ }

QString FamilyPlanPrint::t(const char *source) const
{
    return PrintLanguage(m_language).text("FamilyPlanPrint", source);
}

QString FamilyPlanPrint::domain(const char *source, const char *disambiguation) const
{
    return PrintLanguage(m_language).text("DomainText", source, disambiguation);
}

QString FamilyPlanPrint::date(const QDate &d) const
{
    return PrintLanguage(m_language).longDate(d);
}

QString FamilyPlanPrint::nameOf(const QString &fullName) const
{
    // Café-safe: the first name only, never a surname.
    return m_cafeSafe ? fullName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty) : fullName;
}

QString FamilyPlanPrint::memberName(const QString &memberId) const
{
    for (const Member &m : m_data.members) {
        if (m.member.id == memberId)
            return nameOf(m.member.name);
    }
    return {};
}

QString FamilyPlanPrint::departmentName(const QString &departmentId) const
{
    for (const Department &d : m_data.departments) {
        if (d.id != departmentId)
            continue;
        if (const char *source = DomainText::departmentSource(d.code))
            return domain(source);
        return d.name;
    }
    return {};
}

QString FamilyPlanPrint::title() const
{
    return m_kind == Kind::MyPlan ? t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "My plan"))
                                  : t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Family plan"));
}

QString FamilyPlanPrint::header() const
{
    QString version = t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Version %1")).arg(m_data.plan.version);
    if (m_data.plan.status == PlanStatus::Signed)
        version += QStringLiteral(", ")
            + t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "signed %1")).arg(date(m_data.plan.signedOn));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td><span style=\"font-size: 9pt; color: #555;\">%1</span><br>"
                          "<span style=\"font-size: 16pt; font-weight: bold;\">%2</span></td>"
                          "<td align=\"right\" style=\"font-size: 9pt; color: #555;\">%3<br>%4</td></tr></table>")
        .arg((m_data.logo.isNull() ? QString() : QStringLiteral("<img src=\"traedesten:logo\" height=\"36\"><br>"))
                + esc(m_data.municipality),
            esc(title()), esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Printed %1")).arg(date(m_data.printedOn))),
            esc(version));
}

QString FamilyPlanPrint::html() const
{
    QString body = m_kind == Kind::MyPlan ? myPlanHtml() : familyPlanHtml();
    return QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9.5pt;\">%1%2</body></html>")
        .arg(header(), body);
}

QString FamilyPlanPrint::familyPlanHtml() const
{
    QString html;
    if (!m_cafeSafe && !m_data.householdName.isEmpty())
        html += QStringLiteral("<p style=\"font-size: 12pt;\"><b>%1</b></p>").arg(esc(m_data.householdName));
    if (m_data.plan.reviewDate.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(
                        t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Next review: %1")).arg(date(m_data.plan.reviewDate))));

    // The family.
    html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" width=\"100%\" "
                           "style=\"border-collapse: collapse;\"><thead><tr style=\"background-color: #e8eef4;\">")
                .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "The family"))));
    for (const char *h : { QT_TRANSLATE_NOOP("FamilyPlanPrint", "Name"), QT_TRANSLATE_NOOP("FamilyPlanPrint", "Born"),
             QT_TRANSLATE_NOOP("FamilyPlanPrint", "Relation") })
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(t(h)));
    if (!m_cafeSafe) {
        for (const char *h :
            { QT_TRANSLATE_NOOP("FamilyPlanPrint", "CPR number"), QT_TRANSLATE_NOOP("FamilyPlanPrint", "Address") })
            html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(t(h)));
    }
    html += QStringLiteral("</tr></thead>");
    for (const Member &m : m_data.members) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>")
                    .arg(esc(nameOf(m.member.name)),
                        m.member.birthYear > 0 ? QString::number(m.member.birthYear) : QString(),
                        esc(m.member.relation));
        if (!m_cafeSafe)
            html += QStringLiteral("<td>%1</td><td>%2</td>")
                        .arg(esc(m.citizen ? m.citizen->cpr : QString()),
                            esc(m.citizen ? m.citizen->address : QString()));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // Family goals, and the members' own goals and stepping stones.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Our goals as a family"))));
    if (m_data.familyGoals.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "None written yet."))));
    else {
        html += QStringLiteral("<ul>");
        for (const FamilyGoal &g : m_data.familyGoals)
            html += QStringLiteral("<li>%1</li>").arg(esc(g.text));
        html += QStringLiteral("</ul>");
    }
    for (const Member &m : m_data.members) {
        if (m.goals.isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "%1's own goals")).arg(nameOf(m.member.name))));
        for (const Storage::GoalWithStones &g : m.goals) {
            html += QStringLiteral("<li>“%1”").arg(esc(g.goal.ownWords));
            QStringList stones;
            for (const SteppingStone &s : g.stones) {
                if (s.status != StoneStatus::Dropped)
                    stones << esc(s.title) + (s.status == StoneStatus::Done ? QStringLiteral(" ✓") : QString());
            }
            if (!stones.isEmpty())
                html += QStringLiteral("<br><span style=\"color: #444;\">%1: %2</span>")
                            .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Stepping stones"))),
                                stones.join(QStringLiteral(" · ")));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }

    // Interventions by department, in priority order; the header row repeats on every page.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Interventions"))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                           "style=\"border-collapse: collapse;\"><thead><tr style=\"background-color: #e8eef4;\">");
    const std::pair<const char *, int> headers[] = { { QT_TRANSLATE_NOOP("FamilyPlanPrint", "Intervention"), 31 },
        { QT_TRANSLATE_NOOP("FamilyPlanPrint", "For"), 14 },
        { QT_TRANSLATE_NOOP("FamilyPlanPrint", "Responsible"), 21 },
        { QT_TRANSLATE_NOOP("FamilyPlanPrint", "Period"), 18 },
        { QT_TRANSLATE_NOOP("FamilyPlanPrint", "Follow-up"), 16 } };
    for (const auto &[h, width] : headers)
        html += QStringLiteral("<th width=\"%1%\" align=\"left\">%2</th>").arg(width).arg(esc(t(h)));
    html += QStringLiteral("</tr></thead>");
    // Flagged by the rule the screen uses, on the day the plan is printed (the screen's today).
    const QHash<QString, QStringList> missing
        = missingConsents(m_data.interventions, m_data.consents, m_data.printedOn);
    QString department;
    for (const Intervention &i : m_data.interventions) {
        if (i.departmentId != department) {
            department = i.departmentId;
            html += QStringLiteral("<tr><td colspan=\"5\" style=\"background-color: #f4f4f4;\"><b>%1</b></td></tr>")
                        .arg(esc(departmentName(department)));
        }
        QStringList names;
        for (const QString &m : i.memberIds)
            names << memberName(m);
        QString forWhom = esc(names.join(QStringLiteral(", ")));
        if (const QStringList lacking = missing.value(i.id); !lacking.isEmpty()) {
            QStringList lackingNames;
            for (const QString &m : lacking)
                lackingNames << memberName(m);
            forWhom += QStringLiteral("<br><span style=\"color: #b71c1c; font-weight: bold;\">%1</span>")
                           .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Consent missing: %1"))
                                        .arg(lackingNames.join(QStringLiteral(", ")))));
        }
        QString what = QStringLiteral("<b>%1</b>").arg(esc(i.title));
        if (!i.purpose.isEmpty())
            what += QStringLiteral("<br><span style=\"font-size: 8.5pt; color: #444;\">%1</span>").arg(esc(i.purpose));
        const QString who = i.responsibleRole.isEmpty()
            ? esc(i.responsiblePerson)
            : esc(i.responsiblePerson) + QStringLiteral("<br><i>%1</i>").arg(esc(i.responsibleRole));
        const QString period = i.startDate.isValid() || i.endDate.isValid()
            ? esc(date(i.startDate)) + QStringLiteral(" –<br>") + esc(date(i.endDate))
            : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(what, forWhom, who, period, esc(date(i.nextFollowUp)));
    }
    html += QStringLiteral("</table>");

    // Consents.
    html += QStringLiteral("<h3>%1</h3>").arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Consents"))));
    // The missing ones first, in red as on the screen: who, to which department, for which intervention.
    for (const Intervention &i : m_data.interventions) {
        for (const QString &m : missing.value(i.id)) {
            html += QStringLiteral("<p style=\"margin: 0; color: #b71c1c;\"><b>%1</b></p>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Missing consent: %1 to %2, for “%3”"))
                                     .arg(memberName(m), departmentName(i.departmentId), i.title)));
        }
    }
    if (m_data.consents.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "None recorded."))));
    for (const Consent &c : m_data.consents) {
        QString line = t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "%1 to %2, given %3"))
                           .arg(memberName(c.memberId), departmentName(c.departmentId), date(c.givenOn));
        if (c.withdrawnOn.isValid())
            line += QStringLiteral(", ")
                + t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "withdrawn %1")).arg(date(c.withdrawnOn));
        else if (c.expiresOn.isValid())
            line += QStringLiteral(", ") + t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "until %1")).arg(date(c.expiresOn));
        html += QStringLiteral("<p style=\"margin: 0;\">%1</p>").arg(esc(line));
    }

    // Signatures: the adults with parental responsibility, the young people from 15, the family coordinator.
    html += QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">")
                .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Signatures"))));
    const QStringList signers = this->signers();
    for (int i = 0; i < signers.size(); i += 2) {
        html += QStringLiteral(
            "<tr><td width=\"45%\" style=\"padding-top: 28px;\">______________________________<br>%1</td>"
            "<td width=\"10%\"></td><td width=\"45%\" style=\"padding-top: 28px;\">%2</td></tr>")
                    .arg(esc(signers.at(i)),
                        i + 1 < signers.size()
                            ? QStringLiteral("______________________________<br>") + esc(signers.at(i + 1))
                            : QString());
    }
    html += QStringLiteral("</table>");
    return html;
}

QDate FamilyPlanPrint::planDate() const
{
    return m_data.plan.status == PlanStatus::Signed && m_data.plan.signedOn.isValid() ? m_data.plan.signedOn
                                                                                      : m_data.printedOn;
}

QStringList FamilyPlanPrint::signers() const
{
    QStringList names;
    for (const Member &m : m_data.members) {
        if (signsFamilyPlan(m.member, m.citizen ? m.citizen->birthDate : QDate(), planDate()))
            names << nameOf(m.member.name);
    }
    names << t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Family coordinator"))
            + (m_data.familyCoordinator.isEmpty() ? QString()
                                                  : QStringLiteral(": ") + nameOf(m_data.familyCoordinator));
    return names;
}

QString FamilyPlanPrint::myPlanHtml() const
{
    const Member *me = nullptr;
    for (const Member &m : m_data.members) {
        if (m.citizen && m.citizen->id == m_citizenId)
            me = &m;
    }
    QString html;
    if (!me)
        return html;
    html += QStringLiteral("<p style=\"font-size: 13pt;\">%1</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "This is %1's plan.")).arg(nameOf(me->citizen->name))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "What I want"))));
    for (const Storage::GoalWithStones &g : me->goals) {
        html += QStringLiteral("<p style=\"font-size: 12pt;\"><b>“%1”</b></p><p>%2</p><ul>")
                    .arg(esc(g.goal.ownWords),
                        esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "My stepping stones on the way:"))));
        for (const SteppingStone &s : g.stones) {
            if (s.status == StoneStatus::Dropped)
                continue;
            QString line = esc(s.title);
            if (s.status == StoneStatus::Done)
                line += QStringLiteral(" — ") + esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "done!")));
            else if (s.dueDate.isValid())
                line += QStringLiteral(" — ")
                    + esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "by %1")).arg(date(s.dueDate)));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    if (me->goals.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "We will write my goals together."))));
    QStringList help;
    for (const Intervention &i : m_data.interventions) {
        if (i.memberIds.contains(me->member.id) && i.status != InterventionStatus::Stopped
            && i.status != InterventionStatus::Completed)
            help << esc(i.title)
                    + (i.responsiblePerson.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + esc(nameOf(i.responsiblePerson)) + QStringLiteral(")"));
    }
    if (!help.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul><li>%2</li></ul>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Who helps me"))),
                        help.join(QStringLiteral("</li><li>")));
    if (!m_data.supportPerson.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "My support person is %1."))
                                 .arg(nameOf(m_data.supportPerson))));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top: 40px;\"><tr>"
                           "<td width=\"45%\">______________________________<br>%1</td><td width=\"10%\"></td>"
                           "<td width=\"45%\">______________________________<br>%2</td></tr></table>")
                .arg(esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Me"))),
                    esc(t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Support person"))));
    return html;
}

bool FamilyPlanPrint::print(QPagedPaintDevice *device) const
{
    QTextDocument document;
    DocumentPrinter::prepare(document, m_data.logo);
    document.setHtml(html());
    return DocumentPrinter::print(document, device, t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Confidential")),
        t(QT_TRANSLATE_NOOP("FamilyPlanPrint", "Page %1 of %2")));
}

} // namespace Traedesten::Ui
