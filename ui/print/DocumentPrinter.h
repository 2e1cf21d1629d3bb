#pragma once

#include "Result.h"

#include <QString>

#include <functional>

class QImage;
class QPagedPaintDevice;
class QTextDocument;

namespace Traedesten::Storage {
class CaseFile;
}

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
    /// The municipality's name for print headers, from the file's settings.
    static QString municipality(Storage::CaseFile &file);
    /// The municipality's logo for print headers, kept in the file's settings; null when there is none.
    static QImage logo(Storage::CaseFile &file);
    /// Sets up a printer the way every print here looks: A4 with our margins.
    static void setUpPrinter(QPagedPaintDevice *device);
    /// Gives @p document the prints' font and, unless null, the municipality's @p logo as "traedesten:logo".
    static void prepare(QTextDocument &document, const QImage &logo);
    /**
     * Writes a PDF to @p path atomically (beside it, then renamed into place): a failure leaves
     * no half file. @p draw paints the pages and returns false when it could not.
     */
    static Status writePdf(
        const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &draw);
};

} // namespace Traedesten::Ui
