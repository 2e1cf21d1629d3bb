#include "TeamController.h"

#include "CaseEditor.h"
#include "ErrorText.h"
#include "SyncController.h"
#include "dialogs/ConflictsDialog.h"
#include "dialogs/ShareDialog.h"
#include "dialogs/TransferDialog.h"
#include "storage/Caseload.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace Traedesten::Ui {

TeamController::TeamController(SyncController *sync, CaseEditor *editor, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_editor(editor)
    , m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("teamMenu"));
    const auto make = [this](const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_conflicts = make("resolveConflicts", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_transfer = make("transferCase");
    m_share = make("shareCase");
    m_plans = make("sharedFamilyPlans", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_settings = make("teamServerSettings");
    m_menu->addAction(sync->syncNowAction());
    m_menu->addAction(m_conflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_transfer);
    m_menu->addAction(m_share);
    m_menu->addAction(m_plans);
    m_menu->addSeparator();
    m_menu->addAction(m_settings);
    m_menu->setToolTipsVisible(true);

    connect(m_conflicts, &QAction::triggered, this, &TeamController::showConflicts);
    connect(m_transfer, &QAction::triggered, this, &TeamController::transferSelected);
    connect(m_share, &QAction::triggered, this, &TeamController::shareSelected);
    connect(m_plans, &QAction::triggered, this, &TeamController::showSharedPlans);
    connect(m_settings, &QAction::triggered, this, &TeamController::settingsRequested);
    connect(m_sync, &SyncController::stateChanged, this, [this](SyncController::State state) {
        updateActions();
        // The conflicts change only with a synchronisation: read them when one ends, not at each change's count.
        const bool ended = m_wasSyncing && state != SyncController::State::Syncing;
        m_wasSyncing = state == SyncController::State::Syncing;
        if (ended && m_conflictsDialog && m_file)
            m_conflictsDialog->reload();
    });
    connect(m_menu, &QMenu::aboutToShow, this, &TeamController::updateActions);
    connect(m_sync, &SyncController::teamChanged, this, &TeamController::publishCaseloadAccess);
    retranslate();
    updateActions();
}

void TeamController::setCaseFile(Storage::CaseFile *file)
{
    m_file = file;
    if (!file && m_conflictsDialog)
        m_conflictsDialog->close(); // deletes itself: it holds the file
    if (!file && m_plansWindow)
        m_plansWindow->close();
    updateActions();
}

void TeamController::showConflicts()
{
    if (!m_file)
        return;
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(m_editor, *m_file, m_sync->settings().user, m_window);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &ConflictsDialog::choiceChanged, m_sync, &SyncController::noteChange);
    } else {
        m_conflictsDialog->reload();
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

std::optional<Domain::Citizen> TeamController::selectedCitizen() const
{
    const QString id = m_selected ? m_selected() : QString();
    Storage::Caseload *caseload = m_editor->caseload();
    if (!m_file || !caseload || id.isEmpty())
        return std::nullopt;
    auto citizen = caseload->citizens().get(id);
    return citizen ? std::optional<Domain::Citizen>(*citizen) : std::nullopt;
}

const Sync::CaseAccessInfo *TeamController::accessOf(const QString &caseId) const
{
    const QList<Sync::CaseAccessInfo> &cases = m_sync->caseAccess();
    for (const Sync::CaseAccessInfo &c : cases) {
        if (c.caseId == caseId)
            return &c;
    }
    return nullptr;
}

QString TeamController::notOwnerText(const QString &caseId) const
{
    const Sync::CaseAccessInfo *c = accessOf(caseId);
    if (!c)
        return tr("This citizen has not reached the team server yet. Synchronise first (Ctrl+Shift+S).");
    if (c->owner != m_sync->settings().user)
        return tr("Only the citizen's owner on the team server, %1, can transfer or share the course.")
            .arg(c->ownerName);
    return {};
}

void TeamController::transferSelected()
{
    Storage::Caseload *caseload = m_editor->caseload();
    const std::optional<Domain::Citizen> citizen = selectedCitizen();
    if (!citizen || !caseload)
        return;
    const QString citizenId = citizen->id;
    if (const QString why = notOwnerText(citizenId); !why.isEmpty()) {
        QMessageBox::information(m_window, tr("Transfer to colleague"), why);
        return;
    }
    QString householdName;
    const QString householdId = citizen->householdId;
    if (!householdId.isEmpty()) {
        const Sync::CaseAccessInfo *h = accessOf(householdId);
        auto household = caseload->households().get(householdId);
        if (h && h->owner == m_sync->settings().user && household)
            householdName = household->name;
    }
    auto *dialog = new TransferDialog(citizen->name, householdName, m_sync->colleagues(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<TransferDialog> guard(dialog);
    connect(dialog, &TransferDialog::transferRequested, this, [this, guard, citizenId, householdId] {
        const QString to = guard->colleague();
        const bool withHousehold = guard->withHousehold();
        const QString toName = guard->findChild<QComboBox *>(QStringLiteral("transferTo"))->currentText();
        guard->setBusy(true);
        m_sync->runOnServer(
            [citizenId, householdId, to, withHousehold](Sync::SyncEngine &engine) {
                if (withHousehold) {
                    if (Status s = engine.transfer(householdId, to); !s)
                        return s;
                }
                return engine.transfer(citizenId, to);
            },
            [this, guard, toName](const Status &s) {
                if (!guard)
                    return;
                if (!s) {
                    guard->showError(ErrorText::forCaseFile(s.error()));
                    return;
                }
                guard->accept();
                Q_EMIT message(tr("Transferred to %1.").arg(toName));
            });
    });
    dialog->open();
}

void TeamController::shareSelected()
{
    Storage::Caseload *caseload = m_editor->caseload();
    const std::optional<Domain::Citizen> citizen = selectedCitizen();
    if (!citizen || !caseload)
        return;
    const QString citizenId = citizen->id;
    ShareDialog::Subject course { citizenId, citizen->name, false };
    ShareDialog::Subject plan;
    if (!citizen->householdId.isEmpty()) {
        const Sync::CaseAccessInfo *h = accessOf(citizen->householdId);
        auto household = caseload->households().get(citizen->householdId);
        if (h && h->owner == m_sync->settings().user && household)
            plan = ShareDialog::Subject { citizen->householdId, household->name, true };
    }
    const QString why = notOwnerText(citizenId);
    if (!why.isEmpty() && plan.caseId.isEmpty()) {
        QMessageBox::information(m_window, tr("Share with colleague or team"), why);
        return;
    }
    auto *dialog = new ShareDialog(course, plan, m_sync->colleagues(),
        caseload->plans().departments().value_or(QList<Domain::Department> {}), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setShares(m_sync->caseAccess());
    if (!why.isEmpty())
        dialog->restrictToPlan(); // the household's coordinator, not the citizen's owner: the plan only
    QPointer<ShareDialog> guard(dialog);
    connect(m_sync, &SyncController::teamChanged, dialog, [this, guard] { guard->setShares(m_sync->caseAccess()); });
    connect(dialog, &ShareDialog::shareRequested, this, [this, guard] {
        const QString caseId = guard->subject().caseId;
        const QString with = guard->grantee();
        const bool write = guard->canWrite();
        const QString department = guard->department();
        guard->setBusy(true, tr("Sharing on the team server…"));
        m_sync->runOnServer([=](Sync::SyncEngine &engine) { return engine.share(caseId, with, write, department); },
            [guard](const Status &s) {
                if (!guard)
                    return;
                if (!s)
                    guard->showError(ErrorText::forCaseFile(s.error()));
                else
                    guard->showDone(tr("Shared. It reaches them at their next synchronisation."));
            });
    });
    connect(dialog, &ShareDialog::withdrawRequested, this, [this, guard](const QString &grantee) {
        const QString caseId = guard->subject().caseId;
        guard->setBusy(true, tr("Withdrawing the share on the team server…"));
        m_sync->runOnServer([=](Sync::SyncEngine &engine) { return engine.unshare(caseId, grantee); },
            [guard](const Status &s) {
                if (!guard)
                    return;
                if (!s)
                    guard->showError(ErrorText::forCaseFile(s.error()));
                else
                    guard->showDone(tr("Share withdrawn. It leaves their program at their next synchronisation."));
            });
    });
    dialog->open();
}

void TeamController::showSharedPlans()
{
    if (!m_file || !m_editor->caseload())
        return;
    if (!m_plansWindow) {
        m_plansWindow = new SharedPlansWindow(m_editor, m_window);
        m_plansWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_plansWindow->setCases(m_sync->caseAccess(), m_sync->settings().user);
    m_plansWindow->show();
    m_plansWindow->raise();
    m_plansWindow->activateWindow();
}

void TeamController::publishCaseloadAccess()
{
    if (m_plansWindow && m_file)
        m_plansWindow->setCases(m_sync->caseAccess(), m_sync->settings().user);
    QHash<QString, CaseloadModel::TeamAccess> access;
    const QString me = m_sync->settings().user;
    for (const Sync::CaseAccessInfo &c : m_sync->caseAccess()) {
        if (c.kind != QLatin1String("citizen"))
            continue;
        QStringList with;
        for (const Sync::CaseShare &s : c.shares) {
            const QString name = s.grantee == me ? tr("you") : s.isTeam ? tr("team %1").arg(s.name) : s.name;
            with << (s.canWrite ? name : tr("%1 (read only)").arg(name));
        }
        access.insert(c.caseId,
            CaseloadModel::TeamAccess {
                c.owner == me ? tr("You", "the owner of a citizen") : c.ownerName, with.join(QStringLiteral(", ")) });
    }
    Q_EMIT caseloadAccessChanged(access);
}

void TeamController::updateActions()
{
    const bool open = m_file != nullptr;
    m_conflicts->setEnabled(open);
    const bool citizen = open && m_selected && !m_selected().isEmpty();
    const bool server = m_sync->state() != SyncController::State::NotConfigured;
    m_transfer->setEnabled(citizen && server);
    m_share->setEnabled(citizen && server);
    const QString why = !server ? tr("Set up the team server first (Team ▸ Team server settings…).")
        : !citizen              ? tr("Select a citizen in the caseload first.")
                                : QString();
    m_transfer->setToolTip(why);
    m_share->setToolTip(why);
    m_settings->setEnabled(open);
    m_plans->setEnabled(open);
}

void TeamController::retranslate()
{
    m_menu->setTitle(tr("&Team"));
    m_conflicts->setText(tr("Resolve &conflicts…"));
    m_conflicts->setToolTip(tr("Details changed both here and by a colleague: choose what they should say"));
    m_transfer->setText(tr("&Transfer to colleague…"));
    m_share->setText(tr("S&hare with colleague or team…"));
    m_settings->setText(tr("Team server &settings…"));
    m_plans->setText(tr("Shared family &plans…"));
    m_plans->setToolTip(tr("Family plans shared with you as a participant from another department"));
    updateActions();
    publishCaseloadAccess();
}

} // namespace Traedesten::Ui
