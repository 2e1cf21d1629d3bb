#pragma once

#include "security/SecureBytes.h"

#include <QLineEdit>

namespace Traedesten::Ui {

/**
 * A password-mode line edit with a show/hide action, whose text is handed to
 * the core in secure memory and then cleared from the widget.
 */
class PassphraseField : public QLineEdit
{
    Q_OBJECT

public:
    explicit PassphraseField(QWidget *parent = nullptr);

    /// The text as UTF-8 in secure memory; the field is cleared.
    Security::SecureBytes takePassphrase();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void toggleVisible();

    QAction *m_toggle = nullptr;
};

} // namespace Traedesten::Ui
