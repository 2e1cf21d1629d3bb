#include "UnlockWidget.h"

#include "PassphraseField.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

UnlockWidget::UnlockWidget(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_file(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_passphrase(new PassphraseField(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_unlock(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_breakLock(new QPushButton(this))
{
    setObjectName(mode == Mode::LockScreen ? QStringLiteral("lockScreen") : QStringLiteral("unlockWidget"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_breakLock->setObjectName(QStringLiteral("breakLockButton"));
    m_breakLock->setVisible(false);

    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(56, 56));
    m_icon->setAlignment(Qt::AlignHCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_file->setAlignment(Qt::AlignHCenter);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompt->setBuddy(m_passphrase);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->setVisible(false);
    m_error->setAccessibleName(QStringLiteral("error"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);

    auto *form = new QVBoxLayout;
    form->setSpacing(8);
    form->addWidget(m_icon);
    form->addWidget(m_title);
    form->addWidget(m_file);
    form->addSpacing(12);
    form->addWidget(m_prompt);
    form->addWidget(m_passphrase);
    form->addWidget(m_error);
    form->addWidget(m_breakLock, 0, Qt::AlignLeft);
    form->addWidget(m_progress);
    form->addWidget(m_progressLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    form->addLayout(buttons);

    // Centred in a lock screen of any size, at a readable width.
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *column = new QWidget(this);
    column->setLayout(form);
    column->setMinimumWidth(380);
    column->setMaximumWidth(520);
    row->addWidget(column, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockWidget::requestUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWidget::requestUnlock);
    connect(m_close, &QPushButton::clicked, this, &UnlockWidget::closeRequested);
    connect(m_breakLock, &QPushButton::clicked, this, &UnlockWidget::breakLockRequested);
    connect(m_passphrase, &QLineEdit::textEdited, this, &UnlockWidget::clearError);
    setTabOrder(m_passphrase, m_unlock);
    setTabOrder(m_unlock, m_close);
    retranslate();
}

void UnlockWidget::setFilePath(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
}

Security::SecureBytes UnlockWidget::takePassphrase()
{
    return m_passphrase->takePassphrase();
}

void UnlockWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        clearError();
    else
        focusPassphrase();
}

void UnlockWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_passphrase->setAccessibleDescription(message);
}

void UnlockWidget::setBreakLockVisible(bool visible)
{
    m_breakLock->setVisible(visible);
}

void UnlockWidget::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
    m_breakLock->setVisible(false);
    m_passphrase->setAccessibleDescription({});
}

QString UnlockWidget::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void UnlockWidget::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockWidget::requestUnlock()
{
    if (m_busy)
        return;
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Enter the case file's passphrase."));
        return;
    }
    Q_EMIT unlockRequested();
}

void UnlockWidget::retranslate()
{
    if (m_mode == Mode::LockScreen) {
        m_title->setText(tr("The case file is locked"));
        m_close->setText(tr("&Close case file"));
    } else {
        m_title->setText(tr("Open case file"));
        m_close->setText(tr("Cancel"));
    }
    m_prompt->setText(tr("&Passphrase:"));
    m_breakLock->setText(tr("Open &anyway…"));
    m_unlock->setText(tr("&Unlock"));
    m_progressLabel->setText(tr("Unlocking… this takes a second or two."));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlock->setAccessibleName(tr("Unlock"));
}

void UnlockWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
