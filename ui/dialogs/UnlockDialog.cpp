#include "UnlockDialog.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "widgets/UnlockWidget.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

UnlockDialog::UnlockDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_widget(new UnlockWidget(UnlockWidget::Mode::Open, this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    m_widget->setFilePath(path);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    connect(m_widget, &UnlockWidget::unlockRequested, this, &UnlockDialog::openFile);
    connect(m_widget, &UnlockWidget::closeRequested, this, &UnlockDialog::reject);
    connect(m_widget, &UnlockWidget::breakLockRequested, this, &UnlockDialog::breakLock);
    setWindowTitle(tr("Open case file"));
    resize(520, 360);
    m_widget->focusPassphrase();
}

void UnlockDialog::openFile()
{
    auto passphrase = std::make_shared<Security::SecureBytes>(m_widget->takePassphrase());
    m_widget->setBusy(true);
    runInBackground(
        this, [path = m_path, passphrase] { return Storage::CaseFile::open(path, *passphrase); },
        [this](Result<std::unique_ptr<Storage::CaseFile>> result) {
            m_widget->setBusy(false);
            if (!result) {
                showOpenError(result.error());
                return;
            }
            m_file = std::move(result).value();
            accept();
        });
}

void UnlockDialog::showOpenError(const Error &error)
{
    const auto owner = error.code == ErrorCode::InUse ? Storage::CaseFile::lockOwner(m_path) : std::nullopt;
    if (owner && !owner->onThisComputer) {
        m_widget->showError(tr("The case file is open on the computer \"%1\" (or was, when that computer stopped). "
                               "Close it there first. If that computer crashed or was switched off, you can open "
                               "the file here anyway.")
                                .arg(owner->hostName));
        m_widget->setBreakLockVisible(true);
        return;
    }
    m_widget->showError(ErrorText::forCaseFile(error));
}

void UnlockDialog::breakLock()
{
    const auto owner = Storage::CaseFile::lockOwner(m_path);
    if (!owner)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Open anyway?"),
        tr("Only continue if Trædesten is not running on \"%1\" any more. If the case file is changed in two places "
           "at once, changes can be lost.")
            .arg(owner->hostName),
        QMessageBox::Cancel, this);
    QPushButton *open = box.addButton(tr("Open &anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != open)
        return;
    if (Status s = Storage::CaseFile::removeLock(m_path); !s) {
        m_widget->showError(ErrorText::forCaseFile(s.error()));
        return;
    }
    m_widget->clearError();
    m_widget->showError(tr("The other computer's lock was removed. Enter the passphrase to open the case file."));
    m_widget->focusPassphrase();
}

void UnlockDialog::reject()
{
    // Closing while the key is being derived would leave the result nowhere to go.
    if (m_widget->isBusy())
        return;
    QDialog::reject();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Open case file"));
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
