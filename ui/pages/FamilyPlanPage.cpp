#include "FamilyPlanPage.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "ErrorText.h"
#include "commands/NewVersionCommand.h"
#include "commands/RecordStores.h"
#include "commands/ReorderCommand.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/DepartmentsDialog.h"
#include "dialogs/FamilyGoalDialog.h"
#include "dialogs/InterventionDialog.h"
#include "dialogs/SignDialog.h"
#include "models/InterventionModel.h"
#include "print/DocumentPrinter.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/FlowLayout.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

FamilyPlanPage::FamilyPlanPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new InterventionModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_version(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_sign(new QPushButton(this))
    , m_newVersion(new QPushButton(this))
    , m_language(new QComboBox(this))
    , m_cafeSafe(new QCheckBox(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_myPlan(new QPushButton(this))
    , m_goals(new QListWidget(this))
    , m_addGoal(new QPushButton(this))
    , m_removeGoal(new QPushButton(this))
    , m_memberGoals(new QTextBrowser(this))
    , m_interventions(new QTreeView(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_consentTable(new QTableWidget(this))
    , m_addConsent(new QPushButton(this))
    , m_departmentList(new QPushButton(this))
    , m_interventionsLabel(new QLabel(this))
    , m_goalsLabel(new QLabel(this))
    , m_consentsLabel(new QLabel(this))
    , m_membersLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("familyPlanPage"));
    m_create->setObjectName(QStringLiteral("createPlan"));
    m_add->setObjectName(QStringLiteral("addInterventionButton"));
    m_edit->setObjectName(QStringLiteral("editInterventionButton"));
    m_addGoal->setObjectName(QStringLiteral("addFamilyGoalButton"));
    m_addConsent->setObjectName(QStringLiteral("addConsentButton"));
    m_sign->setObjectName(QStringLiteral("signPlanButton"));
    m_departmentList->setObjectName(QStringLiteral("departmentsButton"));
    m_interventions->setObjectName(QStringLiteral("interventionTree"));
    m_interventions->setModel(m_model);
    m_interventions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_interventions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interventions->setAlternatingRowColors(true);
    m_interventions->setDragDropMode(QAbstractItemView::InternalMove);
    m_interventions->setDefaultDropAction(Qt::MoveAction);
    m_interventions->setDropIndicatorShown(true);
    m_interventions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interventions->header()->setSectionResizeMode(InterventionModel::TitleColumn, QHeaderView::Stretch);
    // The title and the responsible person share what the short columns leave, so neither is cut to a word
    // on a laptop screen (each whole in its tooltip).
    m_interventions->header()->setSectionResizeMode(InterventionModel::ResponsibleColumn, QHeaderView::Stretch);
    // Read from the members' records and shown as text: the citizen's own words wrap in the narrow
    // column instead of being cut off.
    m_memberGoals->setObjectName(QStringLiteral("memberGoals"));
    m_memberGoals->setOpenLinks(false);
    m_memberGoals->document()->setIndentWidth(14);
    m_goals->setWordWrap(true);
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_consentTable->setColumnCount(5);
    m_consentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_consentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_consentTable->verticalHeader()->hide();
    m_consentTable->horizontalHeader()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_cafeSafe->setChecked(true); // the safe choice first: plans are printed for café meetings
    for (QLabel *l : { m_interventionsLabel, m_goalsLabel, m_consentsLabel, m_membersLabel }) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }

    const auto addShortcut = [this](const char *name, QKeySequence key, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_interventions->addAction(a);
        connect(a, &QAction::triggered, this, slot);
    };
    addShortcut("moveInterventionUp", QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveIntervention(-1); });
    addShortcut("moveInterventionDown", QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveIntervention(+1); });
    addShortcut("removeInterventionKey", QKeySequence::Delete, [this] { removeIntervention(); });

    QWidget *emptyPage = makeEmptyState(m_empty, m_create);

    auto *planPage = new QWidget(this);
    // Rows of buttons wrap rather than widening the window (1366×768 laptops).
    auto *top = new FlowLayout;
    top->addWidget(m_version);
    top->addWidget(m_sign);
    top->addWidget(m_newVersion);
    m_state->setWordWrap(true);
    auto *printRow = new FlowLayout;
    printRow->addWidget(m_language);
    printRow->addWidget(m_cafeSafe);
    printRow->addStretch();
    printRow->addWidget(m_print);
    printRow->addWidget(m_pdf);
    printRow->addWidget(m_myPlan);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_goalsLabel);
    leftLayout->addWidget(m_goals, 1);
    auto *goalButtons = new FlowLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addWidget(m_removeGoal);
    goalButtons->addStretch();
    leftLayout->addLayout(goalButtons);
    leftLayout->addWidget(m_membersLabel);
    leftLayout->addWidget(m_memberGoals, 2);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    for (QLabel *l : { m_interventionsLabel, m_consentsLabel })
        l->setWordWrap(true);
    auto *interventionButtons = new FlowLayout;
    interventionButtons->addWidget(m_interventionsLabel);
    interventionButtons->addStretch();
    interventionButtons->addWidget(m_add);
    interventionButtons->addWidget(m_edit);
    interventionButtons->addWidget(m_remove);
    rightLayout->addLayout(interventionButtons);
    rightLayout->addWidget(m_interventions, 3);
    auto *consentButtons = new FlowLayout;
    consentButtons->addWidget(m_consentsLabel);
    consentButtons->addStretch();
    consentButtons->addWidget(m_addConsent);
    consentButtons->addWidget(m_departmentList);
    rightLayout->addLayout(consentButtons);
    rightLayout->addWidget(m_consentTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addLayout(top);
    planLayout->addWidget(m_state);
    planLayout->addLayout(printRow);
    planLayout->addWidget(splitter, 1);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(planPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_create, &QPushButton::clicked, this, &FamilyPlanPage::createPlan);
    connect(m_add, &QPushButton::clicked, this, &FamilyPlanPage::addIntervention);
    connect(m_edit, &QPushButton::clicked, this, &FamilyPlanPage::editIntervention);
    connect(m_interventions, &QTreeView::activated, this, &FamilyPlanPage::editIntervention);
    connect(m_remove, &QPushButton::clicked, this, &FamilyPlanPage::removeIntervention);
    connect(m_addGoal, &QPushButton::clicked, this, &FamilyPlanPage::addFamilyGoal);
    connect(m_removeGoal, &QPushButton::clicked, this, [this] {
        const int row = m_goals->currentRow();
        if (!caseload() || row < 0 || row >= m_familyGoals.size())
            return;
        this->editor()->runOrReport(std::make_unique<FamilyGoalCommand>(*caseload(), m_familyGoals.at(row),
            std::nullopt, tr("remove family goal"), this->editor()->errorHandler()));
    });
    connect(m_addConsent, &QPushButton::clicked, this, &FamilyPlanPage::addConsent);
    connect(m_departmentList, &QPushButton::clicked, this, [this] {
        if (!caseload())
            return;
        auto *dialog = new DepartmentsDialog(this->editor(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Double-click (or Enter) edits a consent, e.g. to note its withdrawal, or a family goal.
    connect(m_consentTable, &QTableWidget::cellActivated, this, [this](int row) { editConsent(row); });
    connect(m_goals, &QListWidget::itemActivated, this, [this] { editFamilyGoal(m_goals->currentRow()); });
    connect(m_sign, &QPushButton::clicked, this, &FamilyPlanPage::signPlan);
    connect(m_newVersion, &QPushButton::clicked, this, &FamilyPlanPage::startNewVersion);
    connect(m_print, &QPushButton::clicked, this, [this] { printPreview(FamilyPlanPrint::Kind::FamilyPlan); });
    connect(m_myPlan, &QPushButton::clicked, this, [this] { printPreview(FamilyPlanPrint::Kind::MyPlan); });
    connect(m_pdf, &QPushButton::clicked, this, &FamilyPlanPage::exportPdf);
    connect(m_version, &QComboBox::activated, this, [this] {
        m_chosenPlanId = m_version->currentData().toString();
        reload();
    });
    connect(
        m_interventions->selectionModel(), &QItemSelectionModel::currentChanged, this, &FamilyPlanPage::updateActions);
    // Queued: the drop must be over before the model is reloaded under the view.
    connect(
        m_model, &InterventionModel::reorderRequested, this,
        [this](const QString &department, const QStringList &before, const QStringList &after) {
            if (!editable())
                return;
            this->editor()->runOrReport(
                std::make_unique<ReorderCommand>(*caseload(), ReorderCommand::Kind::Interventions, m_plan->id, before,
                    after, tr("reorder interventions"), this->editor()->errorHandler(), department));
        },
        Qt::QueuedConnection);
    retranslate();
    reload();
}

bool FamilyPlanPage::concerns(Storage::EntityType type, const QString &citizenId) const
{
    using Storage::EntityType;
    return type == EntityType::FamilyPlan || type == EntityType::FamilyGoal || type == EntityType::Intervention
        || type == EntityType::Consent || type == EntityType::Department || type == EntityType::Household
        || type == EntityType::HouseholdMember || CitizenPage::concerns(type, citizenId);
}

bool FamilyPlanPage::editable() const
{
    // Only the newest version, while it is a draft.
    return caseload() && m_plan && m_plan->status == PlanStatus::Draft && !m_versions.isEmpty()
        && m_versions.first().id == m_plan->id;
}

void FamilyPlanPage::showAsParticipant(const QString &householdId, const QString &departmentId, bool canWrite)
{
    m_participantHousehold = householdId;
    m_participantDepartment = departmentId;
    m_participantWrites = canWrite;
    reload();
}

bool FamilyPlanPage::mayChange(const Intervention &intervention) const
{
    return !participant()
        || (m_participantWrites
            && (m_participantDepartment.isEmpty() || intervention.departmentId == m_participantDepartment));
}

void FamilyPlanPage::reload()
{
    const QString current = m_interventions->currentIndex().data(InterventionModel::IdRole).toString();
    m_householdId.clear();
    m_members.clear();
    m_versions.clear();
    m_plan.reset();
    m_familyGoals.clear();
    m_consents.clear();
    Storage::Caseload *c = caseload();
    if (c && !citizenId().isEmpty()) {
        if (auto citizen = c->citizens().get(citizenId()))
            m_householdId = citizen->householdId;
    } else if (participant()) {
        m_householdId = m_participantHousehold;
    }
    if (m_householdId.isEmpty() || !c) {
        m_model->setPlan({}, {}, {}, {});
        m_empty->setText(tr("This citizen is not in a household.\nA family plan belongs to a household: create one "
                            "on the Household tab first."));
        m_create->setVisible(false);
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_members = c->households().members(m_householdId).value_or({});
    m_departments = c->plans().departments().value_or({});
    m_versions = c->plans().plans(m_householdId).value_or({});
    if (m_versions.isEmpty()) {
        m_model->setPlan({}, {}, {}, {});
        m_empty->setText(
            tr("No family plan yet.\nThe family plan gathers every intervention for the adults and "
               "children across departments, prioritised, with who is responsible. Make it with the family."));
        m_create->setVisible(true);
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    for (const FamilyPlan &p : std::as_const(m_versions)) {
        if (p.id == m_chosenPlanId)
            m_plan = p;
    }
    if (!m_plan)
        m_plan = m_versions.first();
    {
        const QSignalBlocker blocker(m_version);
        m_version->clear();
        for (const FamilyPlan &p : std::as_const(m_versions)) {
            const QString text = p.status == PlanStatus::Signed
                ? tr("Version %1, signed %2").arg(p.version).arg(DomainText::shortDate(p.signedOn))
                : tr("Version %1 (draft)").arg(p.version);
            m_version->addItem(text, p.id);
        }
        m_version->setCurrentIndex(qMax(0, m_version->findData(m_plan->id)));
    }
    m_state->setText(editable() ? tr("Being prepared with the family. Sign it at the meeting.")
                                : tr("Kept as it was. Start a new version for the review."));
    m_familyGoals = c->plans().goals(m_plan->id).value_or({});
    m_consents = c->plans().consents(m_householdId).value_or({});
    QHash<QString, QString> names;
    for (const HouseholdMember &m : std::as_const(m_members))
        names.insert(m.id, m.name);
    m_model->setPlan(m_departments, c->plans().interventions(m_plan->id).value_or({}), names,
        c->plans().missingConsents(m_plan->id, QDate::currentDate()).value_or({}));
    // A department's heading runs across the row, so it is never cut to a word.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_interventions->setFirstColumnSpanned(row, QModelIndex(), true);
    m_interventions->expandAll();
    if (const QModelIndex index = m_model->indexOf(current); index.isValid())
        m_interventions->setCurrentIndex(index);

    m_goals->clear();
    for (const FamilyGoal &g : std::as_const(m_familyGoals))
        m_goals->addItem(g.text);
    QString goalsHtml;
    for (const HouseholdMember &m : std::as_const(m_members)) {
        goalsHtml += QStringLiteral("<p style=\"margin-bottom: 2px;\"><b>%1</b></p>").arg(m.name.toHtmlEscaped());
        const auto goals
            = m.citizenId.isEmpty() ? QList<Storage::GoalWithStones> {} : c->goals().goalsOf(m.citizenId).value_or({});
        if (goals.isEmpty()) {
            goalsHtml
                += QStringLiteral("<p style=\"margin-left: 12px; color: #666;\"><i>%1</i></p>")
                       .arg(m.citizenId.isEmpty() ? tr("Not a citizen in the caseload: no goals of their own here.")
                                                  : tr("No goals written yet."));
            continue;
        }
        goalsHtml += QStringLiteral("<ul>");
        for (const Storage::GoalWithStones &g : goals) {
            goalsHtml += QStringLiteral("<li>“%1”").arg(g.goal.ownWords.toHtmlEscaped());
            QStringList stones;
            for (const SteppingStone &s : g.stones)
                stones << QStringLiteral("%1 — %2").arg(s.title, DomainText::stoneStatus(s.status)).toHtmlEscaped();
            if (!stones.isEmpty())
                goalsHtml += QStringLiteral("<ul><li>%1</li></ul>").arg(stones.join(QStringLiteral("</li><li>")));
            goalsHtml += QStringLiteral("</li>");
        }
        goalsHtml += QStringLiteral("</ul>");
    }
    m_memberGoals->setHtml(goalsHtml);
    m_consentTable->setRowCount(int(m_consents.size()));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < m_consents.size(); ++r) {
        const Consent &cs = m_consents.at(r);
        QString department;
        for (const Department &d : std::as_const(m_departments)) {
            if (d.id == cs.departmentId)
                department = DomainText::department(d);
        }
        const QString state = cs.isValidOn(today) ? tr("Valid")
            : cs.withdrawnOn.isValid() && cs.withdrawnOn <= today
            ? tr("Withdrawn %1").arg(DomainText::shortDate(cs.withdrawnOn))
            : cs.expiresOn.isValid() && cs.expiresOn < today ? tr("Expired %1").arg(DomainText::shortDate(cs.expiresOn))
                                                             : tr("From %1").arg(DomainText::shortDate(cs.givenOn));
        const QStringList cells { names.value(cs.memberId), department, cs.scope, DomainText::shortDate(cs.givenOn),
            state };
        for (int col = 0; col < cells.size(); ++col)
            m_consentTable->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_consentTable->resizeColumnsToContents();
    m_stack->setCurrentIndex(1);
    updateActions();
}

void FamilyPlanPage::updateActions()
{
    const bool can = editable();
    const Intervention *i = m_model->interventionAt(m_interventions->currentIndex());
    m_add->setEnabled(can && !m_members.isEmpty() && (!participant() || m_participantWrites));
    m_edit->setEnabled(can && i && mayChange(*i));
    m_remove->setEnabled(can && i && mayChange(*i));
    // A participant's part is their department's interventions; the plan itself is the coordinator's.
    m_addGoal->setEnabled(can && !participant());
    m_removeGoal->setEnabled(can && m_goals->count() > 0 && !participant());
    m_addConsent->setEnabled(caseload() && !m_members.isEmpty() && !participant());
    m_departmentList->setEnabled(caseload() != nullptr);
    m_sign->setEnabled(can && !participant());
    m_create->setEnabled(caseload() != nullptr && !participant());
    m_newVersion->setEnabled(!participant() && caseload() && m_plan && m_plan->status == PlanStatus::Signed
        && !m_versions.isEmpty() && m_versions.first().id == m_plan->id);
    bool citizenInHousehold = false;
    for (const HouseholdMember &m : std::as_const(m_members))
        citizenInHousehold |= m.citizenId == citizenId();
    m_myPlan->setEnabled(m_plan && citizenInHousehold);
}

void FamilyPlanPage::createPlan()
{
    if (!caseload() || m_householdId.isEmpty() || participant())
        return;
    FamilyPlan p;
    p.householdId = m_householdId;
    editor()->runOrReport(std::make_unique<PlanCommand>(
        *caseload(), std::nullopt, p, tr("create family plan"), editor()->errorHandler()));
}

void FamilyPlanPage::addIntervention()
{
    if (!editable())
        return;
    Intervention i;
    i.planId = m_plan->id;
    i.startDate = QDate::currentDate();
    for (const HouseholdMember &m : std::as_const(m_members)) {
        if (m.citizenId == citizenId())
            i.memberIds << m.id;
    }
    QList<Domain::Department> departments = m_departments;
    if (participant() && !m_participantDepartment.isEmpty()) {
        if (!m_participantWrites)
            return;
        i.departmentId = m_participantDepartment;
        departments.removeIf([this](const Domain::Department &d) { return d.id != m_participantDepartment; });
    }
    auto *dialog = new InterventionDialog(
        i, m_members, departments,
        [this](const Intervention &in) -> Status {
            return editor()->run(std::make_unique<InterventionCommand>(
                *caseload(), std::nullopt, in, tr("add intervention"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::editIntervention()
{
    const Intervention *i = m_model->interventionAt(m_interventions->currentIndex());
    if (!editable() || !i || !mayChange(*i))
        return;
    QList<Domain::Department> departments = m_departments;
    if (participant() && !m_participantDepartment.isEmpty())
        departments.removeIf([this](const Domain::Department &d) { return d.id != m_participantDepartment; });
    auto *dialog = new InterventionDialog(
        *i, m_members, departments,
        [this, before = *i](const Intervention &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<InterventionCommand>(
                *caseload(), before, after, tr("edit intervention"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::removeIntervention()
{
    const Intervention *i = m_model->interventionAt(m_interventions->currentIndex());
    if (!editable() || !i || !mayChange(*i))
        return;
    const Intervention before = *i;
    if (!confirm(tr("Remove"), tr("Remove the intervention “%1” from the plan?").arg(before.title), tr("&Remove"))
        || !editable())
        return;
    editor()->runOrReport(std::make_unique<InterventionCommand>(
        *caseload(), before, std::nullopt, tr("remove intervention"), editor()->errorHandler()));
}

void FamilyPlanPage::moveIntervention(int delta)
{
    const Intervention *i = m_model->interventionAt(m_interventions->currentIndex());
    if (!editable() || !i || participant())
        return;
    const QStringList before = m_model->orderOf(i->departmentId);
    const int from = int(before.indexOf(i->id));
    const int to = from + delta;
    if (to < 0 || to >= before.size())
        return;
    QStringList after = before;
    after.move(from, to);
    editor()->runOrReport(std::make_unique<ReorderCommand>(*caseload(), ReorderCommand::Kind::Interventions, m_plan->id,
        before, after, tr("reorder interventions"), editor()->errorHandler(), i->departmentId));
}

void FamilyPlanPage::addFamilyGoal()
{
    Storage::Caseload *c = caseload();
    if (!editable() || !c || participant())
        return;
    const QList<QPair<QString, QString>> memberGoals = memberGoalChoices();
    FamilyGoal g;
    g.planId = m_plan->id;
    auto *dialog = new FamilyGoalDialog(
        g, memberGoals,
        [this](const FamilyGoal &goal) -> Status {
            return editor()->run(std::make_unique<FamilyGoalCommand>(
                *caseload(), std::nullopt, goal, tr("add family goal"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<QPair<QString, QString>> FamilyPlanPage::memberGoalChoices() const
{
    QList<QPair<QString, QString>> choices;
    Storage::Caseload *c = caseload();
    for (const HouseholdMember &m : std::as_const(m_members)) {
        if (m.citizenId.isEmpty() || !c)
            continue;
        for (const Storage::GoalWithStones &g : c->goals().goalsOf(m.citizenId).value_or({}))
            choices.append({ g.goal.id, QStringLiteral("%1: “%2”").arg(m.name, g.goal.ownWords) });
    }
    return choices;
}

void FamilyPlanPage::addConsent()
{
    if (!caseload() || m_members.isEmpty() || participant())
        return;
    Consent cs;
    cs.householdId = m_householdId;
    cs.givenOn = QDate::currentDate();
    auto *dialog = new ConsentDialog(
        cs, m_members, m_departments,
        [this](const Consent &consent) -> Status {
            return editor()->run(std::make_unique<ConsentCommand>(
                *caseload(), std::nullopt, consent, tr("add consent"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::editConsent(int row)
{
    if (!caseload() || participant() || row < 0 || row >= m_consents.size())
        return;
    auto *dialog = new ConsentDialog(
        m_consents.at(row), m_members, m_departments,
        [this, before = m_consents.at(row)](const Consent &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<ConsentCommand>(
                *caseload(), before, after, tr("edit consent"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::editFamilyGoal(int row)
{
    Storage::Caseload *c = caseload();
    if (!editable() || !c || participant() || row < 0 || row >= m_familyGoals.size())
        return;
    const QList<QPair<QString, QString>> memberGoals = memberGoalChoices();
    auto *dialog = new FamilyGoalDialog(
        m_familyGoals.at(row), memberGoals,
        [this, before = m_familyGoals.at(row)](const FamilyGoal &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<FamilyGoalCommand>(
                *caseload(), before, after, tr("edit family goal"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::signPlan()
{
    if (!editable())
        return;
    auto *dialog = new SignDialog(
        m_plan->version,
        [this, before = *m_plan](const QDate &signedOn) -> Status {
            if (!caseload())
                return Error { ErrorCode::Locked };
            FamilyPlan after = before;
            after.status = PlanStatus::Signed;
            after.signedOn = signedOn;
            return editor()->run(std::make_unique<PlanCommand>(
                *caseload(), before, after, tr("sign family plan"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FamilyPlanPage::startNewVersion()
{
    if (!caseload() || !m_plan)
        return;
    m_chosenPlanId.clear(); // show the new version
    editor()->runOrReport(std::make_unique<NewVersionCommand>(
        *caseload(), m_plan->id, tr("new version of the family plan"), editor()->errorHandler()));
}

FamilyPlanPrint FamilyPlanPage::printout(const QString &language, bool cafeSafe, FamilyPlanPrint::Kind kind)
{
    Storage::Caseload *c = caseload();
    FamilyPlanPrint::Data printed;
    printed.municipality = DocumentPrinter::municipality(c->file());
    printed.logo = DocumentPrinter::logo(c->file());
    if (auto household = c->households().get(m_householdId)) {
        printed.householdName = household->name;
        printed.familyCoordinator = household->familyCoordinator;
    }
    if (auto citizen = c->citizens().get(citizenId()))
        printed.supportPerson = citizen->supportPerson;
    printed.plan = *m_plan;
    for (const HouseholdMember &m : std::as_const(m_members)) {
        FamilyPlanPrint::Member member { m, std::nullopt, {} };
        if (!m.citizenId.isEmpty()) {
            if (auto citizen = c->citizens().get(m.citizenId))
                member.citizen = *citizen;
            member.goals = c->goals().goalsOf(m.citizenId).value_or({});
        }
        printed.members.append(member);
    }
    printed.familyGoals = m_familyGoals;
    printed.departments = m_departments;
    printed.interventions = c->plans().interventions(m_plan->id).value_or({});
    printed.consents = m_consents;
    printed.printedOn = QDate::currentDate();
    return FamilyPlanPrint(std::move(printed), language, cafeSafe, kind, citizenId());
}

void FamilyPlanPage::printPreview(FamilyPlanPrint::Kind kind)
{
    Storage::Caseload *c = caseload();
    if (!c || !m_plan)
        return;
    const FamilyPlanPrint doc = printout(m_language->currentData().toString(), m_cafeSafe->isChecked(), kind);
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    DocumentPrinter::setUpPrinter(printer.get());
    printer->setDocName(doc.title());
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [doc, printer](QPrinter *p) { doc.print(p); });
    (void)c->file().recordEvent(AuditAction::Printed,
        kind == FamilyPlanPrint::Kind::MyPlan ? QStringLiteral("my_plan") : QStringLiteral("family_plan"), m_plan->id,
        citizenId());
    preview->open();
}

void FamilyPlanPage::exportPdf()
{
    if (!caseload() || !m_plan)
        return;
    const QString language = m_language->currentData().toString();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("%1-%2.pdf")
                            .arg(language == u"da" ? QStringLiteral("familieplan") : QStringLiteral("family-plan"),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save family plan as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writePdf(path, language, m_cafeSafe->isChecked(), FamilyPlanPrint::Kind::FamilyPlan); !s)
        QMessageBox::warning(this, tr("Not saved"), ErrorText::forCaseFile(s.error()));
}

Status FamilyPlanPage::writePdf(const QString &path, const QString &language, bool cafeSafe, FamilyPlanPrint::Kind kind)
{
    Storage::Caseload *c = caseload();
    if (!c || !m_plan)
        return Error { ErrorCode::Locked, {} };
    const FamilyPlanPrint doc = printout(language, cafeSafe, kind);
    if (Status s
        = DocumentPrinter::writePdf(path, doc.title(), [&doc](QPagedPaintDevice *device) { return doc.print(device); });
        !s)
        return s;
    return c->file().recordEvent(AuditAction::Exported,
        kind == FamilyPlanPrint::Kind::MyPlan ? QStringLiteral("my_plan") : QStringLiteral("family_plan"), m_plan->id,
        citizenId());
}

void FamilyPlanPage::retranslate()
{
    findChild<QAction *>(QStringLiteral("moveInterventionUp"))->setText(tr("Move the intervention up"));
    findChild<QAction *>(QStringLiteral("moveInterventionDown"))->setText(tr("Move the intervention down"));
    findChild<QAction *>(QStringLiteral("removeInterventionKey"))->setText(tr("Remove the intervention"));
    m_create->setText(tr("Create the &family plan"));
    m_sign->setText(tr("Sign…"));
    m_newVersion->setText(tr("New version for review"));
    m_cafeSafe->setText(tr("Café-safe print (first names only, no CPR number or address)"));
    m_print->setText(tr("Print family plan…"));
    m_pdf->setText(tr("Family plan as PDF…"));
    m_myPlan->setText(tr("Print my plan…"));
    m_myPlan->setToolTip(tr("The citizen's own plan in plain language"));
    m_goalsLabel->setText(tr("Our goals as a family"));
    m_membersLabel->setText(tr("The members' own goals"));
    m_interventionsLabel->setText(tr("Interventions by department (drag, or Alt+Up / Alt+Down, sets the priority)"));
    m_consentsLabel->setText(tr("Consents"));
    m_addGoal->setText(tr("Add goal…"));
    m_removeGoal->setText(tr("Remove goal"));
    m_add->setText(tr("Add intervention…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove…"));
    m_addConsent->setText(tr("Add consent…"));
    m_departmentList->setText(tr("Departments…"));
    m_departmentList->setToolTip(tr("The case file's list of departments: add your own, rename or archive them"));
    m_addConsent->setToolTip(tr("Double-click a consent to change it, for example when it is withdrawn"));
    m_goals->setToolTip(tr("Double-click a goal to change it"));
    m_consentTable->setHorizontalHeaderLabels({ tr("Member"), tr("Department"), tr("Scope"), tr("Given"), tr("Now") });
    m_interventions->setAccessibleName(tr("Interventions"));
    m_language->setAccessibleName(tr("Language of the print"));
}

} // namespace Traedesten::Ui
