#include "AuditText.h"

#include "print/PrintLanguage.h"

#include <QLocale>

namespace Traedesten::Ui {

using Domain::AuditAction;
using Domain::auditActionName;

namespace {

bool is(const QString &action, AuditAction a)
{
    return action == auditActionName(a);
}

/// A kind of record with its indefinite article ("a stepping stone"), for "Created %1", "Changed %1"…
const char *recordSource(const QString &entityType)
{
    static const std::pair<const char *, const char *> names[] = {
        { "household", QT_TRANSLATE_NOOP("AuditText", "a household") },
        { "household_member", QT_TRANSLATE_NOOP("AuditText", "a household membership") },
        { "goal", QT_TRANSLATE_NOOP("AuditText", "a long-term goal") },
        { "stepping_stone", QT_TRANSLATE_NOOP("AuditText", "a stepping stone") },
        { "note", QT_TRANSLATE_NOOP("AuditText", "a journal note") },
        { "spending_category", QT_TRANSLATE_NOOP("AuditText", "a spending category") },
        { "budget", QT_TRANSLATE_NOOP("AuditText", "a personal budget") },
        { "ledger_entry", QT_TRANSLATE_NOOP("AuditText", "a ledger entry") },
        { "attachment", QT_TRANSLATE_NOOP("AuditText", "a receipt") },
        { "department", QT_TRANSLATE_NOOP("AuditText", "a department") },
        { "family_plan", QT_TRANSLATE_NOOP("AuditText", "a family plan") },
        { "family_goal", QT_TRANSLATE_NOOP("AuditText", "a family goal") },
        { "intervention", QT_TRANSLATE_NOOP("AuditText", "an intervention") },
        { "consent", QT_TRANSLATE_NOOP("AuditText", "a consent") },
        { "indicator", QT_TRANSLATE_NOOP("AuditText", "an indicator") },
        { "measurement", QT_TRANSLATE_NOOP("AuditText", "a measurement") },
        { "benefit_type", QT_TRANSLATE_NOOP("AuditText", "a type of benefit") },
        { "benefit", QT_TRANSLATE_NOOP("AuditText", "a benefit") },
    };
    for (const auto &[code, name] : names) {
        if (entityType == QLatin1String(code))
            return name;
    }
    return QT_TRANSLATE_NOOP("AuditText", "a record");
}

/// A printed or exported document, with its definite article ("the budget statement").
const char *documentSource(const QString &entityType)
{
    static const std::pair<const char *, const char *> names[] = {
        { "budget_statement", QT_TRANSLATE_NOOP("AuditText", "the budget statement") },
        { "family_plan", QT_TRANSLATE_NOOP("AuditText", "the family plan") },
        { "my_plan", QT_TRANSLATE_NOOP("AuditText", "the citizen's own plan (My plan)") },
        { "access_log", QT_TRANSLATE_NOOP("AuditText", "the access log") },
        { "caseload_report", QT_TRANSLATE_NOOP("AuditText", "the caseload report") },
        { "evaluation_export", QT_TRANSLATE_NOOP("AuditText", "the evaluation export") },
        { "access_export", QT_TRANSLATE_NOOP("AuditText", "the access export") },
    };
    for (const auto &[code, name] : names) {
        if (entityType == QLatin1String(code))
            return name;
    }
    return QT_TRANSLATE_NOOP("AuditText", "a document");
}

} // namespace

AuditText::Category AuditText::category(const QString &action)
{
    if (is(action, AuditAction::CitizenViewed))
        return Category::Viewed;
    if (is(action, AuditAction::RecordCreated) || is(action, AuditAction::RecordUpdated)
        || is(action, AuditAction::RecordDeleted) || is(action, AuditAction::RecordsReordered)
        || is(action, AuditAction::CitizenErased) || is(action, AuditAction::RecordReceived)
        || is(action, AuditAction::CaseWithdrawn))
        return Category::Changed;
    if (is(action, AuditAction::Printed) || is(action, AuditAction::Exported)
        || is(action, AuditAction::AccessExported))
        return Category::PrintedOrExported;
    if (is(action, AuditAction::BackedUp) || is(action, AuditAction::Restored)
        || is(action, AuditAction::PassphraseChanged) || is(action, AuditAction::LogExported))
        return Category::WholeFile;
    return Category::Other;
}

QString AuditText::categoryName(Category category)
{
    switch (category) {
    case Category::Viewed:
        return tr("Opened");
    case Category::Changed:
        return tr("Changes");
    case Category::PrintedOrExported:
        return tr("Printed and exported");
    case Category::WholeFile:
        return tr("The whole case file (backups…)");
    case Category::Other:
        return tr("Other");
    }
    return {};
}

QString AuditText::describe(const Domain::AuditEvent &event)
{
    return describe(event, [](const char *source) { return QCoreApplication::translate("AuditText", source); });
}

QString AuditText::describe(const Domain::AuditEvent &event, const PrintLanguage &language)
{
    return describe(event, [&language](const char *source) { return language.text("AuditText", source); });
}

QString AuditText::describe(const Domain::AuditEvent &e, const Translate &t)
{
    const QString &a = e.action;
    const bool citizen = e.entityType == u"citizen";
    if (is(a, AuditAction::CitizenViewed))
        return t(QT_TRANSLATE_NOOP("AuditText", "Opened the citizen's pages"));
    if (is(a, AuditAction::RecordCreated)) {
        return citizen ? t(QT_TRANSLATE_NOOP("AuditText", "Created the citizen"))
                       : t(QT_TRANSLATE_NOOP("AuditText", "Created %1")).arg(t(recordSource(e.entityType)));
    }
    if (is(a, AuditAction::RecordUpdated)) {
        return citizen ? t(QT_TRANSLATE_NOOP("AuditText", "Changed the citizen's details"))
                       : t(QT_TRANSLATE_NOOP("AuditText", "Changed %1")).arg(t(recordSource(e.entityType)));
    }
    if (is(a, AuditAction::RecordDeleted)) {
        return citizen ? t(QT_TRANSLATE_NOOP("AuditText", "Deleted the citizen"))
                       : t(QT_TRANSLATE_NOOP("AuditText", "Deleted %1")).arg(t(recordSource(e.entityType)));
    }
    if (is(a, AuditAction::RecordsReordered)) {
        if (e.entityType == u"goal")
            return t(QT_TRANSLATE_NOOP("AuditText", "Changed the order of the long-term goals"));
        if (e.entityType == u"stepping_stone")
            return t(QT_TRANSLATE_NOOP("AuditText", "Changed the order of the stepping stones"));
        if (e.entityType == u"intervention")
            return t(QT_TRANSLATE_NOOP("AuditText", "Changed the order of the interventions"));
        return t(QT_TRANSLATE_NOOP("AuditText", "Changed the order of a list"));
    }
    if (is(a, AuditAction::Printed))
        return t(QT_TRANSLATE_NOOP("AuditText", "Printed %1")).arg(t(documentSource(e.entityType)));
    if (is(a, AuditAction::Exported)) {
        if (e.entityType == u"attachment")
            return t(QT_TRANSLATE_NOOP("AuditText", "Saved a copy of a receipt"));
        if (e.entityType == u"evaluation_export")
            return t(QT_TRANSLATE_NOOP("AuditText", "Made the anonymised evaluation export"));
        return t(QT_TRANSLATE_NOOP("AuditText", "Saved %1 as a PDF")).arg(t(documentSource(e.entityType)));
    }
    if (is(a, AuditAction::AccessExported))
        return t(QT_TRANSLATE_NOOP("AuditText", "Made an access export: a copy of everything about the citizen"));
    if (is(a, AuditAction::CitizenErased))
        return t(QT_TRANSLATE_NOOP("AuditText", "Erased everything about the citizen"));
    if (is(a, AuditAction::RecordReceived)) {
        return citizen
            ? t(QT_TRANSLATE_NOOP("AuditText", "Received the citizen's details from the team server"))
            : t(QT_TRANSLATE_NOOP("AuditText", "Received %1 from the team server")).arg(t(recordSource(e.entityType)));
    }
    if (is(a, AuditAction::CaseWithdrawn))
        return t(QT_TRANSLATE_NOOP("AuditText", "Removed from this file: no longer shared with this user"));
    if (is(a, AuditAction::BackedUp))
        return t(QT_TRANSLATE_NOOP("AuditText", "Backed up the whole case file"));
    if (is(a, AuditAction::Restored))
        return t(QT_TRANSLATE_NOOP("AuditText", "Restored the case file from a backup"));
    if (is(a, AuditAction::PassphraseChanged))
        return t(QT_TRANSLATE_NOOP("AuditText", "Changed the case file's passphrase"));
    if (is(a, AuditAction::LogExported))
        return t(QT_TRANSLATE_NOOP("AuditText", "Exported the whole audit log for the municipality's control"));
    if (is(a, AuditAction::FileCreated))
        return t(QT_TRANSLATE_NOOP("AuditText", "Created the case file"));
    if (is(a, AuditAction::FileOpened))
        return t(QT_TRANSLATE_NOOP("AuditText", "Opened the case file"));
    if (is(a, AuditAction::FileUnlocked))
        return t(QT_TRANSLATE_NOOP("AuditText", "Unlocked the case file"));
    if (is(a, AuditAction::FileLocked))
        return t(QT_TRANSLATE_NOOP("AuditText", "Locked the case file"));
    if (is(a, AuditAction::SettingChanged))
        return t(QT_TRANSLATE_NOOP("AuditText", "Changed a setting of the case file"));
    return a; // an action of a newer version: its code is better than nothing
}

QString AuditText::time(const QDateTime &at)
{
    return time(at, QLocale().language() == QLocale::Danish);
}

QString AuditText::time(const QDateTime &at, const PrintLanguage &language)
{
    return time(at, language.isDanish());
}

QString AuditText::time(const QDateTime &at, bool danish)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    // The glossary's forms: 03-09-2020 kl. 17.30 in Danish, 03/09/2020 17:30 in English.
    return danish ? local.toString(QStringLiteral("dd-MM-yyyy 'kl.' HH.mm"))
                  : local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace Traedesten::Ui
