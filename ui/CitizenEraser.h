#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QWidget;

namespace Traedesten::Ui {

class CaseEditor;
class RetentionDialog;

/**
 * Erasing a closed case, from the Citizen menu or the retention review: the confirmation, the erasure in
 * one transaction, the Undo history cleared (no command may bring the citizen back), then the file's free
 * pages reclaimed on a worker thread behind a busy indicator, and a notice.
 */
class CitizenEraser : public QObject
{
    Q_OBJECT

public:
    CitizenEraser(CaseEditor *editor, QUndoStack *stack, QWidget *window);

    /// Citizen ▸ Erase citizen…: enabled for a closed case, else disabled with the reason as tool tip.
    QAction *eraseAction() const { return m_eraseAction; }
    /// File ▸ Closed cases past the retention period…
    QAction *reviewAction() const { return m_reviewAction; }

    /// The citizen the erase action is for (empty: none selected).
    void setCitizen(const QString &citizenId);
    /// Asks for confirmation, then erases @p citizenId.
    void erase(const QString &citizenId);
    void showReview();
    /// True while the free pages are being reclaimed.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The citizen was erased and the file no longer holds anything of them.
    void erased(const QString &citizenId);
    /// The file's free pages have been reclaimed after an erasure (or that failed: @p ok false).
    void reclaimed(bool ok);

private:
    void retranslate();
    void updateAction();
    void reclaim();
    bool eventFilter(QObject *watched, QEvent *event) override;

    CaseEditor *m_editor;
    QUndoStack *m_stack;
    QPointer<QWidget> m_window;
    QAction *m_eraseAction;
    QAction *m_reviewAction;
    QString m_citizenId;
    QPointer<RetentionDialog> m_review;
    bool m_busy = false;
};

} // namespace Traedesten::Ui
