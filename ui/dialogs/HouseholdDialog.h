#pragma once

#include "FormDialog.h"
#include "domain/Household.h"

#include <functional>

class QLineEdit;

namespace Traedesten::Ui {

/// Adds or renames a household and names its family coordinator.
class HouseholdDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Household &)>;
    HouseholdDialog(const Domain::Household &household, Saver save, QWidget *parent = nullptr);
    Domain::Household household() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Household m_original;
    Saver m_save;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_coordinator = nullptr;
};

} // namespace Traedesten::Ui
