#pragma once

#include "dialogs/ConflictsDialog.h"
#include "domain/Citizen.h"
#include "models/CaseloadModel.h"
#include "pages/SharedPlansWindow.h"
#include "sync/TeamDirectory.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Ui {

class CaseEditor;
class ConflictsDialog;
class SyncController;

/**
 * The Team menu: Sync now, Resolve conflicts…, Transfer to colleague…, Share with colleague or team…, and
 * Team server settings…, acting on the unlocked case file and the citizen selected in the caseload.
 */
class TeamController : public QObject
{
    Q_OBJECT

public:
    TeamController(SyncController *sync, CaseEditor *editor, QWidget *window, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *transferAction() const { return m_transfer; }
    QAction *shareAction() const { return m_share; }

    /// The unlocked case file, or nullptr while locked or closed (its dialogs close).
    void setCaseFile(Storage::CaseFile *file);
    /// How to find the citizen the Transfer and Share actions act on (the caseload's selection).
    void setSelectedCitizen(std::function<QString()> selected) { m_selected = std::move(selected); }

    /// Opens Resolve conflicts (or brings it to the front).
    void showConflicts();
    /// Team ▸ Transfer to colleague… and Share with colleague or team… for the selected citizen.
    void transferSelected();
    void shareSelected();
    /// Team ▸ Shared family plans…: the plans shared with this person as a department's participant.
    void showSharedPlans();
    SharedPlansWindow *sharedPlansWindow() const { return m_plansWindow; }
    QAction *sharedPlansAction() const { return m_plans; }
    ConflictsDialog *conflictsDialog() const { return m_conflictsDialog; }
    void retranslate();

Q_SIGNALS:
    void settingsRequested();
    /// A short message for the status bar (a transfer or share done).
    void message(const QString &text);
    /// Who owns and shares each citizen, in words for the caseload (after a synchronisation, at unlock).
    void caseloadAccessChanged(const QHash<QString, Traedesten::Ui::CaseloadModel::TeamAccess> &access);

private:
    void updateActions();
    void publishCaseloadAccess();
    /// Why the person cannot transfer or share the case (empty: they own it), in words.
    QString notOwnerText(const QString &caseId) const;
    const Sync::CaseAccessInfo *accessOf(const QString &caseId) const;
    /// The citizen selected in the caseload, while the file is unlocked.
    std::optional<Domain::Citizen> selectedCitizen() const;

    SyncController *m_sync;
    CaseEditor *m_editor;
    QWidget *m_window;
    Storage::CaseFile *m_file = nullptr;
    std::function<QString()> m_selected;
    QMenu *m_menu = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_share = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_plans = nullptr;
    QPointer<SharedPlansWindow> m_plansWindow;
    bool m_wasSyncing = false;
    QPointer<ConflictsDialog> m_conflictsDialog;
};

} // namespace Traedesten::Ui
