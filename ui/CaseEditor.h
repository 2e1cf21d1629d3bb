#pragma once

#include "Result.h"
#include "commands/StoreCommand.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QUndoStack;
class QWidget;

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * What the citizen pages edit through: the open caseload (none while locked)
 * and the undo stack. Every edit is a StoreCommand that is run once here and
 * reaches the stack only when the core accepted it.
 */
class CaseEditor : public QObject
{
    Q_OBJECT

public:
    CaseEditor(QUndoStack *stack, QWidget *window, QObject *parent = nullptr);

    /// The open caseload, or nullptr while locked or closed.
    Storage::Caseload *caseload() const { return m_caseload; }
    void setCaseload(Storage::Caseload *caseload);

    /// Runs @p command; pushes it on the undo stack if the core accepted it, else returns the refusal.
    Status run(std::unique_ptr<StoreCommand> command);
    /// Like run(), but tells the user about a refusal in a message box (for edits without a dialog).
    bool runOrReport(std::unique_ptr<StoreCommand> command);
    /// For commands: reports a failed undo or redo to the user.
    StoreCommand::ErrorHandler errorHandler() const;

    QWidget *window() const { return m_window; }

    /// Undo and redo the newest step, telling citizenTouched() whose records it changed.
    void undo();
    void redo();

Q_SIGNALS:
    /// The caseload was opened, unlocked, locked or closed.
    void caseloadChanged();
    /// An undo or redo changed records of this citizen.
    void citizenTouched(const QString &citizenId);

private:
    void report(const Error &error) const;

    QUndoStack *m_stack;
    QPointer<QWidget> m_window;
    Storage::Caseload *m_caseload = nullptr;
    QMetaObject::Connection m_changes;
    bool m_replaying = false;
    QString m_touched;
};

} // namespace Traedesten::Ui
