#include "SharedPlansWindow.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "models/AccessLogModel.h"
#include "pages/FamilyPlanPage.h"
#include "storage/Caseload.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

SharedPlansWindow::SharedPlansWindow(CaseEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_historyModel(new AccessLogModel(this))
{
    setObjectName(QStringLiteral("sharedPlansWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("noSharedPlans"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("sharedPlansList"));
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 32); // a household's name and its part
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(m_list);
    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_plan = new FamilyPlanPage(editor, right);
    right->addWidget(m_plan);
    auto *historyBox = new QWidget(right);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyLabel = new QLabel(historyBox);
    m_history = new QTableView(historyBox);
    m_history->setObjectName(QStringLiteral("planHistory"));
    m_history->setModel(m_historyModel);
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_historyLabel->setBuddy(m_history);
    historyLayout->addWidget(m_historyLabel);
    historyLayout->addWidget(m_history);
    right->addWidget(historyBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SharedPlansWindow::showSelected);
    if (Storage::Caseload *c = editor->caseload())
        connect(&c->notifier(), &Storage::ChangeNotifier::changed, this, &SharedPlansWindow::reloadHistory);
    retranslate();
    ScreenFit::place(this, QSize(1280, 720));
}

void SharedPlansWindow::setCases(const QList<Sync::CaseAccessInfo> &cases, const QString &me)
{
    m_cases = cases;
    m_me = me;
    const QString current = m_household;
    m_list->clear();
    Storage::Caseload *c = m_editor->caseload();
    const QList<Domain::Department> departments
        = c ? c->plans().departments().value_or(QList<Domain::Department> {}) : QList<Domain::Department> {};
    for (const Sync::CaseAccessInfo &info : std::as_const(m_cases)) {
        if (info.kind != QLatin1String("household") || info.owner == me || !c)
            continue;
        auto household = c->households().get(info.caseId);
        if (!household)
            continue; // not (or no longer) in this file: no consent in force, or not fetched yet
        // The share that brought it here: the person's own, else their team's.
        const Sync::CaseShare *share = nullptr;
        for (const Sync::CaseShare &s : info.shares) {
            if (s.grantee == me || (!share && s.isTeam))
                share = &s;
        }
        QString part = tr("the whole plan");
        if (share && !share->department.isEmpty()) {
            part = tr("for another department");
            for (const Domain::Department &d : departments) {
                if (d.id == share->department)
                    part = tr("for %1").arg(DomainText::department(d));
            }
        }
        auto *item = new QListWidgetItem(tr("%1 — %2", "household — its part").arg(household->name, part), m_list);
        item->setData(Qt::UserRole, info.caseId);
        item->setData(Qt::UserRole + 1, share ? share->department : QString());
        item->setData(Qt::UserRole + 2, share && share->canWrite);
        if (info.caseId == current)
            m_list->setCurrentItem(item);
    }
    m_stack->setCurrentIndex(m_list->count() > 0 ? 1 : 0);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SharedPlansWindow::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_household = item->data(Qt::UserRole).toString();
    m_plan->showAsParticipant(
        m_household, item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole + 2).toBool());
    reloadHistory();
}

void SharedPlansWindow::reloadHistory()
{
    Storage::Caseload *c = m_editor->caseload();
    if (!c || m_household.isEmpty())
        return;
    // The plan's records: the household and members, every version with its goals, interventions, consents.
    QStringList ids { m_household };
    for (const Domain::HouseholdMember &m : c->households().members(m_household).value_or({}))
        ids << m.id;
    for (const Domain::FamilyPlan &p : c->plans().plans(m_household).value_or({})) {
        ids << p.id;
        for (const Domain::FamilyGoal &g : c->plans().goals(p.id).value_or({}))
            ids << g.id;
        for (const Domain::Intervention &i : c->plans().interventions(p.id).value_or({}))
            ids << i.id;
    }
    for (const Domain::Consent &consent : c->plans().consents(m_household).value_or({}))
        ids << consent.id;
    m_historyModel->setEvents(c->file().auditEventsOfRecords(ids).value_or({}));
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(1);
}

void SharedPlansWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setCases(m_cases, m_me);
    }
    QDialog::changeEvent(event);
}

void SharedPlansWindow::retranslate()
{
    setWindowTitle(tr("Shared family plans"));
    m_intro->setText(tr("Family plans that a family coordinator shares with you as a participant from another "
                        "department. You see the plan and its goals, and your department's interventions and "
                        "consents; you add and update your department's interventions and follow-ups. The "
                        "family's consent decides what your department may see."));
    m_empty->setText(tr("No family plans are shared with you. When a family coordinator shares one with you, and "
                        "the family's consent for your department is in force, it appears here at the next "
                        "synchronisation."));
    m_historyLabel->setText(tr("Who changed &what"));
    m_historyModel->retranslate();
}

} // namespace Traedesten::Ui
