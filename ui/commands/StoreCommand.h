#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace Traedesten::Ui {

/**
 * An undoable edit whose redo and undo each run one core operation, i.e. one
 * database transaction. The first redo happens before the command is pushed
 * (so a refusal never reaches the stack); QUndoStack's own first redo() call
 * is skipped. If a later undo or redo fails (a locked or full disk), the
 * error is reported and the command made obsolete, so the stack never
 * pretends a state the file does not have.
 */
class StoreCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;

    void redo() final;
    void undo() final;

    /// Runs the first redo now; push the command only when this succeeds.
    Status execute();

protected:
    StoreCommand(const QString &text, ErrorHandler onError);
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    friend class CommandGroup; // runs its members' apply() and revert() as one step
    ErrorHandler m_onError;
    bool m_executed = false;
};

} // namespace Traedesten::Ui
