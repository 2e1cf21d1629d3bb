#include "HouseholdPage.h"

#include "CaseEditor.h"
#include "commands/NewHouseholdCommand.h"
#include "commands/RecordStores.h"
#include "commands/RemoveMemberCommand.h"
#include "dialogs/HouseholdDialog.h"
#include "dialogs/MemberDialog.h"
#include "models/MemberModel.h"
#include "storage/Caseload.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

HouseholdPage::HouseholdPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new MemberModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_coordinator(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_editMember(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("householdPage"));
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_create->setObjectName(QStringLiteral("newHousehold"));
    m_add->setObjectName(QStringLiteral("addMember"));
    m_remove->setObjectName(QStringLiteral("removeMember"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_coordinator->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    QWidget *emptyPage = makeEmptyState(m_empty, m_create);

    auto *householdPage = new QWidget(this);
    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_coordinator);
    top->addLayout(titles, 1);
    top->addWidget(m_edit, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_editMember);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *members = new QVBoxLayout(householdPage);
    members->setContentsMargins(0, 0, 0, 0);
    members->addLayout(top);
    members->addLayout(buttons);
    members->addWidget(m_table, 1);

    m_stack->addWidget(emptyPage);
    m_stack->addWidget(householdPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_create, &QPushButton::clicked, this, &HouseholdPage::newHousehold);
    connect(m_edit, &QPushButton::clicked, this, &HouseholdPage::editHousehold);
    connect(m_add, &QPushButton::clicked, this, &HouseholdPage::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &HouseholdPage::editMember);
    connect(m_table, &QTableView::activated, this, &HouseholdPage::editMember);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdPage::removeMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &HouseholdPage::updateActions);
    setTabOrder(m_edit, m_add);
    setTabOrder(m_add, m_editMember);
    setTabOrder(m_editMember, m_remove);
    setTabOrder(m_remove, m_table);
    retranslate();
    reload();
}

bool HouseholdPage::concerns(Storage::EntityType type, const QString &citizenId) const
{
    // Members who are not citizens carry no citizen id; any household change may be ours.
    return type == Storage::EntityType::Household || type == Storage::EntityType::HouseholdMember
        || CitizenPage::concerns(type, citizenId);
}

void HouseholdPage::reload()
{
    const int row = m_table->currentIndex().row();
    m_household = {};
    Storage::Caseload *c = caseload();
    if (c && !citizenId().isEmpty()) {
        if (auto citizen = c->citizens().get(citizenId()); citizen && !citizen->householdId.isEmpty()) {
            if (auto household = c->households().get(citizen->householdId))
                m_household = *household;
        }
    }
    if (m_household.id.isEmpty()) {
        m_model->setMembers({});
    } else {
        // Names only of the members who are citizens: a few lookups, whatever the caseload's size.
        const auto members = c->households().members(m_household.id).value_or({});
        QHash<QString, QString> names;
        for (const HouseholdMember &m : members) {
            if (!m.citizenId.isEmpty())
                names.insert(m.citizenId, c->citizens().get(m.citizenId).value_or(Citizen {}).name);
        }
        m_model->setMembers(members, names);
    }
    m_title->setText(m_household.name);
    m_coordinator->setText(m_household.familyCoordinator.isEmpty()
            ? tr("No family coordinator named.")
            : tr("Family coordinator: %1").arg(m_household.familyCoordinator));
    m_stack->setCurrentIndex(m_household.id.isEmpty() ? 0 : 1);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1), 0));
    updateActions();
}

QList<QPair<QString, QString>> HouseholdPage::citizenChoices() const
{
    QList<QPair<QString, QString>> choices;
    if (Storage::Caseload *c = caseload()) {
        for (const Citizen &citizen : c->citizens().all().value_or({}))
            choices.append({ citizen.id, citizen.name });
    }
    return choices;
}

void HouseholdPage::updateActions()
{
    const bool open = caseload() && !citizenId().isEmpty();
    const bool selected = open && m_model->memberAt(m_table->currentIndex().row());
    m_create->setEnabled(open);
    m_edit->setEnabled(open && !m_household.id.isEmpty());
    m_add->setEnabled(open && !m_household.id.isEmpty());
    m_editMember->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void HouseholdPage::newHousehold()
{
    Storage::Caseload *c = caseload();
    if (!c || citizenId().isEmpty())
        return;
    auto citizen = c->citizens().get(citizenId());
    if (!citizen)
        return;
    Household household;
    household.familyCoordinator = citizen->supportPerson;
    auto *dialog = new HouseholdDialog(
        household,
        [this, id = citizen->id](const Household &h) -> Status {
            // One undo step and one transaction: the household, the citizen placed in it, and the citizen
            // as its first adult.
            return editor()->run(std::make_unique<NewHouseholdCommand>(
                *caseload(), h, id, tr("add household"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HouseholdPage::editHousehold()
{
    if (!caseload() || m_household.id.isEmpty())
        return;
    auto *dialog = new HouseholdDialog(
        m_household,
        [this, before = m_household](const Household &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<HouseholdCommand>(
                *caseload(), before, after, tr("edit household"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HouseholdPage::addMember()
{
    if (!caseload() || m_household.id.isEmpty())
        return;
    HouseholdMember member;
    member.householdId = m_household.id;
    member.position = int(m_model->members().size());
    auto *dialog = new MemberDialog(
        member, citizenChoices(),
        [this](const HouseholdMember &m) -> Status {
            return editor()->run(std::make_unique<MemberCommand>(
                *caseload(), std::nullopt, m, tr("add household member"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HouseholdPage::editMember()
{
    const HouseholdMember *member = m_model->memberAt(m_table->currentIndex().row());
    if (!caseload() || !member)
        return;
    auto *dialog = new MemberDialog(
        *member, citizenChoices(),
        [this, before = *member](const HouseholdMember &after) -> Status {
            if (after == before)
                return {};
            return editor()->run(std::make_unique<MemberCommand>(
                *caseload(), before, after, tr("edit household member"), editor()->errorHandler()));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void HouseholdPage::removeMember()
{
    const HouseholdMember *member = m_model->memberAt(m_table->currentIndex().row());
    if (!caseload() || !member)
        return;
    const HouseholdMember before = *member;
    const auto dependents = caseload()->households().dependentsOfMember(before.id);
    if (!dependents) {
        editor()->errorHandler()(dependents.error());
        return;
    }
    // Say what goes with the member, so that nothing disappears unannounced.
    QStringList also;
    if (const qsizetype n = dependents->consents.size())
        also << tr("%n consent(s) they gave", "", int(n));
    if (const qsizetype n = dependents->benefits.size())
        also << tr("%n benefit(s)", "", int(n));
    if (const qsizetype n = dependents->interventionsRemoved())
        also << tr("%n intervention(s) for them alone", "", int(n));
    QString question = tr("Remove %1 from the household?").arg(before.name);
    if (!also.isEmpty())
        question += QStringLiteral("\n\n") + tr("Also removed: %1.").arg(also.join(QStringLiteral(", ")));
    if (const qsizetype n = dependents->interventions.size() - dependents->interventionsRemoved())
        question += QStringLiteral("\n\n")
            + tr("%1 is taken off %n intervention(s) shared with others.", "", int(n)).arg(before.name);
    if (!confirm(tr("Remove"), question, tr("&Remove")))
        return;
    editor()->runOrReport(std::make_unique<RemoveMemberCommand>(
        *caseload(), before.id, tr("remove household member"), editor()->errorHandler()));
}

void HouseholdPage::retranslate()
{
    m_empty->setText(tr("This citizen is not in a household.\nCreate one to note the adults and children the "
                        "citizen lives with, or choose an existing household with Edit citizen (F2)."));
    m_create->setText(tr("&New household…"));
    m_edit->setText(tr("Ed&it household…"));
    m_add->setText(tr("&Add member…"));
    m_editMember->setText(tr("Edit &member…"));
    m_remove->setText(tr("&Remove member…"));
    m_table->setAccessibleName(tr("Household members"));
}

} // namespace Traedesten::Ui
