#pragma once

#include "storage/SyncStore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Traedesten::Ui {

/// A team-server conflict in a support person's words: the kind of record, the field, the values.
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)

public:
    /// "Stepping stone", "Long-term goal", … for a record kind's audit name.
    static QString kindName(const QString &kind);
    /// The field's caption ("Due date", "Own words", …); a purchase past the budget cap is "Budget cap".
    static QString fieldName(const QString &kind, const QString &field);
    /// A value as the person knows it: words for codes, dates and money in the language's form, "(empty)".
    static QString valueText(const QString &kind, const QString &field, const QJsonValue &value);
    /// Whether a merged value can be typed for the field (text and numbers; not codes, dates, yes/no).
    static bool canMerge(const QString &field, const QJsonValue &mine, const QJsonValue &theirs);
    /// For a purchase past the budget cap: what happened to the money, and what the person can do.
    /// @p byMe: the purchase was entered by this person (else by the colleague named in the conflict).
    static QString budgetCapExplanation(const Storage::SyncConflict &conflict, bool byMe);
    /// The chosen resolution in words ("Keep mine", a new amount, voided with a reason).
    static QString resolutionText(const Storage::SyncConflict &conflict);
    /// Amount fields hold øre: their values are shown and typed as money.
    static bool isMoney(const QString &field) { return field.endsWith(QLatin1String("_minor")); }
};

} // namespace Traedesten::Ui
