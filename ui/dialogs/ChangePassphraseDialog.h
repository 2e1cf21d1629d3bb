#pragma once

#include "Result.h"
#include "security/KdfParameters.h"

#include <QDialog>
#include <QFuture>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Traedesten::Storage {
class CaseFile;
class PassphraseChange;
} // namespace Traedesten::Storage

namespace Traedesten::Ui {

class PassphraseField;
class PassphraseStrengthMeter;

/**
 * Settings ▸ Case file ▸ Change passphrase: the current passphrase, the new one twice with the strength
 * estimate, and Argon2id parameters calibrated on this computer. The work (key derivation, the re-encrypted
 * copy, its full check) runs off the GUI thread; only the final rename and reopening run on it. The open case
 * file stays open throughout, under the new passphrase afterwards.
 *
 * Backups keep the passphrase they were made with; when the caller hands over the backups of this file
 * (setBackups()), a checkbox offers to re-encrypt them with the new passphrase too.
 */
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    /// Chooses the Argon2id parameters; runs on a worker thread (calibration takes a second or two).
    using KdfChooser = std::function<Security::KdfParameters()>;

    ChangePassphraseDialog(Storage::CaseFile &file, KdfChooser chooseKdf, QWidget *parent = nullptr);
    /// Waits for work in progress: it uses the case file.
    ~ChangePassphraseDialog() override;

    /**
     * The backup files of this case file (full paths). When there are any, a checkbox (checked) offers to
     * re-encrypt them with the new passphrase after the change; each is rewritten crash-safely on its own
     * (PassphraseChange::reencrypt). A backup the old passphrase does not open is left as it is and named.
     */
    void setBackups(const QStringList &paths);

    /// True while the change (or the backups after it) is running.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The case file now opens with the new passphrase only (emitted before the backups are re-encrypted).
    void passphraseChanged();
    /// The backups that were re-encrypted, and those that were not (they still open with the old passphrase).
    void backupsReencrypted(const QStringList &done, const QStringList &failed);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    using ChangePtr = std::shared_ptr<Storage::PassphraseChange>;

    void retranslate();
    bool validate();
    void start();
    void copied(Result<ChangePtr> result, int attempt);
    void reencryptBackups();
    void finish(const QStringList &done, const QStringList &failed);
    void setBusy(bool busy, const QString &what = {});
    void showFieldError(QLabel *label, const QString &message);
    void fitHeight();
    /// What went wrong with the change, and that the passphrase is the old one still.
    static QString failureText(const Error &error);

    template<typename Work, typename Done> void runStep(Work work, Done done);

    Storage::CaseFile &m_file;
    KdfChooser m_chooseKdf;
    QStringList m_backups;
    ChangePtr m_change;
    QFuture<void> m_running;
    bool m_busy = false;
    bool m_finished = false;

    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    PassphraseField *m_current = nullptr;
    QLabel *m_currentError = nullptr;
    QLabel *m_newLabel = nullptr;
    PassphraseField *m_new = nullptr;
    PassphraseStrengthMeter *m_meter = nullptr;
    QLabel *m_newError = nullptr;
    QLabel *m_repeatLabel = nullptr;
    PassphraseField *m_repeat = nullptr;
    QLabel *m_repeatError = nullptr;
    QLabel *m_backupNote = nullptr;
    QCheckBox *m_reencryptBackups = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_resultText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_changeButton = nullptr;
};

} // namespace Traedesten::Ui
