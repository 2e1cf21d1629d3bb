#include "AttachmentCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

AttachmentCommand::AttachmentCommand(Storage::Caseload &caseload, bool adding, const QString &text, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_adding(adding)
{
}

std::unique_ptr<AttachmentCommand> AttachmentCommand::add(Storage::Caseload &caseload, const QString &entryId,
    const QString &fileName, const QString &mimeType, QByteArray bytes, const QString &text, ErrorHandler onError)
{
    std::unique_ptr<AttachmentCommand> c(new AttachmentCommand(caseload, true, text, std::move(onError)));
    c->m_attachment.entryId = entryId;
    c->m_attachment.fileName = fileName;
    c->m_attachment.mimeType = mimeType;
    c->m_bytes = std::move(bytes);
    return c;
}

std::unique_ptr<AttachmentCommand> AttachmentCommand::remove(
    Storage::Caseload &caseload, const Domain::Attachment &attachment, const QString &text, ErrorHandler onError)
{
    std::unique_ptr<AttachmentCommand> c(new AttachmentCommand(caseload, false, text, std::move(onError)));
    c->m_attachment = attachment;
    c->m_bytes = caseload.budgets().attachmentBytes(attachment.id).value_or(QByteArray());
    return c;
}

Status AttachmentCommand::put()
{
    if (!m_created) {
        auto added = m_caseload.budgets().addAttachment(
            m_attachment.entryId, m_attachment.fileName, m_attachment.mimeType, m_bytes);
        if (!added)
            return added.error();
        m_attachment = *added;
        m_created = true;
        return {};
    }
    return m_caseload.budgets().restoreAttachment(m_attachment, m_bytes);
}

Status AttachmentCommand::take()
{
    return m_caseload.budgets().removeAttachment(m_attachment.id);
}

Status AttachmentCommand::apply()
{
    if (!m_adding)
        m_created = true; // it exists: a redo of the removal's undo puts it back exactly
    return m_adding ? put() : take();
}

Status AttachmentCommand::revert()
{
    return m_adding ? take() : put();
}

} // namespace Traedesten::Ui
