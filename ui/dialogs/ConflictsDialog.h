#pragma once

#include "storage/SyncStore.h"

#include <QDialog>
#include <QJsonValue>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Traedesten::Storage {
class CaseFile;
}

namespace Traedesten::Ui {

class CaseEditor;
class ConflictModel;

/**
 * File ▸ Resolve conflicts…: the open team-server conflicts of the case file, and for the one selected
 * its record and field with the value before both changes, mine and theirs side by side; keep mine, keep
 * theirs or type a merged value. A purchase past the budget cap is explained in money, and gets a new
 * amount or is voided with a reason. Every choice is an undoable step (Ctrl+Z) until the next
 * synchronisation sends it.
 */
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p me: the person's user name on the team server. A conflict is kept as its pusher saw it; for the
    /// others, mine and theirs are turned round, so "mine" is always what this person's side holds.
    ConflictsDialog(CaseEditor *editor, Storage::CaseFile &file, const QString &me, QWidget *parent = nullptr);

    /// Reads the conflicts again (after a synchronisation or a choice), keeping the selection.
    void reload();
    ConflictModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }

Q_SIGNALS:
    /// A choice was made, undone or redone: synchronise soon.
    void choiceChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    const Storage::SyncConflict *selected() const;
    void choose(const QJsonValue &value, const QString &what);
    void useMerged();
    void useAmount();
    void voidEntry();

    CaseEditor *m_editor;
    Storage::CaseFile &m_file;
    QString m_me;
    ConflictModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_list = nullptr;
    QGroupBox *m_detail = nullptr;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_pages = nullptr;
    // A field changed on both sides.
    QLabel *m_baseCaption = nullptr;
    QLabel *m_mineCaption = nullptr;
    QLabel *m_theirsCaption = nullptr;
    QLabel *m_base = nullptr;
    QLabel *m_mine = nullptr;
    QLabel *m_theirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QLabel *m_mergedCaption = nullptr;
    QLineEdit *m_merged = nullptr;
    QPushButton *m_useMerged = nullptr;
    // A purchase past the budget cap.
    QLabel *m_capText = nullptr;
    QLabel *m_amountCaption = nullptr;
    QLineEdit *m_amount = nullptr;
    QPushButton *m_useAmount = nullptr;
    QLabel *m_reasonCaption = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_void = nullptr;

    QLabel *m_error = nullptr;
    QLabel *m_choice = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Traedesten::Ui
