#pragma once

#include "domain/AuditEvent.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Traedesten::Ui {

/**
 * A citizen's access log on paper: the municipality and the citizen in the header, then every event
 * shown (when, who, what in words). Written in Danish or English whatever the program's own language.
 */
class AccessLogPrint
{
public:
    struct Data
    {
        QString municipality;
        QImage logo; ///< the municipality's, from the file's settings (may be none)
        QString citizenName;
        QList<Domain::AuditEvent> events; ///< in the order printed
        int totalEvents = 0; ///< in the whole log; more than events.size() when the list was filtered
        QDate printedOn;
    };

    /// @p language: "da" or "en".
    AccessLogPrint(Data data, const QString &language);

    QString html() const;
    /// Prints (or writes the PDF) with "Confidential" and page x of y on every page; false when nothing could be
    /// drawn.
    bool print(QPagedPaintDevice *device) const;
    QString title() const;

private:
    QString t(const char *source) const;

    Data m_data;
    QString m_language;
};

} // namespace Traedesten::Ui
