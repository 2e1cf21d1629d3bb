#include "CategoriesDialog.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QListWidget>

namespace Traedesten::Ui {

using namespace Domain;

CategoriesDialog::CategoriesDialog(CaseEditor *editor, QWidget *parent)
    : NamedListDialog(editor, parent)
{
    setObjectName(QStringLiteral("categoriesDialog"));
    list()->setObjectName(QStringLiteral("categoryList"));
    setUp();
}

QList<NamedListDialog::Entry> CategoriesDialog::load()
{
    m_categories = editor()->caseload()->budgets().categories().value_or({});
    QList<Entry> entries;
    for (const SpendingCategory &c : std::as_const(m_categories))
        entries << Entry { DomainText::spendingCategory(c), c.archived, c.code.isEmpty(), {} };
    return entries;
}

Status CategoriesDialog::add(const QString &name)
{
    SpendingCategory category;
    category.name = name;
    return editor()->run(std::make_unique<CategoryCommand>(
        *editor()->caseload(), std::nullopt, category, tr("add spending category"), editor()->errorHandler()));
}

void CategoriesDialog::rename(int row, const QString &name)
{
    SpendingCategory after = m_categories.at(row);
    after.name = name;
    editor()->runOrReport(std::make_unique<CategoryCommand>(
        *editor()->caseload(), m_categories.at(row), after, tr("rename spending category"), editor()->errorHandler()));
}

void CategoriesDialog::setArchived(int row, bool archived)
{
    SpendingCategory after = m_categories.at(row);
    after.archived = archived;
    editor()->runOrReport(std::make_unique<CategoryCommand>(*editor()->caseload(), m_categories.at(row), after,
        archived ? tr("archive spending category") : tr("bring back spending category"), editor()->errorHandler()));
}

QString CategoriesDialog::title() const
{
    return tr("Spending categories");
}

QString CategoriesDialog::newTitle() const
{
    return tr("New spending category");
}

QString CategoriesDialog::renameTitle() const
{
    return tr("Rename spending category");
}

} // namespace Traedesten::Ui
