#pragma once

#include "FormDialog.h"
#include "domain/Goal.h"

#include <functional>

class QComboBox;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// Adds or edits a long-term goal, written in the citizen's own words.
class GoalDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Goal &)>;
    GoalDialog(const Domain::Goal &goal, Saver save, QWidget *parent = nullptr);
    Domain::Goal goal() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Goal m_original;
    Saver m_save;
    QPlainTextEdit *m_words = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
};

} // namespace Traedesten::Ui
