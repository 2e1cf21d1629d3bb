#pragma once

#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

/// A household (family) whose members may be citizens in the caseload.
struct Household
{
    QString id;
    QString name;
    QString familyCoordinator;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Household &, const Household &) = default;
};

} // namespace Traedesten::Domain
