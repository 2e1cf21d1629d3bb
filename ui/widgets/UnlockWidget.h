#pragma once

#include "security/SecureBytes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Traedesten::Ui {

class PassphraseField;

/**
 * Asks for a case file's passphrase. The same widget is the unlock dialog's
 * body and the main window's lock screen.
 */
class UnlockWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Open, ///< opening a file from the Welcome window
        LockScreen, ///< the main window while locked
    };

    explicit UnlockWidget(Mode mode, QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    /// The typed passphrase in secure memory; the field is cleared.
    Security::SecureBytes takePassphrase();
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    void clearError();
    void focusPassphrase();
    QString errorText() const;
    /// Offers "Open anyway…" (after a lock left by another computer).
    void setBreakLockVisible(bool visible);

Q_SIGNALS:
    void unlockRequested();
    void closeRequested();
    void breakLockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestUnlock();

    Mode m_mode;
    QString m_path;
    bool m_busy = false;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_prompt = nullptr;
    PassphraseField *m_passphrase = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_breakLock = nullptr;
};

} // namespace Traedesten::Ui
