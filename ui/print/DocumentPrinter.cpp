#include "DocumentPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Traedesten::Ui {

bool DocumentPrinter::print(
    QTextDocument &document, QPagedPaintDevice *device, const QString &footer, const QString &pageText)
{
    QPainter painter(device);
    if (!painter.isActive())
        return false;
    // Measure fonts at the device's resolution, so what is laid out is what is printed.
    document.documentLayout()->setPaintDevice(device);
    const double dpi = device->logicalDpiY();
    const QRectF full(0, 0, device->width(), device->height());
    const double footerHeight = dpi * 0.45; // about 11 mm
    const QRectF body(full.left(), full.top(), full.width(), full.height() - footerHeight);
    document.setPageSize(body.size());
    document.setDocumentMargin(0);
    const int pages = document.pageCount();

    QFont footerFont = document.defaultFont();
    footerFont.setPointSizeF(footerFont.pointSizeF() * 0.8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        painter.setClipRect(visible);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x42, 0x42, 0x42));
        const QRectF footerRect(full.left(), full.bottom() - footerHeight * 0.6, full.width(), footerHeight * 0.6);
        painter.drawLine(QPointF(footerRect.left(), footerRect.top()), QPointF(footerRect.right(), footerRect.top()));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageText.arg(page + 1).arg(pages));
    }
    return true;
}

void DocumentPrinter::setUpPrinter(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
}

Status DocumentPrinter::writePdf(
    const QString &path, const QString &title, const std::function<bool(QPagedPaintDevice *)> &draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { file.error() == QFileDevice::PermissionsError ? ErrorCode::ReadOnly : ErrorCode::Io,
            file.errorString() };
    {
        QPdfWriter writer(&file);
        setUpPrinter(&writer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Trædesten"));
        if (!draw(&writer))
            return Error { ErrorCode::Io, QStringLiteral("the PDF could not be drawn") }; // QSaveFile discards it
    }
    if (!file.commit())
        return Error { ErrorCode::Io, file.errorString() };
    return {};
}

} // namespace Traedesten::Ui
