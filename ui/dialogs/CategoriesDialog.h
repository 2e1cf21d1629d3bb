#pragma once

#include "domain/SpendingCategory.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace Traedesten::Ui {

class CaseEditor;

/**
 * The case file's list of spending categories: the built-in ones and the
 * file's own. Add, rename (own ones), archive and bring back; every change is
 * undoable. Categories in use are archived, never deleted.
 */
class CategoriesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CategoriesDialog(CaseEditor *editor, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Adds a category named @p name; false with a message when refused.
    bool addCategory(const QString &name);
    /// Archives the selected category, or brings it back.
    void toggleArchived();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void renameCurrent();
    void updateButtons();
    const Domain::SpendingCategory *current() const;

    CaseEditor *m_editor;
    QList<Domain::SpendingCategory> m_categories;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_archive = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Traedesten::Ui
