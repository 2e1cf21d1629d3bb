#pragma once

#include "sync/TeamServerSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Traedesten::Ui {

class BackupFolderBox;
class TeamServerPage;

/// The program's settings and, while a case file is unlocked, the file's own.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString language; ///< "", "da" or "en"
        int idleLockMinutes = 5;
        bool lockOnScreenLock = true;
        bool hasCaseFile = false;
        QString municipalityName;
        QByteArray logoPng; ///< empty: no logo
        int retentionYears = 5; ///< closed cases older than this are listed for review and erasure
        QString caseFilePath; ///< the open case file (for its backup folder)
        QString backupFolder; ///< where its backups go
        Sync::TeamServerSettings team; ///< the case file's team server (kept on this computer)
        QString teamPassword; ///< as typed; empty when unchanged
        bool rememberTeamPassword = true; ///< in the system keyring
    };

    explicit SettingsDialog(const Values &values, QWidget *parent = nullptr);
    Values values() const;

    /// Shows the case-file settings page first.
    void showCaseFilePage();
    /// Shows the team server page first.
    void showTeamServerPage();

Q_SIGNALS:
    /// Case file ▸ Change passphrase… was clicked (the change has its own dialog and does not wait for OK).
    void changePassphraseRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_hasCaseFile = false;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_generalPage = nullptr;
    QWidget *m_filePage = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_lockGroup = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QCheckBox *m_screenLock = nullptr;
    QLabel *m_lockHint = nullptr;
    QLabel *m_fileIntro = nullptr;
    QLabel *m_municipalityLabel = nullptr;
    QLineEdit *m_municipality = nullptr;
    QLabel *m_logoLabel = nullptr;
    QLabel *m_logo = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QPushButton *m_changePassphrase = nullptr;
    QByteArray m_logoPng;
    QLabel *m_retentionLabel = nullptr;
    QSpinBox *m_retention = nullptr;
    QLabel *m_retentionHint = nullptr;
    void updateRetentionSuffix();
    BackupFolderBox *m_backups = nullptr;
    TeamServerPage *m_teamPage = nullptr;

    void chooseLogo();
    void showLogo();
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Traedesten::Ui
