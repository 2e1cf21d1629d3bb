#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

/// A journal note from a meeting.
struct Note
{
    QString id;
    QString citizenId;
    QDate date;
    QString place;
    QString participants;
    QString text;
    QString agreements;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Note &, const Note &) = default;
};

} // namespace Traedesten::Domain
