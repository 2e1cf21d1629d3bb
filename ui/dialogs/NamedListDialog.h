#pragma once

#include "Result.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace Traedesten::Ui {

class CaseEditor;

/**
 * A case file's own list of names beside the built-in ones (spending categories, departments):
 * add, rename the file's own, archive and bring back. Entries in use are archived, never
 * deleted, so what was written about them keeps its meaning. Every change is one undo step.
 * Subclasses say what the list holds and how a change is made.
 */
class NamedListDialog : public QDialog
{
    Q_OBJECT

public:
    QListWidget *list() const { return m_list; }
    /// Adds an entry named @p name; false, after telling the user why, when refused.
    bool addEntry(const QString &name);
    /// Archives the selected entry, or brings it back.
    void toggleArchived();

protected:
    struct Entry
    {
        QString label;
        bool archived = false;
        bool renamable = false; ///< the file's own; built-in names are translated, not renamed
        QString name; ///< what renaming starts from, when it is not the label
    };

    NamedListDialog(CaseEditor *editor, QWidget *parent);
    /// Call at the end of the subclass's constructor, when its texts can be asked for.
    void setUp();
    CaseEditor *editor() const { return m_editor; }

    /// Asks for what to add: by default a name; a subclass may open a fuller dialog and call entryAdded().
    virtual void requestAdd();
    /// Shows a newly added entry, selected.
    void entryAdded();
    /// Adds a button of the subclass's own below Rename and Archive.
    void addButton(QPushButton *button);
    /// Reads the list again, keeping the selected row.
    void reload();

    virtual QList<Entry> load() = 0;
    virtual Status add(const QString &name) = 0;
    virtual void rename(int row, const QString &name) = 0;
    virtual void setArchived(int row, bool archived) = 0;
    virtual QString title() const = 0;
    virtual QString newTitle() const = 0;
    virtual QString renameTitle() const = 0;

    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void renameCurrent();
    void updateButtons();
    const Entry *current() const;

    CaseEditor *m_editor;
    QList<Entry> m_entries;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_close = nullptr;
    QVBoxLayout *m_buttons = nullptr;
};

} // namespace Traedesten::Ui
