#pragma once

#include "FormDialog.h"
#include "domain/Note.h"

#include <functional>

class QLineEdit;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// Adds or edits a journal note from a meeting.
class NoteDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Note &)>;
    NoteDialog(const Domain::Note &note, Saver save, QWidget *parent = nullptr);
    Domain::Note note() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Note m_original;
    Saver m_save;
    DateField *m_date = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_agreements = nullptr;
};

} // namespace Traedesten::Ui
