#include "NamedListDialog.h"

#include "CaseEditor.h"
#include "ErrorText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

NamedListDialog::NamedListDialog(CaseEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_buttons(new QVBoxLayout)
{
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_rename);
    m_buttons->addWidget(m_archive);
    m_buttons->addStretch();
    m_buttons->addWidget(m_close);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(m_buttons);
    connect(m_add, &QPushButton::clicked, this, &NamedListDialog::requestAdd);
    connect(m_rename, &QPushButton::clicked, this, &NamedListDialog::renameCurrent);
    connect(m_archive, &QPushButton::clicked, this, &NamedListDialog::toggleArchived);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &NamedListDialog::updateButtons);
    resize(460, 420);
}

void NamedListDialog::setUp()
{
    retranslate();
    reload();
}

const NamedListDialog::Entry *NamedListDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void NamedListDialog::reload()
{
    const int row = m_list->currentRow();
    m_entries = m_editor->caseload() ? load() : QList<Entry> {};
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(entry.archived ? tr("%1 (archived)").arg(entry.label) : entry.label, m_list);
        if (entry.archived)
            item->setForeground(QColor(0x75, 0x75, 0x75));
    }
    if (!m_entries.isEmpty())
        m_list->setCurrentRow(qBound(0, row, int(m_entries.size()) - 1));
    updateButtons();
}

void NamedListDialog::updateButtons()
{
    const Entry *e = current();
    m_add->setEnabled(m_editor->caseload() != nullptr);
    m_rename->setEnabled(e && e->renamable);
    m_archive->setEnabled(e != nullptr);
    m_archive->setText(e && e->archived ? tr("&Bring back") : tr("A&rchive"));
}

void NamedListDialog::requestAdd()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, newTitle(), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        addEntry(name);
}

void NamedListDialog::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_archive) + 1, button);
}

void NamedListDialog::entryAdded()
{
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
}

bool NamedListDialog::addEntry(const QString &name)
{
    if (!m_editor->caseload())
        return false;
    const Status s = add(name.trimmed());
    if (!s) {
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forField(s.error()));
        return false;
    }
    entryAdded();
    return true;
}

void NamedListDialog::renameCurrent()
{
    const Entry *e = current();
    if (!e || !e->renamable || !m_editor->caseload())
        return;
    const int row = m_list->currentRow();
    const QString before = e->name.isEmpty() ? e->label : e->name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, renameTitle(), tr("Name:"), QLineEdit::Normal, before, &ok);
    if (!ok || name.trimmed() == before || !m_editor->caseload())
        return;
    rename(row, name.trimmed());
    reload();
}

void NamedListDialog::toggleArchived()
{
    const Entry *e = current();
    if (!e || !m_editor->caseload())
        return;
    setArchived(m_list->currentRow(), !e->archived);
    reload();
}

void NamedListDialog::retranslate()
{
    setWindowTitle(title());
    m_add->setText(tr("&Add…"));
    m_rename->setText(tr("Re&name…"));
    m_close->setText(tr("&Close"));
    m_list->setAccessibleName(title());
    updateButtons();
}

void NamedListDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
