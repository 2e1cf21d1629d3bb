#pragma once

#include "StoreCommand.h"
#include "domain/Attachment.h"

#include <QByteArray>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/// Adds a receipt to a ledger entry, or removes one; keeps the bytes so undo and redo restore it exactly.
class AttachmentCommand : public StoreCommand
{
public:
    /// Adds @p bytes as a new receipt of @p entryId.
    static std::unique_ptr<AttachmentCommand> add(Storage::Caseload &caseload, const QString &entryId,
        const QString &fileName, const QString &mimeType, QByteArray bytes, const QString &text, ErrorHandler onError);
    /// Removes @p attachment (whose bytes are read now, for the undo).
    static std::unique_ptr<AttachmentCommand> remove(
        Storage::Caseload &caseload, const Domain::Attachment &attachment, const QString &text, ErrorHandler onError);

    const Domain::Attachment &attachment() const { return m_attachment; }

protected:
    Status apply() override;
    Status revert() override;

private:
    AttachmentCommand(Storage::Caseload &caseload, bool adding, const QString &text, ErrorHandler onError);
    Status put();
    Status take();

    Storage::Caseload &m_caseload;
    bool m_adding;
    bool m_created = false;
    Domain::Attachment m_attachment;
    QByteArray m_bytes;
};

} // namespace Traedesten::Ui
