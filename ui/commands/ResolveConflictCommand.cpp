#include "ResolveConflictCommand.h"

#include "storage/SyncStore.h"

namespace Traedesten::Ui {

ResolveConflictCommand::ResolveConflictCommand(Storage::CaseFile &file, qint64 conflictId,
    std::optional<QJsonValue> before, QJsonValue after, const QString &text, ErrorHandler onError,
    std::function<void()> changed)
    : StoreCommand(text, std::move(onError))
    , m_file(file)
    , m_id(conflictId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{ }

Status ResolveConflictCommand::apply()
{
    Status s = Storage::SyncStore::resolve(m_file, m_id, std::optional<QJsonValue>(m_after));
    if (s && m_changed)
        m_changed();
    return s;
}

Status ResolveConflictCommand::revert()
{
    Status s = Storage::SyncStore::resolve(m_file, m_id, m_before);
    if (m_changed)
        m_changed(); // also when refused: the conflict may have gone with the synchronisation
    return s;
}

} // namespace Traedesten::Ui
