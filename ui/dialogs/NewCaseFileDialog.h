#pragma once

#include "security/KdfParameters.h"
#include "storage/CaseFile.h"

#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Traedesten::Ui {

class PassphraseField;
class PassphraseStrengthMeter;

/**
 * Creates a new encrypted case file: where, and a passphrase typed twice with
 * a live strength estimate. Weak passphrases are refused with the reason.
 */
class NewCaseFileDialog : public QDialog
{
    Q_OBJECT

public:
    /// Chooses the Argon2id parameters; runs on a worker thread (calibration takes a second or two).
    using KdfChooser = std::function<Security::KdfParameters()>;

    /// What the new file starts with.
    enum class Contents {
        Empty,
        DemoCaseload, ///< a synthetic caseload to try the program with
    };
    static constexpr int DemoCitizens = 30;

    NewCaseFileDialog(const QString &suggestedPath, KdfChooser chooseKdf, QWidget *parent = nullptr,
        Contents contents = Contents::Empty);

    std::unique_ptr<Storage::CaseFile> takeCaseFile() { return std::move(m_file); }

    /// @p path with the .traedesten extension added when missing.
    static QString withExtension(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void browse();
    void create();
    bool validate();
    void setBusy(bool busy);
    void showFieldError(QLabel *label, const QString &message);
    /// The suggested folder, or the documents folder, may be created when it does not exist yet.
    bool mayCreateFolder(const QString &folder) const;
    void fitHeight();

    KdfChooser m_chooseKdf;
    QString m_suggestedFolder;
    Contents m_contents = Contents::Empty;
    std::unique_ptr<Storage::CaseFile> m_file;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_pathError = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PassphraseField *m_passphrase = nullptr;
    PassphraseStrengthMeter *m_meter = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLabel *m_repeatLabel = nullptr;
    PassphraseField *m_repeat = nullptr;
    QLabel *m_repeatError = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_createError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace Traedesten::Ui
