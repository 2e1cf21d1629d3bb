#pragma once

#include "FormDialog.h"
#include "domain/Budget.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace Traedesten::Ui {

/// Sets up or changes a citizen's personal budget: cap, period and status.
class BudgetDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Budget &)>;
    BudgetDialog(const Domain::Budget &budget, Saver save, QWidget *parent = nullptr);

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Budget m_original;
    Saver m_save;
    QLineEdit *m_cap = nullptr;
    DateField *m_start = nullptr;
    QComboBox *m_months = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace Traedesten::Ui
