#include "ChangePassphraseDialog.h"

#include "ErrorText.h"
#include "storage/CaseFile.h"
#include "storage/PassphraseChange.h"
#include "widgets/PassphraseField.h"
#include "widgets/PassphraseStrengthMeter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace Traedesten::Ui {

using Storage::PassphraseChange;

namespace {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setVisible(false);
    return label;
}

using Progress = Storage::DatabaseCopy::Progress;

} // namespace

ChangePassphraseDialog::ChangePassphraseDialog(Storage::CaseFile &file, KdfChooser chooseKdf, QWidget *parent)
    : QDialog(parent)
    , m_file(file)
    , m_chooseKdf(std::move(chooseKdf))
    , m_intro(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_current(new PassphraseField(this))
    , m_currentError(errorLabel(this, "currentError"))
    , m_newLabel(new QLabel(this))
    , m_new(new PassphraseField(this))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_newError(errorLabel(this, "newError"))
    , m_repeatLabel(new QLabel(this))
    , m_repeat(new PassphraseField(this))
    , m_repeatError(errorLabel(this, "repeatError"))
    , m_backupNote(new QLabel(this))
    , m_reencryptBackups(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_resultText(errorLabel(this, "resultText"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_new->setObjectName(QStringLiteral("newPassphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_reencryptBackups->setObjectName(QStringLiteral("reencryptBackups"));
    m_intro->setWordWrap(true);
    m_backupNote->setWordWrap(true);
    m_backupNote->setObjectName(QStringLiteral("backupNote"));
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_reencryptBackups->setChecked(true);
    m_reencryptBackups->setVisible(false);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);
    m_progressLabel->setWordWrap(true);
    m_changeButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setDefault(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_currentLabel, 0, 0);
    grid->addWidget(m_current, 0, 1);
    grid->addWidget(m_currentError, 1, 1);
    grid->setRowMinimumHeight(2, 8);
    grid->addWidget(m_newLabel, 3, 0);
    grid->addWidget(m_new, 3, 1);
    grid->addWidget(m_meter, 4, 1);
    grid->addWidget(m_newError, 5, 1);
    grid->addWidget(m_repeatLabel, 6, 0);
    grid->addWidget(m_repeat, 6, 1);
    grid->addWidget(m_repeatError, 7, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_backupNote);
    layout->addWidget(m_reencryptBackups);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_resultText);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_new, &QLineEdit::textChanged, m_meter, &PassphraseStrengthMeter::setPassphrase);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePassphraseDialog::fitHeight);
    connect(m_current, &QLineEdit::textEdited, this, [this] { m_currentError->setVisible(false); });
    connect(m_new, &QLineEdit::textEdited, this, [this] { m_newError->setVisible(false); });
    connect(m_repeat, &QLineEdit::textEdited, this, [this] { m_repeatError->setVisible(false); });

    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_repeat);
    setTabOrder(m_repeat, m_reencryptBackups);
    setTabOrder(m_reencryptBackups, m_buttons);
    retranslate();
    setMinimumWidth(600);
    resize(600, sizeHint().height());
    m_current->setFocus();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    // The worker uses the case file and this dialog's change: let it end first (a lock stops a copy at once).
    m_running.waitForFinished();
}

void ChangePassphraseDialog::setBackups(const QStringList &paths)
{
    m_backups = paths;
    m_reencryptBackups->setVisible(!paths.isEmpty() && !m_finished);
    retranslate();
    fitHeight();
}

void ChangePassphraseDialog::retranslate()
{
    setWindowTitle(tr("Change passphrase"));
    m_intro->setText(tr("The whole case file is encrypted again under the new passphrase. As soon as that is "
                        "done, only the new passphrase opens it. If the computer stops during the change, the "
                        "case file opens with the old passphrase or the new one; nothing is lost."));
    m_currentLabel->setText(tr("&Current passphrase:"));
    m_newLabel->setText(tr("&New passphrase:"));
    m_repeatLabel->setText(tr("&Repeat new passphrase:"));
    m_backupNote->setText(tr("Backups made before the change keep the old passphrase: they open with the old "
                             "passphrase, not with the new one."));
    m_reencryptBackups->setText(
        tr("&Also encrypt the %n existing backup(s) with the new passphrase", nullptr, int(m_backups.size())));
    m_changeButton->setText(tr("C&hange passphrase"));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
    m_current->setAccessibleName(tr("Current passphrase"));
    m_new->setAccessibleName(tr("New passphrase"));
    m_repeat->setAccessibleName(tr("Repeat new passphrase"));
}

void ChangePassphraseDialog::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(true);
    fitHeight();
}

void ChangePassphraseDialog::fitHeight()
{
    // As in NewCaseFileDialog: word-wrapped labels do not raise the minimum height themselves.
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

bool ChangePassphraseDialog::validate()
{
    bool ok = true;
    if (m_current->text().isEmpty()) {
        showFieldError(m_currentError, tr("Type the passphrase the case file has now."));
        ok = false;
    }
    m_meter->setPassphrase(m_new->text());
    if (!m_meter->strength().isAcceptable()) {
        // The meter right above says why; this says what it means.
        showFieldError(m_newError, tr("This passphrase cannot be used: choose a stronger one."));
        ok = false;
    } else if (m_new->text() == m_current->text()) {
        showFieldError(m_newError, tr("The new passphrase must be different from the current one."));
        ok = false;
    } else if (m_repeat->text() != m_new->text()) {
        showFieldError(m_repeatError, tr("The two new passphrases are not the same."));
        ok = false;
    }
    return ok;
}

template<typename Work, typename Done> void ChangePassphraseDialog::runStep(Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done = std::move(done)]() mutable {
        const T result = watcher->future().result();
        watcher->deleteLater();
        done(result);
    });
    QFuture<T> future = QtConcurrent::run([work = std::move(work)]() mutable -> T {
        try {
            return work();
        } catch (const std::exception &e) {
            return Error { ErrorCode::Internal, QString::fromLocal8Bit(e.what()) };
        }
    });
    m_running = QFuture<void>(future);
    watcher->setFuture(future);
}

void ChangePassphraseDialog::start()
{
    if (m_busy || m_finished)
        return;
    m_resultText->setVisible(false);
    if (!validate())
        return;
    // The current one is taken (and cleared): when it is wrong, only it is typed again.
    auto oldPassphrase = std::make_shared<Security::SecureBytes>(m_current->takePassphrase());
    auto newPassphrase = std::make_shared<Security::SecureBytes>(Security::SecureBytes::fromUtf8(m_new->text()));
    setBusy(true,
        tr("Checking the passphrase, measuring this computer and encrypting the case file again… "
           "this takes a few seconds, longer for a large file."));

    // Copy progress comes from the worker; shown on this dialog's thread (dropped once it is gone).
    const Progress progress = [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, int(qMin<qint64>(total, 1 << 30)));
                m_progress->setValue(int(qMin<qint64>(done, 1 << 30)));
            },
            Qt::QueuedConnection);
        return true;
    };
    Storage::CaseFile *file = &m_file;
    runStep(
        [file, header = m_file.header(), oldPassphrase, newPassphrase, choose = m_chooseKdf,
            progress]() -> Result<ChangePtr> {
            auto prepared = PassphraseChange::prepare(header, *oldPassphrase, *newPassphrase, choose);
            if (!prepared)
                return prepared.error();
            ChangePtr change(std::move(prepared).value().release());
            if (Status s = change->copy(*file, progress); !s)
                return s.error();
            return change;
        },
        [this](const Result<ChangePtr> &result) { copied(result, 1); });
}

void ChangePassphraseDialog::copied(Result<ChangePtr> result, int attempt)
{
    if (!result) {
        setBusy(false);
        if (result.code() == ErrorCode::WrongPassphrase) {
            showFieldError(m_currentError,
                tr("This is not the passphrase the case file has now. Check Caps Lock and the keyboard layout."));
            m_current->setFocus();
        } else {
            showFieldError(m_resultText, failureText(result.error()));
            m_new->setFocus();
        }
        return;
    }
    m_change = result.value();
    const Status committed = m_change->commit(m_file);
    if (!committed && m_change->writtenSinceCopy() && attempt < PassphraseChange::MaximumCopies) {
        // Something was saved while the copy finished: copy again, so that nothing is lost.
        Storage::CaseFile *file = &m_file;
        ChangePtr change = m_change;
        runStep(
            [file, change]() -> Result<ChangePtr> {
                if (Status s = change->copy(*file); !s)
                    return s.error();
                return change;
            },
            [this, attempt](const Result<ChangePtr> &again) { copied(again, attempt + 1); });
        return;
    }
    if (!committed && !m_change->committed()) {
        setBusy(false);
        showFieldError(m_resultText, failureText(committed.error()));
        return;
    }
    Q_EMIT passphraseChanged();
    if (!committed) {
        // Renamed, but the file could not be opened again: it is locked and opens with the new passphrase.
        m_finished = true;
        m_new->clear();
        m_repeat->clear();
        setBusy(false);
        showFieldError(m_resultText,
            tr("The passphrase has been changed, but the case file could not be opened again: %1 "
               "Unlock it with the new passphrase.")
                .arg(ErrorText::forCaseFile(committed.error())));
        return;
    }
    if (!m_backups.isEmpty() && m_reencryptBackups->isChecked())
        reencryptBackups();
    else
        finish({}, {});
}

void ChangePassphraseDialog::reencryptBackups()
{
    setBusy(true, tr("The passphrase has been changed. Encrypting the backups with the new passphrase…"));
    m_progress->setRange(0, int(m_backups.size()));
    m_progress->setValue(0);
    using Outcome = std::pair<QStringList, QStringList>;
    ChangePtr change = m_change;
    runStep(
        [this, change, backups = m_backups]() -> Result<Outcome> {
            Outcome outcome;
            for (const QString &path : backups) {
                const Status s = change->reencrypt(path);
                (s ? outcome.first : outcome.second) << path;
                QMetaObject::invokeMethod(
                    this, [this, n = outcome.first.size() + outcome.second.size()] { m_progress->setValue(int(n)); },
                    Qt::QueuedConnection);
            }
            return outcome;
        },
        [this](const Result<Outcome> &outcome) {
            if (outcome)
                finish(outcome.value().first, outcome.value().second);
            else
                finish({}, m_backups);
        });
}

void ChangePassphraseDialog::finish(const QStringList &done, const QStringList &failed)
{
    m_finished = true;
    m_new->clear();
    m_repeat->clear();
    m_meter->setPassphrase(QString());
    setBusy(false);
    if (!done.isEmpty() || !failed.isEmpty())
        Q_EMIT backupsReencrypted(done, failed);
    if (failed.isEmpty()) {
        accept();
        return;
    }
    QStringList names;
    for (const QString &path : failed)
        names << QFileInfo(path).fileName();
    showFieldError(m_resultText,
        tr("The passphrase has been changed. %n backup(s) could not be encrypted again and still open with the "
           "old passphrase: %1",
            nullptr, int(failed.size()))
            .arg(names.join(QStringLiteral(", "))));
}

QString ChangePassphraseDialog::failureText(const Error &error)
{
    const QString unchanged = tr("The passphrase has not been changed.");
    switch (error.code) {
    case ErrorCode::Locked:
        return tr("The case file was locked before the change was done.") + QLatin1Char(' ') + unchanged;
    case ErrorCode::DiskFull:
        return tr("There is not enough free space beside the case file: the change needs as much again as the "
                  "case file takes. Free some space and try again.")
            + QLatin1Char(' ') + unchanged;
    case ErrorCode::Cancelled:
        return tr("The case file kept changing while it was being encrypted again. Try again.") + QLatin1Char(' ')
            + unchanged;
    default:
        return ErrorText::forCaseFile(error) + QLatin1Char(' ') + unchanged;
    }
}

void ChangePassphraseDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    for (QWidget *w : { static_cast<QWidget *>(m_current), static_cast<QWidget *>(m_new),
             static_cast<QWidget *>(m_repeat), static_cast<QWidget *>(m_reencryptBackups) })
        w->setEnabled(!busy && !m_finished);
    m_changeButton->setVisible(!m_finished);
    m_changeButton->setEnabled(!busy);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel)) {
        cancel->setEnabled(!busy);
        cancel->setText(m_finished ? tr("Close") : tr("Cancel"));
    }
    if (busy) {
        m_progress->setRange(0, 0);
        m_progressLabel->setText(what);
    }
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    fitHeight();
}

void ChangePassphraseDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
