#include "CommandGroup.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

CommandGroup::CommandGroup(Storage::Caseload &caseload, const QString &text,
    std::vector<std::unique_ptr<StoreCommand>> commands, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_commands(std::move(commands))
{ }

Status CommandGroup::apply()
{
    return m_caseload.inOneTransaction([this]() -> Status {
        for (const auto &command : m_commands) {
            if (Status s = command->apply(); !s)
                return s;
        }
        return {};
    });
}

Status CommandGroup::revert()
{
    return m_caseload.inOneTransaction([this]() -> Status {
        for (std::size_t i = m_commands.size(); i-- > 0;) {
            if (Status s = m_commands[i]->revert(); !s)
                return s;
        }
        return {};
    });
}

} // namespace Traedesten::Ui
