#include "PassphraseStrengthMeter.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using Security::PassphraseStrength;

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setRange(0, 5);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    updateText();
}

void PassphraseStrengthMeter::setPassphrase(const QString &passphrase)
{
    m_strength = PassphraseStrength::estimate(passphrase);
    updateText();
}

QString PassphraseStrengthMeter::weaknessText(PassphraseStrength::Weakness weakness)
{
    using W = PassphraseStrength::Weakness;
    switch (weakness) {
    case W::None:
        return {};
    case W::Empty:
        return tr("Enter a passphrase.");
    case W::TooShort:
        return tr("Too short: use at least %n characters.", nullptr, PassphraseStrength::MinimumLength);
    case W::CommonWord:
        return tr("Too easy to guess: it is mostly a common word or name.");
    case W::Repetition:
        return tr("Too easy to guess: it repeats characters or words.");
    case W::Sequence:
        return tr("Too easy to guess: it is a sequence such as \"abcd\" or \"1234\".");
    case W::KeyboardPattern:
        return tr("Too easy to guess: it follows keys next to each other on the keyboard.");
    case W::Date:
        return tr("Too easy to guess: it contains a date or a year.");
    case W::TooSimple:
        return tr("Too easy to guess: add more unrelated words.");
    }
    return {};
}

void PassphraseStrengthMeter::updateText()
{
    static const char *const levels[] = {
        QT_TR_NOOP("Very weak"),
        QT_TR_NOOP("Weak"),
        QT_TR_NOOP("Fair"),
        QT_TR_NOOP("Strong"),
        QT_TR_NOOP("Very strong"),
    };
    const int score = std::clamp(m_strength.score, 0, 4);
    m_bar->setValue(m_strength.weakness == PassphraseStrength::Weakness::Empty ? 0 : score + 1);
    // Red while refused, green once accepted: the colour repeats what the sentence says.
    const QString colour = m_strength.isAcceptable() ? QStringLiteral("#2e7d32")
        : score >= 2                                 ? QStringLiteral("#ef6c00")
                                                     : QStringLiteral("#c62828");
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    if (m_strength.weakness == PassphraseStrength::Weakness::Empty) {
        m_label->setText(tr("Use four or more unrelated words. A forgotten passphrase cannot be recovered."));
    } else if (m_strength.isAcceptable()) {
        m_label->setText(tr("Strength: %1. Good.").arg(tr(levels[score])));
    } else {
        m_label->setText(tr("Strength: %1. %2").arg(tr(levels[score]), weaknessText(m_strength.weakness)));
    }
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_bar->setAccessibleDescription(m_label->text());
}

void PassphraseStrengthMeter::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
