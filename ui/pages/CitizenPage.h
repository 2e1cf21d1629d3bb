#pragma once

#include "storage/ChangeNotifier.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

class CaseEditor;

/**
 * One page about the selected citizen. It reads what it shows from the core
 * with a few queries when the citizen changes, and again when the core says
 * one of that citizen's records changed; while locked it shows nothing.
 */
class CitizenPage : public QWidget
{
    Q_OBJECT

public:
    void setCitizen(const QString &citizenId);
    QString citizenId() const { return m_citizenId; }

protected:
    CitizenPage(CaseEditor *editor, QWidget *parent);

    CaseEditor *editor() const { return m_editor; }
    /// The open caseload, or nullptr while locked or closed.
    Storage::Caseload *caseload() const;

    /// Shows the current citizen (or nothing, when there is none or the file is locked).
    virtual void reload() = 0;
    virtual void retranslate() = 0;
    /// A read-only list of rows, one chosen at a time, as every page's tables are.
    static void setUpList(QTableView *table);
    /// An empty state: @p text centred, with @p button (may be nullptr) under it.
    QWidget *makeEmptyState(QLabel *text, QPushButton *button);
    /// Asks before a destructive step (which can be undone); true when the user confirmed.
    bool confirm(const QString &title, const QString &question, const QString &action);
    /// Whether a change to a record affects this page; by default those of the current citizen.
    virtual bool concerns(Storage::EntityType type, const QString &citizenId) const;
    void changeEvent(QEvent *event) override;

private:
    void onCaseloadChanged();
    void listenToChanges();

    CaseEditor *m_editor;
    QString m_citizenId;
    QMetaObject::Connection m_changes;
};

} // namespace Traedesten::Ui
