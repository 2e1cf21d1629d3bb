#pragma once

#include "CitizenPage.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"
#include "print/FamilyPlanPrint.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeView;
class QTextBrowser;

namespace Traedesten::Ui {

class InterventionModel;

/**
 * The household's shared family plan: the members and their own goals, the
 * family's goals, interventions by department in priority order (Alt+Up /
 * Alt+Down), consents with warnings, versions (sign, then a new version for
 * a review), and printing the plan or a citizen's own plan. Every edit is undoable.
 */
class FamilyPlanPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit FamilyPlanPage(CaseEditor *editor, QWidget *parent = nullptr);

    QTreeView *interventions() const { return m_interventions; }
    InterventionModel *model() const { return m_model; }
    const std::optional<Domain::FamilyPlan> &plan() const { return m_plan; }

    void createPlan();
    void addIntervention();
    void editIntervention();
    void removeIntervention();
    void moveIntervention(int delta);
    void addFamilyGoal();
    void addConsent();
    void editConsent(int row);
    void editFamilyGoal(int row);
    void signPlan();
    void startNewVersion();
    /**
     * Shows the plan of @p householdId to a participant from another department (no citizen of the household
     * in this caseload): they see the plan as the team server gives it to them (its goals, and their
     * department's interventions and consents) and, with @p canWrite, add and update the interventions of
     * @p departmentId only; the rest is the coordinator's. An empty @p departmentId: the whole plan.
     */
    void showAsParticipant(const QString &householdId, const QString &departmentId, bool canWrite);
    /// Writes the family plan (or the citizen's own plan) as PDF atomically; records an audit event.
    Status writePdf(const QString &path, const QString &language, bool cafeSafe, FamilyPlanPrint::Kind kind);

protected:
    void reload() override;
    void retranslate() override;
    bool concerns(Storage::EntityType type, const QString &citizenId) const override;

private:
    void updateActions();
    bool editable() const;
    /// A participant's page: only their department's interventions change here.
    bool participant() const { return !m_participantHousehold.isEmpty(); }
    bool mayChange(const Domain::Intervention &intervention) const;
    /// (goal id, "name: own words") of the household's citizens, for linking family goals.
    QList<QPair<QString, QString>> memberGoalChoices() const;
    FamilyPlanPrint printout(const QString &language, bool cafeSafe, FamilyPlanPrint::Kind kind);
    void printPreview(FamilyPlanPrint::Kind kind);
    void exportPdf();

    InterventionModel *m_model = nullptr;
    QString m_householdId;
    QList<Domain::HouseholdMember> m_members;
    QList<Domain::Department> m_departments;
    QList<Domain::FamilyPlan> m_versions;
    std::optional<Domain::FamilyPlan> m_plan;
    QList<Domain::FamilyGoal> m_familyGoals;
    QList<Domain::Consent> m_consents;
    QString m_chosenPlanId;
    QString m_participantHousehold;
    QString m_participantDepartment;
    bool m_participantWrites = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_create = nullptr;
    QComboBox *m_version = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_newVersion = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_cafeSafe = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_myPlan = nullptr;
    QListWidget *m_goals = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_removeGoal = nullptr;
    QTextBrowser *m_memberGoals = nullptr;
    QTreeView *m_interventions = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_consentTable = nullptr;
    QPushButton *m_addConsent = nullptr;
    QPushButton *m_departmentList = nullptr;
    QLabel *m_interventionsLabel = nullptr;
    QLabel *m_goalsLabel = nullptr;
    QLabel *m_consentsLabel = nullptr;
    QLabel *m_membersLabel = nullptr;
};

} // namespace Traedesten::Ui
