#pragma once

#include <QDateTime>
#include <QString>

namespace Traedesten::Domain {

/// A receipt (image or PDF) stored inside the encrypted case file; the bytes are fetched separately.
struct Attachment
{
    QString id;
    QString entryId;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QDateTime createdAt;

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace Traedesten::Domain
