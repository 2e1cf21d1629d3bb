#pragma once

#include "sync/TeamDirectory.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class AccessLogModel;
class CaseEditor;
class FamilyPlanPage;

/**
 * Team ▸ Shared family plans…: the family plans a coordinator shared with this person as a participant from
 * another department (the caseworker, the school, health), each as the team server lets them see it: the
 * household, the plan and its goals, and their department's interventions and consents, which they add to
 * and update; beside it, who changed what in the plan, here or through the team server.
 */
class SharedPlansWindow : public QDialog
{
    Q_OBJECT

public:
    SharedPlansWindow(CaseEditor *editor, QWidget *parent = nullptr);

    /// The cases the server says this person may see (@p me: their user name on the server).
    void setCases(const QList<Sync::CaseAccessInfo> &cases, const QString &me);
    QListWidget *list() const { return m_list; }
    FamilyPlanPage *planPage() const { return m_plan; }
    QTableView *history() const { return m_history; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void reloadHistory();

    CaseEditor *m_editor;
    QList<Sync::CaseAccessInfo> m_cases;
    QString m_me;
    QLabel *m_intro = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    FamilyPlanPage *m_plan = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTableView *m_history = nullptr;
    AccessLogModel *m_historyModel = nullptr;
    QString m_household;
};

} // namespace Traedesten::Ui
