#include "BenefitsPage.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "OutcomeText.h"
#include "commands/RecordStores.h"
#include "dialogs/BenefitDialog.h"
#include "dialogs/BenefitTypesDialog.h"
#include "models/BenefitModel.h"
#include "storage/Caseload.h"
#include "widgets/CostChart.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

constexpr int MonthsShown = 36;

QString kroner(qint64 minor)
{
    return Money::fromMinor(minor, Currency::DKK).format(QLocale());
}

} // namespace

BenefitsPage::BenefitsPage(CaseEditor *editor, QWidget *parent)
    : CitizenPage(editor, parent)
    , m_model(new BenefitModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_chart(new CostChart(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_typeList(new QPushButton(this))
{
    setObjectName(QStringLiteral("benefitsPage"));
    m_table->setObjectName(QStringLiteral("benefitTable"));
    m_add->setObjectName(QStringLiteral("addBenefit"));
    m_summary->setObjectName(QStringLiteral("costSummary"));
    m_typeList->setObjectName(QStringLiteral("benefitTypesButton"));
    m_table->setModel(m_model);
    setUpList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BenefitModel::TypeColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *remove = new QAction(this);
    remove->setObjectName(QStringLiteral("removeBenefitKey"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &BenefitsPage::removeBenefit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_typeList);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *chartPart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_summary);
    chartLayout->addWidget(m_chart, 1);
    split->addWidget(chartPart);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    listLayout->addWidget(split, 1);
    m_stack->addWidget(makeEmptyState(m_empty, nullptr));
    m_stack->addWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_add, &QPushButton::clicked, this, &BenefitsPage::addBenefit);
    connect(m_edit, &QPushButton::clicked, this, &BenefitsPage::editBenefit);
    connect(m_remove, &QPushButton::clicked, this, &BenefitsPage::removeBenefit);
    connect(m_typeList, &QPushButton::clicked, this, &BenefitsPage::manageTypes);
    connect(m_table, &QTableView::activated, this, &BenefitsPage::editBenefit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &BenefitsPage::updateActions);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_typeList);
    setTabOrder(m_typeList, m_table);
    retranslate();
    reload();
}

bool BenefitsPage::concerns(Storage::EntityType type, const QString &citizenId) const
{
    using Storage::EntityType;
    // A household's benefits may belong to members who are not this citizen.
    return type == EntityType::Benefit || type == EntityType::BenefitType || type == EntityType::Household
        || type == EntityType::HouseholdMember || type == EntityType::Department
        || CitizenPage::concerns(type, citizenId);
}

void BenefitsPage::reload()
{
    const QString current = m_table->currentIndex().data(BenefitModel::IdRole).toString();
    Storage::Caseload *c = caseload();
    m_householdId.clear();
    m_members.clear();
    m_series.clear();
    if (c && !citizenId().isEmpty()) {
        if (auto citizen = c->citizens().get(citizenId()))
            m_householdId = citizen->householdId;
    }
    if (m_householdId.isEmpty()) {
        m_model->setBenefits({}, {});
        m_chart->clear();
        m_stack->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_members = c->households().members(m_householdId).value_or({});
    m_types = c->benefits().types().value_or({});
    m_departments = c->plans().departments().value_or({});
    BenefitModel::Names names;
    for (const HouseholdMember &m : std::as_const(m_members))
        names.members.insert(m.id, m.name);
    for (const BenefitType &t : std::as_const(m_types))
        names.types.insert(t.id, OutcomeText::benefitType(t));
    QList<std::pair<QString, QString>> departments;
    for (const Department &d : std::as_const(m_departments)) {
        names.departments.insert(d.id, DomainText::department(d));
        departments.append({ d.id, DomainText::department(d) });
    }
    m_model->setBenefits(c->benefits().benefits(m_householdId).value_or({}), names);
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QDate first = c->benefits().firstStart(m_householdId).value_or(QDate());
    if (first.isValid()) {
        const QDate from = qMax(QDate(first.year(), first.month(), 1), thisMonth.addMonths(-(MonthsShown - 1)));
        m_series = c->benefits().costSeries(m_householdId, qMin(from, thisMonth), thisMonth).value_or({});
    }
    if (m_series.isEmpty())
        m_chart->clear();
    else
        m_chart->setData(m_series, departments);
    m_summary->setText(summary());
    m_stack->setCurrentIndex(1);
    const int row = m_model->rowOf(current);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    updateActions();
}

QString BenefitsPage::summary() const
{
    if (m_series.isEmpty())
        return tr("No benefits or services recorded for the household yet. Add what each member receives, with "
                  "its monthly cost, to follow the public cost as the family gains independence.");
    const MonthlyCost &start = m_series.first();
    const MonthlyCost &now = m_series.last();
    const QLocale locale;
    const auto monthName = [&locale](const MonthlyCost &m) {
        return locale.toString(m.month, QStringLiteral("MMMM yyyy"));
    };
    // The month's real cost, and what it is: a month some benefit runs only part of is pro-rated by its days.
    QString text = tr("Public cost this month (%1): %2").arg(monthName(now), kroner(now.totalMinor));
    if (now.benefits == 0)
        text += tr(" — no benefit runs this month.");
    else if (now.isProrated())
        text += tr(" — %1; a full month: %2.").arg(CostChart::proration(now), kroner(now.fullMonthMinor));
    else
        text += tr(" — a whole month of %n benefit(s).", "", now.benefits);
    if (m_series.size() > 1) {
        const qint64 change = now.totalMinor - start.totalMinor;
        const QString first = start.isProrated()
            ? tr("In %1, the first month (pro-rated: %2): %3.")
                  .arg(monthName(start), CostChart::proration(start), kroner(start.totalMinor))
            : tr("In %1, the first month: %2.").arg(monthName(start), kroner(start.totalMinor));
        text += QLatin1Char(' ') + first + QLatin1Char(' ')
            + tr("Change: %1%2.").arg(change > 0 ? QStringLiteral("+") : QString(), kroner(change));
        if (start.totalMinor > 0)
            text += QLatin1Char(' ')
                + tr("(%1 %)").arg(locale.toString(100.0 * double(change) / double(start.totalMinor), 'f', 0));
    }
    return text;
}

void BenefitsPage::updateActions()
{
    const bool open = caseload() && !m_householdId.isEmpty();
    const bool selected = open && m_model->benefitAt(m_table->currentIndex().row());
    m_add->setEnabled(open && !m_members.isEmpty());
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_typeList->setEnabled(caseload() != nullptr);
}

void BenefitsPage::openDialog(const std::optional<Benefit> &before, const Benefit &start)
{
    auto *dialog = new BenefitDialog(
        start, m_members, m_types, m_departments,
        [this, before](const Benefit &after) -> Status {
            auto command = std::make_unique<BenefitCommand>(
                *caseload(), before, after, before ? tr("edit benefit") : tr("add benefit"), editor()->errorHandler());
            auto *raw = command.get();
            if (Status s = editor()->run(std::move(command)); !s)
                return s;
            if (const int row = m_model->rowOf(raw->record().id); row >= 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BenefitsPage::addBenefit()
{
    if (!caseload() || m_members.isEmpty())
        return;
    Benefit b;
    // For the citizen's own member row when there is one, else the first member.
    b.memberId = m_members.first().id;
    for (const HouseholdMember &m : std::as_const(m_members)) {
        if (m.citizenId == citizenId())
            b.memberId = m.id;
    }
    b.startDate = QDate::currentDate();
    openDialog(std::nullopt, b);
}

void BenefitsPage::editBenefit()
{
    const Benefit *b = m_model->benefitAt(m_table->currentIndex().row());
    if (!caseload() || !b)
        return;
    openDialog(*b, *b);
}

void BenefitsPage::removeBenefit()
{
    const Benefit *b = m_model->benefitAt(m_table->currentIndex().row());
    if (!caseload() || !b)
        return;
    const Benefit before = *b;
    const QModelIndex index = m_table->currentIndex();
    if (!confirm(tr("Delete"),
            tr("Delete %1 for %2? To record that it has stopped, give it an end date instead.")
                .arg(m_model->index(index.row(), BenefitModel::TypeColumn).data().toString(),
                    m_model->index(index.row(), BenefitModel::MemberColumn).data().toString()),
            tr("&Delete")))
        return;
    editor()->runOrReport(std::make_unique<BenefitCommand>(
        *caseload(), before, std::nullopt, tr("delete benefit"), editor()->errorHandler()));
}

void BenefitsPage::manageTypes()
{
    if (!caseload())
        return;
    auto *dialog = new BenefitTypesDialog(editor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BenefitsPage::retranslate()
{
    findChild<QAction *>(QStringLiteral("removeBenefitKey"))->setText(tr("Remove the chosen benefit"));
    m_add->setText(tr("&Add benefit…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Delete…"));
    m_typeList->setText(tr("&Kinds of benefits…"));
    m_empty->setText(tr("Benefits are followed per member of the household, so the family's whole public cost can "
                        "be seen.\nPut the citizen in a household on the Household tab first; a household of one "
                        "is fine."));
    m_table->setAccessibleName(tr("Benefits and services"));
}

} // namespace Traedesten::Ui
