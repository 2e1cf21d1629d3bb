#include "MeasurementsPage.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "OutcomeText.h"
#include "commands/RecordStores.h"
#include "dialogs/AssessmentDialog.h"
#include "dialogs/IndicatorsDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "models/IndicatorSummaryModel.h"
#include "storage/Caseload.h"
#include "widgets/FlowLayout.h"
#include "widgets/IndicatorChart.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

MeasurementsPage::MeasurementsPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new IndicatorSummaryModel(this))
    , m_table(new QTableView(this))
    , m_chart(new IndicatorChart(this))
    , m_measurements(new QTableWidget(this))
    , m_assessments(new QTableWidget(this))
    , m_measurementsLabel(new QLabel(this))
    , m_assessmentsLabel(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_who5(new QPushButton(this))
    , m_indicatorList(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_assess(new QPushButton(this))
{
    setObjectName(QStringLiteral("measurementsPage"));
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_measurements->setObjectName(QStringLiteral("measurementTable"));
    m_assessments->setObjectName(QStringLiteral("assessmentTable"));
    m_add->setObjectName(QStringLiteral("addMeasurement"));
    m_who5->setObjectName(QStringLiteral("addWho5"));
    m_indicatorList->setObjectName(QStringLiteral("indicatorsButton"));
    m_table->setModel(m_model);
    setUpList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // No column wider than about 30 characters: a long indicator name is cut (whole in its tooltip), so
    // baseline, latest and change come into view on a laptop screen.
    m_table->horizontalHeader()->setMaximumSectionSize(30 * m_table->fontMetrics().averageCharWidth());
    for (QTableWidget *t : { m_measurements, m_assessments }) {
        setUpList(t);
        t->setAlternatingRowColors(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_measurements->setColumnCount(4);
    m_assessments->setColumnCount(3);
    for (QLabel *l : { m_measurementsLabel, m_assessmentsLabel }) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    auto *remove = new QAction(this);
    remove->setObjectName(QStringLiteral("removeMeasurementKey"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_measurements->addAction(remove);
    connect(remove, &QAction::triggered, this, &MeasurementsPage::removeMeasurement);

    auto *buttons = new FlowLayout; // wraps rather than widening the window
    buttons->addWidget(m_add);
    buttons->addWidget(m_who5);
    buttons->addStretch();
    buttons->addWidget(m_indicatorList);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart, 3);
    for (QLabel *l : { m_measurementsLabel, m_assessmentsLabel })
        l->setWordWrap(true);
    auto *measurementButtons = new FlowLayout;
    measurementButtons->addWidget(m_measurementsLabel);
    measurementButtons->addStretch();
    measurementButtons->addWidget(m_edit);
    measurementButtons->addWidget(m_remove);
    rightLayout->addLayout(measurementButtons);
    rightLayout->addWidget(m_measurements, 2);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(right);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *assessmentButtons = new FlowLayout;
    assessmentButtons->addWidget(m_assessmentsLabel);
    assessmentButtons->addStretch();
    assessmentButtons->addWidget(m_assess);
    bottomLayout->addLayout(assessmentButtons);
    bottomLayout->addWidget(m_assessments);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const Indicator *i = currentIndicator();
        newMeasurement(i ? i->code : QString());
    });
    connect(m_who5, &QPushButton::clicked, this, [this] { newMeasurement(QStringLiteral("who5")); });
    connect(m_indicatorList, &QPushButton::clicked, this, &MeasurementsPage::manageIndicators);
    connect(m_edit, &QPushButton::clicked, this, &MeasurementsPage::editMeasurement);
    connect(m_remove, &QPushButton::clicked, this, &MeasurementsPage::removeMeasurement);
    connect(m_measurements, &QTableWidget::itemActivated, this, &MeasurementsPage::editMeasurement);
    connect(m_assess, &QPushButton::clicked, this, &MeasurementsPage::assessGoal);
    connect(m_assessments, &QTableWidget::itemActivated, this, &MeasurementsPage::assessGoal);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeasurementsPage::showIndicator);
    connect(m_measurements, &QTableWidget::currentCellChanged, this, &MeasurementsPage::updateActions);
    connect(m_assessments, &QTableWidget::currentCellChanged, this, &MeasurementsPage::updateActions);
    setTabOrder(m_add, m_who5);
    setTabOrder(m_who5, m_indicatorList);
    setTabOrder(m_indicatorList, m_table);
    setTabOrder(m_table, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_measurements);
    setTabOrder(m_measurements, m_assess);
    setTabOrder(m_assess, m_assessments);
    retranslate();
    reload();
}

bool MeasurementsPage::concerns(Storage::EntityType type, const QString &citizenId) const
{
    // The file's own indicators change the list for every citizen.
    return type == Storage::EntityType::Indicator || CitizenPage::concerns(type, citizenId);
}

const Indicator *MeasurementsPage::currentIndicator() const
{
    const Storage::IndicatorSummary *s = m_model->summaryAt(m_table->currentIndex().row());
    return s ? &s->indicator : nullptr;
}

void MeasurementsPage::reload()
{
    const QString current = m_table->currentIndex().data(IndicatorSummaryModel::IdRole).toString();
    Storage::Caseload *c = caseload();
    m_goals.clear();
    m_supportPerson.clear();
    if (!c || citizenId().isEmpty()) {
        m_model->setSummaries({});
    } else {
        m_model->setSummaries(c->measurements().summaries(citizenId()).value_or({}));
        for (const Storage::GoalWithStones &g : c->goals().goalsOf(citizenId()).value_or({}))
            m_goals << g.goal;
        if (auto citizen = c->citizens().get(citizenId()))
            m_supportPerson = citizen->supportPerson;
    }
    int row = m_model->rowOf(current);
    if (row < 0) { // the first measured indicator, so the chart shows something
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
            if (m_model->summaryAt(r)->count > 0)
                row = r;
        }
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMax(0, row), 0));
    showIndicator();

    const int assessed = m_assessments->currentRow();
    m_assessments->setRowCount(int(m_goals.size()));
    for (int r = 0; r < m_goals.size(); ++r) {
        const Goal &g = m_goals.at(r);
        const auto cell = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            return item;
        };
        m_assessments->setItem(r, 0, cell(QStringLiteral("“%1”").arg(g.ownWords)));
        m_assessments->setItem(
            r, 1, cell(g.ownAssessment ? OutcomeText::ownAssessment(*g.ownAssessment) : tr("Not assessed yet")));
        m_assessments->setItem(r, 2,
            cell(g.supportAssessment ? OutcomeText::supportAssessment(*g.supportAssessment) : tr("Not assessed yet")));
    }
    m_assessments->resizeColumnsToContents();
    if (!m_goals.isEmpty())
        m_assessments->setCurrentCell(qBound(0, assessed, int(m_goals.size()) - 1), 0);
    updateActions();
}

void MeasurementsPage::showIndicator()
{
    const Indicator *indicator = currentIndicator();
    Storage::Caseload *c = caseload();
    m_shown.clear();
    if (indicator && c)
        m_shown = c->measurements().measurements(citizenId(), indicator->id).value_or({});
    if (indicator)
        m_chart->setData(*indicator, m_shown);
    else
        m_chart->clear();
    m_measurementsLabel->setText(
        indicator ? tr("Measurements of %1").arg(OutcomeText::indicator(*indicator)) : tr("Measurements"));
    // Newest first in the table; the chart runs oldest to newest.
    m_measurements->setRowCount(int(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const Measurement &m = m_shown.at(m_shown.size() - 1 - r);
        m_measurements->setItem(r, 0, new QTableWidgetItem(DomainText::shortDate(m.measuredOn)));
        m_measurements->setItem(r, 1, new QTableWidgetItem(indicator ? OutcomeText::value(*indicator, m) : QString()));
        m_measurements->setItem(r, 2, new QTableWidgetItem(m.measuredBy));
        m_measurements->setItem(r, 3, new QTableWidgetItem(m.note));
    }
    m_measurements->resizeColumnsToContents();
    if (!m_shown.isEmpty())
        m_measurements->setCurrentCell(0, 0);
    updateActions();
}

void MeasurementsPage::updateActions()
{
    const bool open = caseload() && !citizenId().isEmpty();
    const bool measurement = open && m_measurements->currentRow() >= 0 && m_measurements->currentRow() < m_shown.size();
    m_add->setEnabled(open);
    m_who5->setEnabled(open);
    m_indicatorList->setEnabled(caseload() != nullptr);
    m_edit->setEnabled(measurement);
    m_remove->setEnabled(measurement);
    m_assess->setEnabled(open && m_assessments->currentRow() >= 0 && m_assessments->currentRow() < m_goals.size());
}

void MeasurementsPage::newMeasurement(const QString &indicatorCode)
{
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty())
        return;
    QList<Indicator> choices;
    Measurement m;
    m.citizenId = citizenId();
    m.measuredOn = QDate::currentDate();
    m.measuredBy = m_supportPerson;
    for (const Indicator &i : c->measurements().indicators().value_or({})) {
        if (i.archived)
            continue;
        choices << i;
        if (!indicatorCode.isEmpty() && i.code == indicatorCode)
            m.indicatorId = i.id;
    }
    if (m.indicatorId.isEmpty()) {
        if (const Indicator *i = currentIndicator(); i && !i->archived)
            m.indicatorId = i->id;
    }
    auto *dialog = new MeasurementDialog(
        m, choices,
        [this](const Measurement &after) -> Status {
            auto command = std::make_unique<MeasurementCommand>(
                *caseload(), std::nullopt, after, tr("add measurement"), editor()->errorHandler());
            auto *raw = command.get();
            if (Status s = editor()->run(std::move(command)); !s)
                return s;
            if (const int row = m_model->rowOf(raw->record().indicatorId); row >= 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeasurementsPage::editMeasurement()
{
    const Indicator *indicator = currentIndicator();
    const int row = m_measurements->currentRow();
    if (!caseload() || !indicator || row < 0 || row >= m_shown.size())
        return;
    const Measurement before = m_shown.at(m_shown.size() - 1 - row);
    auto *dialog = new MeasurementDialog(
        before, { *indicator },
        [this, before](const Measurement &after) -> Status {
            return editor()->run(std::make_unique<MeasurementCommand>(
                *caseload(), before, after, tr("edit measurement"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeasurementsPage::removeMeasurement()
{
    const Indicator *indicator = currentIndicator();
    const int row = m_measurements->currentRow();
    if (!caseload() || !indicator || row < 0 || row >= m_shown.size())
        return;
    const Measurement before = m_shown.at(m_shown.size() - 1 - row);
    if (!confirm(tr("Delete"),
            tr("Delete the measurement of %1 from %2?")
                .arg(OutcomeText::indicator(*indicator), DomainText::longDate(before.measuredOn)),
            tr("&Delete")))
        return;
    editor()->runOrReport(std::make_unique<MeasurementCommand>(
        *caseload(), before, std::nullopt, tr("delete measurement"), editor()->errorHandler()));
}

void MeasurementsPage::assessGoal()
{
    const int row = m_assessments->currentRow();
    Storage::Caseload *c = caseload();
    if (!c || row < 0 || row >= m_goals.size())
        return;
    auto before = c->goals().goal(m_goals.at(row).id);
    if (!before)
        return;
    auto *dialog = new AssessmentDialog(
        before->goal,
        [this, before = *before](const Goal &goal) -> Status {
            Storage::GoalWithStones after = before;
            after.goal = goal;
            return editor()->run(
                std::make_unique<GoalCommand>(*caseload(), before, after, tr("assess goal"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeasurementsPage::manageIndicators()
{
    if (!caseload())
        return;
    auto *dialog = new IndicatorsDialog(editor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeasurementsPage::retranslate()
{
    findChild<QAction *>(QStringLiteral("removeMeasurementKey"))->setText(tr("Remove the chosen measurement"));
    m_add->setText(tr("&Add measurement…"));
    m_who5->setText(tr("WHO-5 &questionnaire…"));
    m_who5->setToolTip(tr("The five WHO-5 statements about well-being, answered by the citizen"));
    m_indicatorList->setText(tr("&Indicators…"));
    m_indicatorList->setToolTip(tr("The case file's own indicators: add, rename or archive them"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Delete…"));
    m_assess->setText(tr("Assess the goal…"));
    m_assessmentsLabel->setText(tr("End assessment of the goals: the citizen's own beside the support person's"));
    m_measurements->setHorizontalHeaderLabels({ tr("Date"), tr("Value"), tr("Measured by"), tr("Note") });
    m_assessments->setHorizontalHeaderLabels({ tr("Goal"), tr("The citizen's own"), tr("The support person's") });
    m_table->setAccessibleName(tr("Indicators"));
    m_measurements->setAccessibleName(tr("Measurements"));
    m_assessments->setAccessibleName(tr("End assessments"));
}

} // namespace Traedesten::Ui
