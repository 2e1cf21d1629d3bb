#pragma once

#include "StoreCommand.h"

#include <optional>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * Adds, changes or removes one record, keeping the record before and after
 * (KMyMoney style): no "before" means an addition, no "after" a removal.
 * @p Store (see RecordStores.h) maps the four operations onto the core's
 * repository for the record type; each is one transaction.
 *
 * The first redo lets the core stamp the record (a new id, timestamps);
 * every redo after an undo puts back exactly that stamped record, so undo
 * followed by redo leaves the file as it was.
 */
template<typename Store> class RecordCommand : public StoreCommand
{
public:
    using Record = typename Store::Record;

    RecordCommand(Storage::Caseload &caseload, std::optional<Record> before, std::optional<Record> after,
        const QString &text, ErrorHandler onError)
        : StoreCommand(text, std::move(onError))
        , m_caseload(caseload)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    /// The record as it is after the command (as it was, for a removal).
    const Record &record() const { return m_after ? *m_after : *m_before; }

protected:
    Status apply() override
    {
        if (!m_after)
            return Store::remove(m_caseload, *m_before);
        if (!m_stamped) {
            Result<Record> stamped
                = m_before ? Store::update(m_caseload, *m_after) : Store::create(m_caseload, *m_after);
            if (!stamped)
                return stamped.error();
            m_after = *stamped;
            m_stamped = true;
            return {};
        }
        return m_before ? Store::put(m_caseload, *m_after) : Store::restore(m_caseload, *m_after);
    }

    Status revert() override
    {
        if (!m_before)
            return Store::remove(m_caseload, *m_after);
        if (!m_after)
            return Store::restore(m_caseload, *m_before);
        return Store::put(m_caseload, *m_before);
    }

private:
    Storage::Caseload &m_caseload;
    std::optional<Record> m_before;
    std::optional<Record> m_after;
    bool m_stamped = false;
};

} // namespace Traedesten::Ui
