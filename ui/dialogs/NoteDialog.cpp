#include "NoteDialog.h"

#include "domain/Validation.h"
#include "widgets/DateField.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Traedesten::Ui {

using namespace Domain;

NoteDialog::NoteDialog(const Note &note, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(note)
    , m_save(std::move(save))
    , m_date(makeDateField(this, note.date))
    , m_place(new QLineEdit(note.place, this))
    , m_participants(new QLineEdit(note.participants, this))
    , m_text(new QPlainTextEdit(note.text, this))
    , m_agreements(new QPlainTextEdit(note.agreements, this))
{
    setObjectName(QStringLiteral("noteDialog"));
    m_date->setObjectName(QStringLiteral("date"));
    m_text->setObjectName(QStringLiteral("text"));
    m_place->setMaxLength(Validation::Limits::Place);
    m_participants->setMaxLength(Validation::Limits::Participants);
    for (QPlainTextEdit *edit : { m_text, m_agreements })
        edit->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_agreements->setMinimumHeight(m_agreements->fontMetrics().lineSpacing() * 4);
    addRow(QStringLiteral("date"), m_date);
    addRow(QStringLiteral("place"), m_place);
    addRow(QStringLiteral("participants"), m_participants);
    addRow(QStringLiteral("text"), m_text);
    addRow(QStringLiteral("agreements"), m_agreements);
    retranslate();
    setMinimumWidth(560);
    m_text->setFocus();
}

Note NoteDialog::note() const
{
    Note n = m_original;
    n.date = m_date->date();
    n.place = m_place->text().trimmed();
    n.participants = m_participants->text().trimmed();
    n.text = m_text->toPlainText().trimmed();
    n.agreements = m_agreements->toPlainText().trimmed();
    return n;
}

Status NoteDialog::trySave()
{
    return m_save(note());
}

void NoteDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New meeting note") : tr("Edit meeting note"));
    caption(QStringLiteral("date"))->setText(tr("&Date:"));
    caption(QStringLiteral("place"))->setText(tr("&Place:"));
    m_place->setPlaceholderText(tr("For example: café, home visit, job centre"));
    caption(QStringLiteral("participants"))->setText(tr("Pa&rticipants:"));
    caption(QStringLiteral("text"))->setText(tr("&Note:"));
    caption(QStringLiteral("agreements"))->setText(tr("&Agreements:"));
    m_agreements->setPlaceholderText(tr("Who does what before the next meeting"));
}

} // namespace Traedesten::Ui
