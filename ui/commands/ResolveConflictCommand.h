#pragma once

#include "StoreCommand.h"

#include <QJsonValue>

#include <functional>
#include <optional>

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Ui {

/**
 * Chooses how a team-server conflict is resolved (keep mine, keep theirs, a merged value, a new amount or
 * voiding a purchase past the budget cap). The choice stays in the case file until the next
 * synchronisation sends it, so until then it is undone like any edit; afterwards undoing it is refused
 * (ErrorCode::AlreadySynced) and the command leaves the stack.
 */
class ResolveConflictCommand : public StoreCommand
{
public:
    ResolveConflictCommand(Storage::CaseFile &file, qint64 conflictId, std::optional<QJsonValue> before,
        QJsonValue after, const QString &text, ErrorHandler onError, std::function<void()> changed);

protected:
    Status apply() override;
    Status revert() override;

private:
    Storage::CaseFile &m_file;
    qint64 m_id;
    std::optional<QJsonValue> m_before;
    QJsonValue m_after;
    std::function<void()> m_changed;
};

} // namespace Traedesten::Ui
