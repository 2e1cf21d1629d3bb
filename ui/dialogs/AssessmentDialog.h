#pragma once

#include "FormDialog.h"
#include "domain/Goal.h"

#include <functional>

class QComboBox;

namespace Traedesten::Ui {

/**
 * The end assessment of a long-term goal: the citizen's own (achieved / got closer / not
 * closer) and the support person's (five levels), kept side by side because they differ.
 */
class AssessmentDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Goal &)>;
    AssessmentDialog(const Domain::Goal &goal, Saver save, QWidget *parent = nullptr);

    QComboBox *own() const { return m_own; }
    QComboBox *support() const { return m_support; }

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Goal m_original;
    Saver m_save;
    QLabel *m_goal = nullptr;
    QComboBox *m_own = nullptr;
    QComboBox *m_support = nullptr;
};

} // namespace Traedesten::Ui
