#include "CitizenEraser.h"

#include "BackgroundTask.h"
#include "CaseEditor.h"
#include "ErrorText.h"
#include "dialogs/EraseCitizenDialog.h"
#include "dialogs/RetentionDialog.h"
#include "storage/Caseload.h"
#include "storage/Erasure.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace Traedesten::Ui {

CitizenEraser::CitizenEraser(CaseEditor *editor, QUndoStack *stack, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_stack(stack)
    , m_window(window)
    , m_eraseAction(new QAction(this))
    , m_reviewAction(new QAction(this))
{
    m_eraseAction->setObjectName(QStringLiteral("eraseCitizen"));
    m_reviewAction->setObjectName(QStringLiteral("retentionReview"));
    connect(m_eraseAction, &QAction::triggered, this, [this] { erase(m_citizenId); });
    connect(m_reviewAction, &QAction::triggered, this, &CitizenEraser::showReview);
    connect(m_editor, &CaseEditor::caseloadChanged, this, &CitizenEraser::updateAction);
    window->installEventFilter(this); // for LanguageChange
    retranslate();
}

bool CitizenEraser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CitizenEraser::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    updateAction();
}

void CitizenEraser::updateAction()
{
    Storage::Caseload *caseload = m_editor->caseload();
    m_reviewAction->setEnabled(caseload && !m_busy);
    if (!caseload || m_citizenId.isEmpty() || m_busy) {
        m_eraseAction->setEnabled(false);
        m_eraseAction->setToolTip(QString());
        return;
    }
    const auto citizen = caseload->citizens().get(m_citizenId);
    const bool closed = citizen && citizen->status == Domain::CitizenStatus::Closed;
    m_eraseAction->setEnabled(closed);
    m_eraseAction->setToolTip(closed ? tr("Erase everything the case file holds about this citizen")
                                     : tr("Only a closed case can be erased. Close the case first "
                                          "(Edit citizen ▸ Status)."));
}

void CitizenEraser::erase(const QString &citizenId)
{
    Storage::Caseload *caseload = m_editor->caseload();
    if (!caseload || citizenId.isEmpty() || m_busy)
        return;
    const auto summary = Storage::Erasure::preview(caseload->file(), citizenId);
    if (!summary) {
        QMessageBox::information(m_window, tr("Erase citizen"), ErrorText::forCaseFile(summary.error()));
        return;
    }
    // Over the review list when it asked, else over the main window.
    QWidget *parent
        = m_review && m_review->isVisible() && m_review->isActiveWindow() ? m_review.data() : m_window.data();
    auto *dialog = new EraseCitizenDialog(*summary, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, citizenId] {
        Storage::Caseload *open = m_editor->caseload();
        if (!open)
            return;
        const Status s = Storage::Erasure::erase(open->file(), citizenId);
        if (!s) {
            QMessageBox::warning(m_window, tr("Not erased"), ErrorText::forCaseFile(s.error()));
            return;
        }
        // No command may bring the citizen back: the whole history goes (its commands hold their records).
        m_stack->clear();
        Q_EMIT erased(citizenId);
        if (m_citizenId == citizenId)
            m_citizenId.clear();
        if (m_review)
            m_review->refresh();
        reclaim();
    });
    dialog->open();
}

void CitizenEraser::reclaim()
{
    Storage::Caseload *caseload = m_editor->caseload();
    if (!caseload)
        return;
    m_busy = true;
    updateAction();
    // VACUUM rewrites the whole file (about 1 s per 100 MB here): on a worker thread, while a modal busy
    // indicator keeps the user from the file. CaseFile::lock() waits for it should the idle lock strike.
    auto *busy
        = new QProgressDialog(tr("Removing the erased case from the file's free space…"), QString(), 0, 0, m_window);
    busy->setObjectName(QStringLiteral("reclaimProgress"));
    busy->setWindowTitle(tr("Erase citizen"));
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(0);
    busy->setCancelButton(nullptr);
    busy->setAttribute(Qt::WA_DeleteOnClose);
    busy->show();
    Storage::CaseFile *file = &caseload->file();
    runInBackground(
        this, [file] { return file->reclaimFreePages(); },
        [this, busy = QPointer<QProgressDialog>(busy)](Status s) {
            if (busy)
                busy->close();
            m_busy = false;
            updateAction();
            Q_EMIT reclaimed(s.ok());
            if (s.ok()) {
                auto *notice = new QMessageBox(QMessageBox::Information, tr("Citizen erased"),
                    tr("The case has been erased from the case file. The Undo history was cleared."), QMessageBox::Ok,
                    m_window);
                notice->setObjectName(QStringLiteral("erasedNotice"));
                notice->setAttribute(Qt::WA_DeleteOnClose);
                notice->open();
            } else {
                QMessageBox::warning(m_window, tr("Citizen erased"),
                    tr("The case has been erased, but the file could not be compacted afterwards: %1")
                        .arg(ErrorText::forCaseFile(s.error())));
            }
        });
}

void CitizenEraser::showReview()
{
    if (!m_editor->caseload())
        return;
    if (!m_review) {
        m_review = new RetentionDialog(
            [this]() -> Result<std::pair<QList<Storage::RetentionCase>, int>> {
                Storage::Caseload *caseload = m_editor->caseload();
                if (!caseload)
                    return Error { ErrorCode::Locked, {} };
                auto years = Storage::Erasure::retentionYears(caseload->file());
                if (!years)
                    return years.error();
                auto cases = Storage::Erasure::pastRetention(caseload->file(), QDate::currentDate());
                if (!cases)
                    return cases.error();
                return std::make_pair(*cases, *years);
            },
            m_window);
        m_review->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_review, &RetentionDialog::eraseRequested, this, &CitizenEraser::erase);
    } else {
        m_review->refresh();
    }
    m_review->show();
    m_review->raise();
    m_review->activateWindow();
}

void CitizenEraser::retranslate()
{
    m_eraseAction->setText(tr("E&rase citizen…"));
    m_reviewAction->setText(tr("Closed cases past the retention &period…"));
    updateAction();
}

} // namespace Traedesten::Ui
