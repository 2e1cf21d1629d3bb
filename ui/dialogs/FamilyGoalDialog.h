#pragma once

#include "FormDialog.h"
#include "domain/FamilyPlan.h"

#include <QPair>

#include <functional>

class QListWidget;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// Adds or edits a family goal and the members' own long-term goals it builds on.
class FamilyGoalDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::FamilyGoal &)>;
    /// @p memberGoals: (goal id, "name: own words") of the household's citizens.
    FamilyGoalDialog(const Domain::FamilyGoal &goal, const QList<QPair<QString, QString>> &memberGoals, Saver save,
        QWidget *parent = nullptr);

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::FamilyGoal m_original;
    Saver m_save;
    QPlainTextEdit *m_text = nullptr;
    QListWidget *m_links = nullptr;
};

} // namespace Traedesten::Ui
