#include "TeamController.h"

#include "CaseEditor.h"
#include "SyncController.h"
#include "dialogs/ConflictsDialog.h"

#include <QAction>
#include <QMenu>
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
    m_conflicts = new QAction(this);
    m_conflicts->setObjectName(QStringLiteral("resolveConflicts"));
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_transfer = new QAction(this);
    m_transfer->setObjectName(QStringLiteral("transferCase"));
    m_share = new QAction(this);
    m_share->setObjectName(QStringLiteral("shareCase"));
    m_settings = new QAction(this);
    m_settings->setObjectName(QStringLiteral("teamServerSettings"));
    m_menu->addAction(sync->syncNowAction());
    m_menu->addAction(m_conflicts);
    m_menu->addSeparator();
    m_menu->addAction(m_transfer);
    m_menu->addAction(m_share);
    m_menu->addSeparator();
    m_menu->addAction(m_settings);
    m_menu->setToolTipsVisible(true);

    connect(m_conflicts, &QAction::triggered, this, &TeamController::showConflicts);
    connect(m_settings, &QAction::triggered, this, &TeamController::settingsRequested);
    connect(m_sync, &SyncController::stateChanged, this, [this] {
        updateActions();
        if (m_conflictsDialog && m_file && !m_sync->isRunning())
            m_conflictsDialog->reload();
    });
    connect(m_menu, &QMenu::aboutToShow, this, &TeamController::updateActions);
    retranslate();
    updateActions();
}

void TeamController::setCaseFile(Storage::CaseFile *file)
{
    m_file = file;
    if (!file && m_conflictsDialog)
        m_conflictsDialog->close(); // deletes itself: it holds the file
    updateActions();
}

void TeamController::showConflicts()
{
    if (!m_file)
        return;
    if (!m_conflictsDialog) {
        m_conflictsDialog = new ConflictsDialog(m_editor, *m_file, m_window);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictsDialog, &ConflictsDialog::choiceChanged, m_sync, &SyncController::noteChange);
    } else {
        m_conflictsDialog->reload();
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
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
}

void TeamController::retranslate()
{
    m_menu->setTitle(tr("&Team"));
    m_conflicts->setText(tr("Resolve &conflicts…"));
    m_conflicts->setToolTip(tr("Details changed both here and by a colleague: choose what they should say"));
    m_transfer->setText(tr("&Transfer to colleague…"));
    m_share->setText(tr("S&hare with colleague or team…"));
    m_settings->setText(tr("Team server &settings…"));
    updateActions();
}

} // namespace Traedesten::Ui
