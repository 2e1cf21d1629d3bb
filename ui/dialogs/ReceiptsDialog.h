#pragma once

#include "domain/Attachment.h"
#include "domain/LedgerEntry.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace Traedesten::Ui {

class CaseEditor;

/**
 * The receipts of one ledger entry, kept inside the encrypted case file:
 * add (images and PDFs), view inside the program, save a copy, remove.
 * Adding and removing are undoable.
 */
class ReceiptsDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiptsDialog(CaseEditor *editor, const Domain::LedgerEntry &entry, QWidget *parent = nullptr);

    /// Adds the file at @p path as a receipt; false (with a message) when refused.
    bool addFile(const QString &path);
    /// Saves the selected receipt's bytes to @p path atomically.
    bool exportTo(const QString &path);
    QListWidget *list() const { return m_list; }
    /// What the viewer shows now (for tests): the number of pages rendered.
    int shownPages() const { return m_shownPages; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void showCurrent();
    void addReceipts();
    void exportCurrent();
    void removeCurrent();
    const Domain::Attachment *current() const;

    CaseEditor *m_editor;
    Domain::LedgerEntry m_entry;
    QList<Domain::Attachment> m_attachments;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_close = nullptr;
    int m_shownPages = 0;
};

} // namespace Traedesten::Ui
