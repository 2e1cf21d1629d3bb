#pragma once

#include "StoreCommand.h"

#include <memory>
#include <vector>

namespace Traedesten::Ui {

/**
 * Several store commands as one undo step, all or nothing: if one is refused,
 * the ones before it are taken back and the refusal is returned. Undo runs
 * them backwards. (Each member is still its own transaction.)
 */
class CommandGroup : public StoreCommand
{
public:
    CommandGroup(const QString &text, std::vector<std::unique_ptr<StoreCommand>> commands, ErrorHandler onError);

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<std::unique_ptr<StoreCommand>> m_commands;
};

} // namespace Traedesten::Ui
