#pragma once

#include "security/PassphraseStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Traedesten::Ui {

/// A live bar and sentence telling how strong a passphrase is and, if weak, why.
class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget *parent = nullptr);

    void setPassphrase(const QString &passphrase);
    const Security::PassphraseStrength &strength() const { return m_strength; }
    /// Why a passphrase is refused, or an empty string when it is acceptable.
    static QString weaknessText(Security::PassphraseStrength::Weakness weakness);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    Security::PassphraseStrength m_strength;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Traedesten::Ui
