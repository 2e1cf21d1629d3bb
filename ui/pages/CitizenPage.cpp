#include "CitizenPage.h"

#include "CaseEditor.h"
#include "storage/Caseload.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

CitizenPage::CitizenPage(CaseEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    connect(m_editor, &CaseEditor::caseloadChanged, this, &CitizenPage::onCaseloadChanged);
    listenToChanges(); // a page made while a file is open follows it too
}

Storage::Caseload *CitizenPage::caseload() const
{
    return m_editor->caseload();
}

void CitizenPage::setCitizen(const QString &citizenId)
{
    if (citizenId == m_citizenId)
        return;
    m_citizenId = citizenId;
    reload();
}

bool CitizenPage::concerns(Storage::EntityType, const QString &citizenId) const
{
    return !m_citizenId.isEmpty() && citizenId == m_citizenId;
}

void CitizenPage::onCaseloadChanged()
{
    listenToChanges();
    reload();
}

void CitizenPage::listenToChanges()
{
    disconnect(m_changes);
    if (Storage::Caseload *c = caseload()) {
        m_changes = connect(&c->notifier(), &Storage::ChangeNotifier::changed, this,
            [this](Storage::EntityType type, const QString &, const QString &citizenId) {
                if (concerns(type, citizenId))
                    reload();
            });
    }
}

void CitizenPage::setUpList(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
}

QWidget *CitizenPage::makeEmptyState(QLabel *text, QPushButton *button)
{
    auto *page = new QWidget(this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    if (button) {
        auto *row = new QHBoxLayout;
        row->addStretch();
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addStretch(2);
    return page;
}

bool CitizenPage::confirm(const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setInformativeText(tr("You can undo this with Ctrl+Z."));
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    // Locking while the question is open rejects it; the caseload is gone then.
    return box.clickedButton() == yes && caseload();
}

void CitizenPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // dates and statuses are formatted in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
