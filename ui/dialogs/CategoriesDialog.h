#pragma once

#include "NamedListDialog.h"
#include "domain/SpendingCategory.h"

namespace Traedesten::Ui {

/**
 * The case file's spending categories: the built-in ones and the file's own. Categories in
 * use are archived, never deleted; an archived one is not offered for new entries.
 */
class CategoriesDialog : public NamedListDialog
{
    Q_OBJECT

public:
    explicit CategoriesDialog(CaseEditor *editor, QWidget *parent = nullptr);

protected:
    QList<Entry> load() override;
    Status add(const QString &name) override;
    void rename(int row, const QString &name) override;
    void setArchived(int row, bool archived) override;
    QString title() const override;
    QString newTitle() const override;
    QString renameTitle() const override;

private:
    QList<Domain::SpendingCategory> m_categories;
};

} // namespace Traedesten::Ui
