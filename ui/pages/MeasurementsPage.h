#pragma once

#include "CitizenPage.h"
#include "domain/Goal.h"
#include "domain/Indicator.h"

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Traedesten::Ui {

class IndicatorChart;
class IndicatorSummaryModel;

/**
 * The effect for one citizen: every indicator with its baseline, latest value and change; the
 * chosen indicator over time (WHO-5 with its 50 and 35 lines) and its measurements; and the
 * end assessment of each long-term goal, the citizen's own beside the support person's.
 */
class MeasurementsPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit MeasurementsPage(CaseEditor *editor, QWidget *parent = nullptr);

    IndicatorSummaryModel *model() const { return m_model; }
    QTableView *indicators() const { return m_table; }
    QTableWidget *measurementTable() const { return m_measurements; }
    QTableWidget *assessmentTable() const { return m_assessments; }
    IndicatorChart *chart() const { return m_chart; }

    /// Opens the measurement dialog, on @p indicatorCode when given (e.g. "who5").
    void newMeasurement(const QString &indicatorCode = {});
    void editMeasurement();
    void removeMeasurement();
    void assessGoal();
    void manageIndicators();

protected:
    void reload() override;
    void retranslate() override;
    bool concerns(Storage::EntityType type, const QString &citizenId) const override;

private:
    void showIndicator();
    void updateActions();
    const Domain::Indicator *currentIndicator() const;

    IndicatorSummaryModel *m_model;
    QTableView *m_table;
    IndicatorChart *m_chart;
    QTableWidget *m_measurements;
    QTableWidget *m_assessments;
    QLabel *m_measurementsLabel;
    QLabel *m_assessmentsLabel;
    QPushButton *m_add;
    QPushButton *m_who5;
    QPushButton *m_indicatorList;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_assess;
    QList<Domain::Measurement> m_shown; ///< the chosen indicator's measurements, oldest first
    QList<Domain::Goal> m_goals;
    QString m_supportPerson;
};

} // namespace Traedesten::Ui
