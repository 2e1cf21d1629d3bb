#include "CommandGroup.h"

namespace Traedesten::Ui {

CommandGroup::CommandGroup(
    const QString &text, std::vector<std::unique_ptr<StoreCommand>> commands, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_commands(std::move(commands))
{ }

Status CommandGroup::apply()
{
    for (std::size_t i = 0; i < m_commands.size(); ++i) {
        if (Status s = m_commands[i]->apply(); !s) {
            for (std::size_t j = i; j-- > 0;)
                (void)m_commands[j]->revert(); // best effort: the refusal is what the user hears about
            return s;
        }
    }
    return {};
}

Status CommandGroup::revert()
{
    for (std::size_t i = m_commands.size(); i-- > 0;) {
        if (Status s = m_commands[i]->revert(); !s)
            return s;
    }
    return {};
}

} // namespace Traedesten::Ui
