#include "CategoriesDialog.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

CategoriesDialog::CategoriesDialog(CaseEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_rename(new QPushButton(this))
    , m_archive(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("categoriesDialog"));
    m_list->setObjectName(QStringLiteral("categoryList"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New spending category"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            addCategory(name);
    });
    connect(m_rename, &QPushButton::clicked, this, &CategoriesDialog::renameCurrent);
    connect(m_archive, &QPushButton::clicked, this, &CategoriesDialog::toggleArchived);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &CategoriesDialog::updateButtons);
    retranslate();
    reload();
    resize(460, 420);
}

const SpendingCategory *CategoriesDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_categories.size() ? &m_categories.at(row) : nullptr;
}

void CategoriesDialog::reload()
{
    const int row = m_list->currentRow();
    m_categories.clear();
    if (Storage::Caseload *c = m_editor->caseload())
        m_categories = c->budgets().categories().value_or({});
    m_list->clear();
    for (const SpendingCategory &category : std::as_const(m_categories)) {
        auto *item = new QListWidgetItem(category.archived
                ? tr("%1 (archived)").arg(DomainText::spendingCategory(category))
                : DomainText::spendingCategory(category),
            m_list);
        if (category.archived)
            item->setForeground(QColor(0x75, 0x75, 0x75));
    }
    if (!m_categories.isEmpty())
        m_list->setCurrentRow(qBound(0, row, int(m_categories.size()) - 1));
    updateButtons();
}

void CategoriesDialog::updateButtons()
{
    const SpendingCategory *c = current();
    m_add->setEnabled(m_editor->caseload() != nullptr);
    m_rename->setEnabled(c && c->code.isEmpty());
    m_archive->setEnabled(c != nullptr);
    m_archive->setText(c && c->archived ? tr("&Bring back") : tr("A&rchive"));
}

bool CategoriesDialog::addCategory(const QString &name)
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c)
        return false;
    SpendingCategory category;
    category.name = name.trimmed();
    Status s = m_editor->run(std::make_unique<CategoryCommand>(
        *c, std::nullopt, category, tr("add spending category"), m_editor->errorHandler()));
    if (!s) {
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forField(s.error()));
        return false;
    }
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

void CategoriesDialog::renameCurrent()
{
    const SpendingCategory *c = current();
    if (!c || !c->code.isEmpty() || !m_editor->caseload())
        return;
    const SpendingCategory before = *c;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename spending category"), tr("Name:"), QLineEdit::Normal, before.name, &ok);
    if (!ok || name.trimmed() == before.name || !m_editor->caseload())
        return;
    SpendingCategory after = before;
    after.name = name.trimmed();
    m_editor->runOrReport(std::make_unique<CategoryCommand>(
        *m_editor->caseload(), before, after, tr("rename spending category"), m_editor->errorHandler()));
    reload();
}

void CategoriesDialog::toggleArchived()
{
    const SpendingCategory *c = current();
    if (!c || !m_editor->caseload())
        return;
    SpendingCategory after = *c;
    after.archived = !c->archived;
    m_editor->runOrReport(std::make_unique<CategoryCommand>(*m_editor->caseload(), *c, after,
        after.archived ? tr("archive spending category") : tr("bring back spending category"),
        m_editor->errorHandler()));
    reload();
}

void CategoriesDialog::retranslate()
{
    setWindowTitle(tr("Spending categories"));
    m_add->setText(tr("&Add…"));
    m_rename->setText(tr("Re&name…"));
    m_close->setText(tr("&Close"));
    m_list->setAccessibleName(tr("Spending categories"));
    updateButtons();
}

void CategoriesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
