#include "StoreCommand.h"

namespace Traedesten::Ui {

StoreCommand::StoreCommand(const QString &text, ErrorHandler onError)
    : QUndoCommand(text)
    , m_onError(std::move(onError))
{ }

Status StoreCommand::execute()
{
    Status s = apply();
    m_executed = s.ok();
    return s;
}

void StoreCommand::redo()
{
    if (m_executed) {
        m_executed = false; // the push after execute(): already done
        return;
    }
    if (Status s = apply(); !s) {
        setObsolete(true);
        if (m_onError)
            m_onError(s.error());
    }
}

void StoreCommand::undo()
{
    if (Status s = revert(); !s) {
        setObsolete(true);
        if (m_onError)
            m_onError(s.error());
    }
}

} // namespace Traedesten::Ui
