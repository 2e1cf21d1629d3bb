#pragma once

#include "domain/AuditEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Traedesten::Ui {

class PrintLanguage;

/**
 * The audit log in words: what an event means to the citizen it concerns ("Changed a stepping stone",
 * "Printed the budget statement", "Backed up the whole case file"), in the program's language or in a
 * print's. Used by the access log (AccessLogDialog, AccessLogPrint) and the CSV export of the whole log.
 */
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    /// The kinds of event the access log can be filtered by.
    enum class Category { Viewed, Changed, PrintedOrExported, WholeFile, Other };

    static Category category(const QString &action);
    /// The name of a category for the filter, in the program's language.
    static QString categoryName(Category category);

    /// The event in words, in the program's language.
    static QString describe(const Domain::AuditEvent &event);
    /// The event in words, in a print's language.
    static QString describe(const Domain::AuditEvent &event, const PrintLanguage &language);
    /// When it happened, in local time: "03-09-2020 kl. 17.30" / "03/09/2020 17:30" (program's language).
    static QString time(const QDateTime &at);
    /// As time(), in a print's language.
    static QString time(const QDateTime &at, const PrintLanguage &language);

private:
    using Translate = std::function<QString(const char *)>;
    static QString describe(const Domain::AuditEvent &event, const Translate &t);
    static QString time(const QDateTime &at, bool danish);
};

} // namespace Traedesten::Ui
