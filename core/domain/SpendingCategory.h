#pragma once

#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

/**
 * What a purchase was for. The built-in ones carry a code the UI translates
 * (transport, health, …); the file's own ones carry a name.
 */
struct SpendingCategory
{
    QString id;
    QString code; ///< built-in: see builtInCategoryCodes(); empty for the file's own
    QString name; ///< the file's own name; empty for a built-in one
    int position = 0;
    bool archived = false; ///< no longer offered for new entries
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const SpendingCategory &, const SpendingCategory &) = default;
};

/// The built-in categories in their order: transport and driving lessons, health and dental, …
const QStringList &builtInCategoryCodes();

} // namespace Traedesten::Domain
