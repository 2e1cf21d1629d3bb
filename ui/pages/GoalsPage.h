#pragma once

#include "CitizenPage.h"

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Traedesten::Ui {

class GoalTreeModel;

/**
 * The citizen's long-term goals, in their own words, each with its stepping
 * stones: add, edit, reorder (drag, or Alt+Up / Alt+Down), complete, drop,
 * delete. Every edit is an undoable command.
 */
class GoalsPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit GoalsPage(CaseEditor *editor, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    GoalTreeModel *model() const { return m_model; }

    void newGoal();
    void newStone();
    void editCurrent();
    void moveCurrent(int delta);
    void setCurrentStoneStatus(int status);
    void removeCurrent();

protected:
    void reload() override;
    void retranslate() override;

private:
    void updateActions();
    void reorder(bool goals, const QString &parentId, const QStringList &before, const QStringList &after);
    QString currentId() const;
    void selectId(const QString &id);

    GoalTreeModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QLabel *m_hint = nullptr;
    QAction *m_newGoal = nullptr;
    QAction *m_newStone = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QAction *m_inProgress = nullptr;
    QAction *m_done = nullptr;
    QAction *m_drop = nullptr;
    QAction *m_remove = nullptr;
    QString m_selectAfterReload;
};

} // namespace Traedesten::Ui
