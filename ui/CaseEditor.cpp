#include "CaseEditor.h"

#include "ErrorText.h"

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

void CaseEditor::beginMacro(const QString &text)
{
    m_stack->beginMacro(text);
}

void CaseEditor::endMacro()
{
    m_stack->endMacro();
}

void CaseEditor::pushExecuted(std::unique_ptr<StoreCommand> command)
{
    m_stack->push(command.release());
}

StoreCommand::ErrorHandler CaseEditor::errorHandler() const
{
    return [this](const Error &error) {
        report(error);
    };
}

void CaseEditor::report(const Error &error) const
{
    const QString text
        = error.code == ErrorCode::InvalidInput ? ErrorText::forField(error) : ErrorText::forCaseFile(error);
    QMessageBox::warning(m_window, tr("Not saved"), text);
}

} // namespace Traedesten::Ui
