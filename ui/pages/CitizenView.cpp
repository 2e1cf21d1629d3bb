#include "CitizenView.h"

#include "BenefitsPage.h"
#include "BudgetPage.h"
#include "CaseEditor.h"
#include "DomainText.h"
#include "FamilyPlanPage.h"
#include "GoalsPage.h"
#include "HouseholdPage.h"
#include "JournalPage.h"
#include "MeasurementsPage.h"
#include "OverviewPage.h"
#include "dialogs/AccessLogDialog.h"
#include "storage/Caseload.h"

#include <QEvent>
#include <QKeySequence>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

CitizenView::CitizenView(CaseEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_stack(new QStackedWidget(this))
    , m_none(new QLabel(this))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_accessLog(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(editor, this))
    , m_goals(new GoalsPage(editor, this))
    , m_budget(new BudgetPage(editor, this))
    , m_familyPlan(new FamilyPlanPage(editor, this))
    , m_measurements(new MeasurementsPage(editor, this))
    , m_benefits(new BenefitsPage(editor, this))
    , m_household(new HouseholdPage(editor, this))
    , m_journal(new JournalPage(editor, this))
{
    setObjectName(QStringLiteral("citizenView"));
    m_tabs->setObjectName(QStringLiteral("citizenTabs"));
    m_edit->setObjectName(QStringLiteral("editCitizen"));
    m_accessLog->setObjectName(QStringLiteral("citizenAccessLog"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_none->setAlignment(Qt::AlignCenter);
    m_none->setWordWrap(true);

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_goals, QString());
    m_tabs->addTab(m_budget, QString());
    m_tabs->addTab(m_familyPlan, QString());
    m_tabs->addTab(m_measurements, QString());
    m_tabs->addTab(m_benefits, QString());
    m_tabs->addTab(m_household, QString());
    m_tabs->addTab(m_journal, QString());

    auto *page = new QWidget(this);
    auto *heading = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    heading->addLayout(titles, 1);
    heading->addWidget(m_accessLog, 0, Qt::AlignTop);
    heading->addWidget(m_edit, 0, Qt::AlignTop);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(heading);
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_none);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editCitizenRequested(m_citizenId); });
    connect(m_accessLog, &QPushButton::clicked, this, &CitizenView::showAccessLog);
    connect(m_editor, &CaseEditor::caseloadChanged, this, [this] {
        updateHeading();
        disconnect(m_changes);
        if (Storage::Caseload *c = m_editor->caseload()) {
            m_changes = connect(&c->notifier(), &Storage::ChangeNotifier::changed, this,
                [this](Storage::EntityType type, const QString &, const QString &citizenId) {
                    if (type == Storage::EntityType::Citizen && citizenId == m_citizenId)
                        updateHeading();
                });
        }
    });
    retranslate();
    updateHeading();
}

void CitizenView::setCitizen(const QString &citizenId)
{
    if (citizenId == m_citizenId)
        return;
    m_citizenId = citizenId;
    m_overview->setCitizen(citizenId);
    m_goals->setCitizen(citizenId);
    m_budget->setCitizen(citizenId);
    m_familyPlan->setCitizen(citizenId);
    m_measurements->setCitizen(citizenId);
    m_benefits->setCitizen(citizenId);
    m_household->setCitizen(citizenId);
    m_journal->setCitizen(citizenId);
    updateHeading();
}

void CitizenView::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

CitizenView::Page CitizenView::currentPage() const
{
    return static_cast<Page>(m_tabs->currentIndex());
}

void CitizenView::showAccessLog()
{
    if (!m_editor->caseload() || m_citizenId.isEmpty())
        return;
    auto *dialog = new AccessLogDialog(m_editor, m_citizenId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CitizenView::updateHeading()
{
    Storage::Caseload *c = m_editor->caseload();
    auto citizen = c && !m_citizenId.isEmpty() ? c->citizens().get(m_citizenId)
                                               : Result<Domain::Citizen>(Error { ErrorCode::NotFound });
    m_stack->setCurrentIndex(citizen ? 1 : 0);
    if (!citizen) {
        m_name->clear();
        m_summary->clear();
        return;
    }
    m_name->setText(citizen->name);
    // The citizen's pages are on screen: the access log records it (once per citizen per unlock; an audit
    // event only, so no change is announced and nothing is undoable).
    (void)c->file().recordViewed(m_citizenId);
    QStringList parts { DomainText::citizenStatus(citizen->status) };
    if (!citizen->supportPerson.isEmpty())
        parts << tr("Support person: %1").arg(citizen->supportPerson);
    if (citizen->targetGroups)
        parts << DomainText::targetGroups(citizen->targetGroups);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void CitizenView::retranslate()
{
    m_none->setText(tr("Choose a citizen in the list to see their goals, stepping stones, household and journal."));
    m_edit->setText(tr("Edit citi&zen…"));
    m_edit->setToolTip(tr("Edit the citizen's details (F2)"));
    // No mnemonic: every letter of it is taken on one page or another; Ctrl+Shift+H and the Citizen menu's
    // item (with its mnemonic) open it from the keyboard.
    m_accessLog->setText(tr("Who has seen or changed this?"));
    m_accessLog->setToolTip(tr("The citizen's access log: who opened, changed, printed or exported what, and when (%1)")
                                .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H).toString(QKeySequence::NativeText)));
    m_tabs->setTabText(0, tr("&Overview"));
    m_tabs->setTabText(1, tr("&Goals && stepping stones"));
    m_tabs->setTabText(2, tr("&Budget"));
    m_tabs->setTabText(3, tr("Famil&y plan"));
    m_tabs->setTabText(4, tr("Measurements"));
    m_tabs->setTabText(5, tr("Benefits"));
    m_tabs->setTabText(6, tr("Househo&ld"));
    m_tabs->setTabText(7, tr("&Journal"));
    updateHeading();
}

void CitizenView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
