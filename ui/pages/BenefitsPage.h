#pragma once

#include "CitizenPage.h"
#include "domain/Benefit.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Ui {

class BenefitModel;
class CostChart;

/**
 * Relational budgeting for the citizen's household: the public benefits and services each
 * member receives with their monthly cost, the cost month by month stacked by department,
 * and how it has moved since the first month.
 */
class BenefitsPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit BenefitsPage(CaseEditor *editor, QWidget *parent = nullptr);

    BenefitModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CostChart *chart() const { return m_chart; }
    /// "This month … At the start … Change …", as shown above the chart.
    QString summary() const;
    /// The months the chart shows (from the first benefit, at most three years back, to this month).
    const QList<Domain::MonthlyCost> &series() const { return m_series; }

    void addBenefit();
    void editBenefit();
    void removeBenefit();
    void manageTypes();

protected:
    void reload() override;
    void retranslate() override;
    bool concerns(Storage::EntityType type, const QString &citizenId) const override;

private:
    void updateActions();
    void openDialog(const std::optional<Domain::Benefit> &before, const Domain::Benefit &start);

    BenefitModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_table;
    CostChart *m_chart;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_typeList;
    QString m_householdId;
    QList<Domain::HouseholdMember> m_members;
    QList<Domain::BenefitType> m_types;
    QList<Domain::Department> m_departments;
    QList<Domain::MonthlyCost> m_series;
};

} // namespace Traedesten::Ui
