#pragma once

#include "FormDialog.h"
#include "domain/Budget.h"
#include "domain/LedgerEntry.h"
#include "domain/SpendingCategory.h"
#include "storage/GoalRepository.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Traedesten::Ui {

/**
 * Adds or edits a ledger entry: a purchase for a stepping stone, a refund or
 * an adjustment. The amount is typed as in the language (1.234,50 or 1,234.50).
 */
class EntryDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::LedgerEntry &)>;
    EntryDialog(const Domain::LedgerEntry &entry, const Domain::Budget &budget, qint64 remainingMinor,
        const QList<Storage::GoalWithStones> &goals, const QList<Domain::SpendingCategory> &categories, Saver save,
        QWidget *parent = nullptr);

protected:
    Status trySave() override;
    void retranslate() override;

private:
    void updateKind();

    Domain::LedgerEntry m_original;
    Domain::Budget m_budget;
    qint64 m_remaining;
    Saver m_save;
    QLabel *m_room = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    DateField *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_stone = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_payee = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_boughtBy = nullptr;
    QCheckBox *m_decided = nullptr;
};

} // namespace Traedesten::Ui
