#include "ReceiptsDialog.h"

#include "CaseEditor.h"
#include "Config.h"
#include "ErrorText.h"
#include "commands/AttachmentCommand.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/PrivateFile.h"

#include <QBuffer>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

/// Where the receipt file dialogs start: the folder used last in this session, else the documents folder.
QString &lastFolder()
{
    static QString folder;
    return folder;
}

QString startFolder()
{
    return Config::existingFolder(lastFolder());
}

} // namespace

ReceiptsDialog::ReceiptsDialog(CaseEditor *editor, const LedgerEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_entry(entry)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("receiptsDialog"));
    m_list->setObjectName(QStringLiteral("receiptList"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setWordWrap(true);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_list->setMaximumWidth(240);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_export);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);

    connect(m_add, &QPushButton::clicked, this, &ReceiptsDialog::addReceipts);
    connect(m_export, &QPushButton::clicked, this, &ReceiptsDialog::exportCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ReceiptsDialog::removeCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReceiptsDialog::showCurrent);
    retranslate();
    reload();
    resize(820, 600);
}

const Attachment *ReceiptsDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

void ReceiptsDialog::reload()
{
    const int row = m_list->currentRow();
    m_attachments.clear();
    if (Storage::Caseload *c = m_editor->caseload())
        m_attachments = c->budgets().attachments(m_entry.id).value_or({});
    m_list->clear();
    const QLocale locale;
    for (const Attachment &a : std::as_const(m_attachments))
        m_list->addItem(QStringLiteral("%1\n%2").arg(a.fileName, locale.formattedDataSize(a.size)));
    if (!m_attachments.isEmpty())
        m_list->setCurrentRow(qBound(0, row, int(m_attachments.size()) - 1));
    else
        showCurrent();
    const bool open = m_editor->caseload() != nullptr && m_entry.state != EntryState::Voided;
    m_add->setEnabled(open);
    m_export->setEnabled(current() != nullptr);
    m_remove->setEnabled(open && current() != nullptr);
}

void ReceiptsDialog::showCurrent()
{
    m_shownPages = 0;
    m_view->setPixmap(QPixmap());
    const Attachment *a = current();
    m_export->setEnabled(a != nullptr);
    m_remove->setEnabled(a != nullptr && m_entry.state != EntryState::Voided);
    Storage::Caseload *c = m_editor->caseload();
    if (!a || !c) {
        m_view->setText(tr("No receipts yet. Add a photo or a scanned PDF of the receipt."));
        return;
    }
    const QByteArray bytes = c->budgets().attachmentBytes(a->id).value_or(QByteArray());
    QImage image;
    if (a->mimeType == u"application/pdf") {
        // Rendered in memory: the receipt never leaves the encrypted file unasked.
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        const int pages = qMin(pdf.pageCount(), 5);
        QList<QImage> rendered;
        int height = 0;
        int width = 0;
        for (int p = 0; p < pages; ++p) {
            const QSizeF points = pdf.pagePointSize(p);
            const QImage page = pdf.render(p, (points * 1.4).toSize());
            rendered << page;
            height += page.height() + 8;
            width = qMax(width, page.width());
        }
        if (!rendered.isEmpty()) {
            image = QImage(width, height, QImage::Format_RGB32);
            image.fill(Qt::lightGray);
            QPainter painter(&image);
            int y = 0;
            for (const QImage &page : rendered) {
                painter.drawImage(0, y, page);
                y += page.height() + 8;
            }
            m_shownPages = int(rendered.size());
        }
    } else {
        image.loadFromData(bytes);
        m_shownPages = image.isNull() ? 0 : 1;
    }
    if (image.isNull()) {
        m_view->setText(tr("This file cannot be shown here. Save a copy to open it in another program."));
        return;
    }
    m_view->setPixmap(QPixmap::fromImage(image));
}

bool ReceiptsDialog::addFile(const QString &path)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Receipt not added"), tr("The file could not be read: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > Storage::BudgetRepository::MaxAttachmentBytes) {
        QMessageBox::warning(this, tr("Receipt not added"),
            ErrorText::forField(Error::invalid(
                QStringLiteral("bytes"), Issue::TooLarge, { Storage::BudgetRepository::MaxAttachmentBytes })));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, bytes).name();
    Status s = m_editor->run(AttachmentCommand::add(
        *c, m_entry.id, QFileInfo(path).fileName(), mime, bytes, tr("add receipt"), m_editor->errorHandler()));
    if (!s) {
        QMessageBox::warning(this, tr("Receipt not added"), ErrorText::forField(s.error()));
        return false;
    }
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

void ReceiptsDialog::addReceipts()
{
    // An existing folder and no file name: a folder that does not exist would be offered as a file name.
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add receipts"), startFolder(), tr("Receipts (*.png *.jpg *.jpeg *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        lastFolder() = QFileInfo(paths.first()).absolutePath();
    for (const QString &path : paths)
        addFile(path);
}

bool ReceiptsDialog::exportTo(const QString &path)
{
    const Attachment *a = current();
    Storage::Caseload *c = m_editor->caseload();
    if (!a || !c)
        return false;
    auto bytes = c->budgets().attachmentBytes(a->id);
    if (!bytes) {
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(bytes.error()));
        return false;
    }
    // Mode 0600, like every file the program writes.
    if (Status s = Storage::PrivateFile::write(path, *bytes); !s) {
        QMessageBox::warning(this, tr("Not saved"), tr("The copy could not be saved: %1").arg(s.error().detail));
        return false;
    }
    const QString citizenId = c->budgets().budget(m_entry.budgetId).value_or(Budget {}).citizenId;
    (void)c->file().recordEvent(AuditAction::Exported, QStringLiteral("attachment"), a->id, citizenId);
    return true;
}

void ReceiptsDialog::exportCurrent()
{
    const Attachment *a = current();
    if (!a)
        return;
    const QString suggested = QDir(startFolder()).filePath(a->fileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the receipt"), suggested);
    if (path.isEmpty())
        return;
    lastFolder() = QFileInfo(path).absolutePath();
    exportTo(path);
}

void ReceiptsDialog::removeCurrent()
{
    const Attachment *a = current();
    Storage::Caseload *c = m_editor->caseload();
    if (!a || !c)
        return;
    if (QMessageBox::question(this, tr("Remove receipt"),
            tr("Remove the receipt “%1”? You can undo this with Ctrl+Z after closing this window.").arg(a->fileName))
        != QMessageBox::Yes)
        return;
    if (!m_editor->caseload())
        return;
    m_editor->runOrReport(AttachmentCommand::remove(*c, *a, tr("remove receipt"), m_editor->errorHandler()));
    reload();
}

void ReceiptsDialog::retranslate()
{
    setWindowTitle(tr("Receipts"));
    m_remove->setToolTip(tr("Undo with Ctrl+Z after closing this window"));
    m_intro->setText(tr("Receipts for: %1. They are kept inside the encrypted case file.").arg(m_entry.description));
    m_add->setText(tr("&Add…"));
    m_export->setText(tr("&Save a copy…"));
    m_remove->setText(tr("&Remove…"));
    m_close->setText(tr("&Close"));
    m_list->setAccessibleName(tr("Receipts"));
}

void ReceiptsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
