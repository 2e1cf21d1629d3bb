#include "JournalPage.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "commands/RecordStores.h"
#include "dialogs/NoteDialog.h"
#include "models/NoteModel.h"
#include "storage/Caseload.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

JournalPage::JournalPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new NoteModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_emptyAdd(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("journalPage"));
    m_table->setObjectName(QStringLiteral("noteTable"));
    m_add->setObjectName(QStringLiteral("addNote"));
    m_details->setObjectName(QStringLiteral("noteDetails"));
    m_table->setModel(m_model);
    setUpList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NoteModel::TextColumn, QHeaderView::Stretch);
    m_details->setOpenLinks(false);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    QWidget *emptyPage = makeEmptyState(m_empty, m_emptyAdd);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(splitter);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &JournalPage::newNote);
    connect(m_emptyAdd, &QPushButton::clicked, this, &JournalPage::newNote);
    connect(m_edit, &QPushButton::clicked, this, &JournalPage::editNote);
    connect(m_table, &QTableView::activated, this, &JournalPage::editNote);
    connect(m_remove, &QPushButton::clicked, this, &JournalPage::removeNote);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_table);
    setTabOrder(m_table, m_details);
    retranslate();
    reload();
}

void JournalPage::reload()
{
    const QString current = m_table->currentIndex().data(NoteModel::IdRole).toString();
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty())
        m_model->setNotes({});
    else
        m_model->setNotes(c->notes().notesOf(citizenId()).value_or({}));
    const int row = m_model->rowOf(current);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    showCurrent();
    updateActions();
}

void JournalPage::showCurrent()
{
    const Note *n = m_model->noteAt(m_table->currentIndex().row());
    if (!n) {
        m_details->clear();
        return;
    }
    // Plain text from the user, escaped; only our own headings are markup.
    const auto para = [](const QString &text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(para(n->place.isEmpty() ? DomainText::longDate(n->date)
                                           : tr("%1, %2", "date, place").arg(DomainText::longDate(n->date), n->place)));
    if (!n->participants.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(para(tr("Participants: %1").arg(n->participants)));
    html += QStringLiteral("<p>%1</p>").arg(para(n->text));
    if (!n->agreements.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(para(tr("Agreements")), para(n->agreements));
    m_details->setHtml(html);
}

void JournalPage::updateActions()
{
    const bool open = caseload() && !citizenId().isEmpty();
    const bool selected = open && m_model->noteAt(m_table->currentIndex().row());
    m_add->setEnabled(open);
    m_emptyAdd->setEnabled(open);
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void JournalPage::newNote()
{
    if (!caseload() || citizenId().isEmpty())
        return;
    Note note;
    note.citizenId = citizenId();
    note.date = QDate::currentDate();
    auto *dialog = new NoteDialog(
        note,
        [this](const Note &n) -> Status {
            auto command = std::make_unique<NoteCommand>(
                *caseload(), std::nullopt, n, tr("add meeting note"), editor()->errorHandler());
            auto *raw = command.get();
            if (Status s = editor()->run(std::move(command)); !s)
                return s;
            if (const int row = m_model->rowOf(raw->record().id); row >= 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JournalPage::editNote()
{
    const Note *note = m_model->noteAt(m_table->currentIndex().row());
    if (!caseload() || !note)
        return;
    auto *dialog = new NoteDialog(
        *note,
        [this, before = *note](const Note &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<NoteCommand>(
                *caseload(), before, after, tr("edit meeting note"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void JournalPage::removeNote()
{
    const Note *note = m_model->noteAt(m_table->currentIndex().row());
    if (!caseload() || !note)
        return;
    const Note before = *note;
    if (!confirm(tr("Delete"), tr("Delete the note from %1?").arg(DomainText::longDate(before.date)), tr("&Delete")))
        return;
    editor()->runOrReport(std::make_unique<NoteCommand>(
        *caseload(), before, std::nullopt, tr("delete meeting note"), editor()->errorHandler()));
}

void JournalPage::retranslate()
{
    m_add->setText(tr("&New note…"));
    m_edit->setText(tr("Ed&it note…"));
    m_remove->setText(tr("&Delete note…"));
    m_emptyAdd->setText(tr("Write the first note…"));
    m_empty->setText(tr("No meetings written down yet.\nAfter each meeting, note where you met, who took part, "
                        "what you talked about and what you agreed."));
    m_table->setAccessibleName(tr("Meeting notes"));
    m_details->setAccessibleName(tr("The selected note"));
}

} // namespace Traedesten::Ui
