#pragma once

#include "FormDialog.h"
#include "domain/SteppingStone.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace Traedesten::Ui {

/// Adds or edits a stepping stone on the way to a long-term goal.
class StoneDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::SteppingStone &)>;
    /// @p goalWords: the goal's own words, shown so the user sees what the stone leads to.
    StoneDialog(const Domain::SteppingStone &stone, const QString &goalWords, Saver save, QWidget *parent = nullptr);
    Domain::SteppingStone stone() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::SteppingStone m_original;
    Saver m_save;
    QLabel *m_goal = nullptr;
    QLineEdit *m_title = nullptr;
    DateField *m_due = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace Traedesten::Ui
