#pragma once

#include "StoreCommand.h"

#include <memory>
#include <vector>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/**
 * Several store commands as one undo step and one transaction: if one is
 * refused, none of them is kept and the refusal is returned. Undo runs them
 * backwards, again as one transaction.
 */
class CommandGroup : public StoreCommand
{
public:
    CommandGroup(Storage::Caseload &caseload, const QString &text, std::vector<std::unique_ptr<StoreCommand>> commands,
        ErrorHandler onError);

protected:
    Status apply() override;
    Status revert() override;

private:
    Storage::Caseload &m_caseload;
    std::vector<std::unique_ptr<StoreCommand>> m_commands;
};

} // namespace Traedesten::Ui
