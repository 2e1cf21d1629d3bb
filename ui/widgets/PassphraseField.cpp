#include "PassphraseField.h"

#include <QAction>
#include <QEvent>
#include <QIcon>

namespace Traedesten::Ui {

PassphraseField::PassphraseField(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    setMaxLength(1024);
    m_toggle = addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    connect(m_toggle, &QAction::toggled, this, &PassphraseField::toggleVisible);
    retranslate();
}

Security::SecureBytes PassphraseField::takePassphrase()
{
    Security::SecureBytes bytes = Security::SecureBytes::fromUtf8(text());
    // QLineEdit keeps its own QString; overwriting then clearing is the best Qt allows.
    setText(QString(text().size(), QLatin1Char(' ')));
    clear();
    return bytes;
}

void PassphraseField::toggleVisible()
{
    setEchoMode(m_toggle->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
    retranslate();
}

void PassphraseField::retranslate()
{
    m_toggle->setText(m_toggle->isChecked() ? tr("Hide passphrase") : tr("Show passphrase"));
    m_toggle->setToolTip(m_toggle->text());
}

void PassphraseField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace Traedesten::Ui
