#include "CaseEditor.h"

#include "ErrorText.h"
#include "storage/Caseload.h"

#include <QMessageBox>
#include <QUndoStack>

namespace Traedesten::Ui {

CaseEditor::CaseEditor(QUndoStack *stack, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_window(window)
{ }

void CaseEditor::setCaseload(Storage::Caseload *caseload)
{
    if (caseload == m_caseload)
        return;
    m_caseload = caseload;
    disconnect(m_changes);
    if (m_caseload) {
        m_changes = connect(&m_caseload->notifier(), &Storage::ChangeNotifier::changed, this,
            [this](Storage::EntityType, const QString &, const QString &citizenId) {
                if (m_replaying && !citizenId.isEmpty())
                    m_touched = citizenId;
            });
    }
    Q_EMIT caseloadChanged();
}

Status CaseEditor::run(std::unique_ptr<StoreCommand> command)
{
    if (!m_caseload)
        return Error { ErrorCode::Locked, QStringLiteral("no open caseload") };
    if (Status s = command->execute(); !s)
        return s;
    m_stack->push(command.release());
    return {};
}

bool CaseEditor::runOrReport(std::unique_ptr<StoreCommand> command)
{
    Status s = run(std::move(command));
    if (!s)
        report(s.error());
    return s.ok();
}

void CaseEditor::undo()
{
    m_replaying = true;
    m_touched.clear();
    m_stack->undo();
    m_replaying = false;
    if (!m_touched.isEmpty())
        Q_EMIT citizenTouched(m_touched);
}

void CaseEditor::redo()
{
    m_replaying = true;
    m_touched.clear();
    m_stack->redo();
    m_replaying = false;
    if (!m_touched.isEmpty())
        Q_EMIT citizenTouched(m_touched);
}

StoreCommand::ErrorHandler CaseEditor::errorHandler() const
{
    return [this](const Error &error) {
        report(error);
    };
}

void CaseEditor::report(const Error &error) const
{
    // Never a blocking box: this runs inside QUndoStack::undo()/redo(), and a lock that
    // fires while a nested event loop runs would clear the stack under the running command.
    const QString text
        = error.code == ErrorCode::InvalidInput ? ErrorText::forField(error) : ErrorText::forCaseFile(error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not saved"), text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Traedesten::Ui
