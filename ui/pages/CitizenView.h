#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Traedesten::Ui {

class BenefitsPage;
class BudgetPage;
class FamilyPlanPage;
class CaseEditor;
class GoalsPage;
class HouseholdPage;
class JournalPage;
class MeasurementsPage;
class OverviewPage;

/// The selected citizen's pages beside the caseload: a heading and the tabs.
class CitizenView : public QWidget
{
    Q_OBJECT

public:
    /// The citizen's pages, in tab order.
    enum class Page { Overview, Goals, Budget, FamilyPlan, Measurements, Benefits, Household, Journal };
    Q_ENUM(Page)

    explicit CitizenView(CaseEditor *editor, QWidget *parent = nullptr);

    /// Brings @p page to the front.
    void showPage(Page page);
    Page currentPage() const;

    void setCitizen(const QString &citizenId);
    QString citizenId() const { return m_citizenId; }

    /// "Who has seen or changed this?": opens the citizen's access log.
    void showAccessLog();
    QPushButton *accessLogButton() const { return m_accessLog; }

    QTabWidget *tabs() const { return m_tabs; }
    OverviewPage *overview() const { return m_overview; }
    GoalsPage *goals() const { return m_goals; }
    BudgetPage *budget() const { return m_budget; }
    FamilyPlanPage *familyPlan() const { return m_familyPlan; }
    MeasurementsPage *measurements() const { return m_measurements; }
    BenefitsPage *benefits() const { return m_benefits; }
    HouseholdPage *household() const { return m_household; }
    JournalPage *journal() const { return m_journal; }

Q_SIGNALS:
    void editCitizenRequested(const QString &citizenId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeading();

    CaseEditor *m_editor;
    QMetaObject::Connection m_changes;
    QString m_citizenId;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_none = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_accessLog = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    GoalsPage *m_goals = nullptr;
    BudgetPage *m_budget = nullptr;
    FamilyPlanPage *m_familyPlan = nullptr;
    MeasurementsPage *m_measurements = nullptr;
    BenefitsPage *m_benefits = nullptr;
    HouseholdPage *m_household = nullptr;
    JournalPage *m_journal = nullptr;
};

} // namespace Traedesten::Ui
