#include "UnlockDialog.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "widgets/UnlockWidget.h"

#include <QEvent>
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
                m_widget->showError(ErrorText::forCaseFile(result.error()));
                return;
            }
            m_file = std::move(result).value();
            accept();
        });
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
