#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Traedesten::Ui {

/**
 * Lays a QTextDocument out on the pages of a printer or PDF writer and puts
 * a footer on every page: a left text ("Confidential") and "page x of y".
 * Table header rows marked in the document repeat on each page.
 */
class DocumentPrinter
{
public:
    /// @p pageText has %1 for the page and %2 for the number of pages.
    /// False when the device could not be painted on.
    static bool print(
        QTextDocument &document, QPagedPaintDevice *device, const QString &footer, const QString &pageText);
};

} // namespace Traedesten::Ui
