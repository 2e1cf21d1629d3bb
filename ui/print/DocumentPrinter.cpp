#include "DocumentPrinter.h"

#include "domain/FileSetting.h"
#include "storage/CaseFile.h"
#include "storage/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Traedesten::Ui {

namespace {

/// Where the text of a table row begins and ends, in document coordinates (pages stacked).
std::pair<double, double> rowExtent(QTextDocument &document, QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    double top = std::numeric_limits<double>::max();
    double bottom = std::numeric_limits<double>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue; // covered by a spanning cell
        top = std::min(top, layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
        bottom = std::max(bottom, layout->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
    }
    return { top, bottom };
}

/// Copies one cell's text and formats into an empty cell.
void copyCell(const QTextTableCell &from, QTextTableCell to)
{
    QTextCursor source = from.firstCursorPosition();
    source.setPosition(from.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QTextCursor target = to.firstCursorPosition();
    target.setBlockFormat(from.firstCursorPosition().blockFormat());
    target.insertFragment(source.selection());
    to.setFormat(from.format());
}

/**
 * Moves the rows from @p row on into a new table that starts on a new page, its header rows
 * copied: the old table ends above the page break with its border closed.
 */
void splitTable(QTextDocument &document, QTextTable *table, int row)
{
    const QTextTableFormat format = table->format();
    const int header = format.headerRowCount();
    const int moved = table->rows() - row;
    const int columns = table->columns();

    QTextTableFormat continued = format;
    continued.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after(&document);
    after.beginEditBlock(); // one relayout for the whole move, not one per cell
    after.setPosition(table->lastPosition() + 1);
    QTextTable *next = after.insertTable(header + moved, columns, continued);
    for (int r = 0; r < header + moved; ++r) {
        const int sourceRow = r < header ? r : row + (r - header);
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(sourceRow, c);
            if (cell.row() != sourceRow || cell.column() != c)
                continue;
            copyCell(cell, next->cellAt(r, c));
        }
    }
    // Spans after the text is in place: merging moves text between cells.
    for (int r = 0; r < header + moved; ++r) {
        const int sourceRow = r < header ? r : row + (r - header);
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(sourceRow, c);
            if (cell.row() == sourceRow && cell.column() == c && cell.columnSpan() > 1)
                next->mergeCells(r, c, 1, cell.columnSpan());
        }
    }
    table->removeRows(row, moved);
    after.endEditBlock();
}

/**
 * Qt splits a table row over two pages when the first line of a cell still fits. A row is one
 * thing to a reader (an intervention with its purpose and who is responsible), so the table is
 * split before such a row instead and the rest goes on the next page under a copy of the
 * header. A group heading (one cell across the row) goes along with the row below it, and a
 * first row that does not fit takes the whole table to the next page. Each move shifts what
 * comes after it, so the document is laid out again after each one.
 */
void keepRowsTogether(QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    const auto isHeading = [](QTextTable *table, int row) {
        return table->cellAt(row, 0).columnSpan() == table->columns() && table->columns() > 1;
    };
    // Each pass moves one row; the bound keeps a pathological document from looping.
    for (int pass = 0; pass < 1000; ++pass) {
        bool moved = false;
        for (QTextFrame *frame : document.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const int header = table->format().headerRowCount();
            for (int row = header; row < table->rows() && !moved; ++row) {
                const auto [top, bottom] = rowExtent(document, table, row);
                if (bottom - top >= pageHeight * 0.8)
                    continue; // taller than a page can hold: it has to be split
                const int firstPage = int(std::floor(top / pageHeight));
                if (firstPage == int(std::floor((bottom - 0.01) / pageHeight)))
                    continue;
                int at = row;
                while (at > header && isHeading(table, at - 1))
                    --at;
                if (at > header) {
                    splitTable(document, table, at);
                    moved = true;
                } else if (!(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                    QTextTableFormat format = table->format();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    table->setFormat(format);
                    moved = true;
                }
            }
            if (moved)
                break;
        }
        if (!moved)
            return;
    }
}

/**
 * A heading belongs to what follows it: one left alone at the foot of a page, its text or table on the
 * next, goes to the next page with it. Headings are the blocks HTML's h1-h6 made (their heading level);
 * one already at the top of a page stays. One move per pass, as each shifts what comes after it.
 */
void keepHeadingsWithTheirText(QTextDocument &document)
{
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](double y) {
        return int(std::floor(y / pageHeight));
    };
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextBlock block = document.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            QTextBlock next = block.next();
            while (next.isValid() && next.text().trimmed().isEmpty()
                && document.frameAt(next.position()) == document.rootFrame())
                next = next.next(); // an empty paragraph between them is not what follows
            if (!next.isValid())
                continue;
            const QRectF heading = layout->blockBoundingRect(block);
            const QRectF following = layout->blockBoundingRect(next);
            const double firstLine = next.layout() && next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).height()
                                                                                     : following.height();
            const int headingPage = pageOf(heading.top());
            if (heading.top() - headingPage * pageHeight < 1.0)
                continue; // already at the top of its page
            if (pageOf(following.top() + firstLine - 0.01) > headingPage) {
                QTextCursor cursor(block);
                QTextBlockFormat moving = format;
                moving.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(moving);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

} // namespace

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
    keepRowsTogether(document);
    document.markContentsDirty(0, document.characterCount()); // see below
    keepHeadingsWithTheirText(document);
    // The table moves leave blocks after a moved table without a layout of their own (Qt 6.4 lays out only
    // what an edit touched): they would not be painted. Lay out the whole document again.
    document.markContentsDirty(0, document.characterCount());
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

void DocumentPrinter::prepare(QTextDocument &document, const QImage &logo)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    if (!logo.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("traedesten:logo")), logo);
}

QString DocumentPrinter::municipality(Storage::CaseFile &file)
{
    return file.setting(Domain::FileSetting::MunicipalityName).value_or(QString());
}

QImage DocumentPrinter::logo(Storage::CaseFile &file)
{
    QImage image;
    image.loadFromData(
        QByteArray::fromBase64(file.setting(Domain::FileSetting::MunicipalityLogo).value_or(QString()).toLatin1()),
        "PNG");
    return image;
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
    if (!Storage::PrivateFile::open(file)) // mode 0600: a printout is as private as the case file
        return Storage::PrivateFile::openError(file);
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
