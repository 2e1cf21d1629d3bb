#include "DepartmentsDialog.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QListWidget>

namespace Traedesten::Ui {

using namespace Domain;

DepartmentsDialog::DepartmentsDialog(CaseEditor *editor, QWidget *parent)
    : NamedListDialog(editor, parent)
{
    setObjectName(QStringLiteral("departmentsDialog"));
    list()->setObjectName(QStringLiteral("departmentList"));
    setUp();
}

QList<NamedListDialog::Entry> DepartmentsDialog::load()
{
    m_departments = editor()->caseload()->plans().departments().value_or({});
    QList<Entry> entries;
    for (const Department &d : std::as_const(m_departments))
        entries << Entry { DomainText::department(d), d.archived, d.code.isEmpty(), {} };
    return entries;
}

Status DepartmentsDialog::add(const QString &name)
{
    Department department;
    department.name = name;
    return editor()->run(std::make_unique<DepartmentCommand>(
        *editor()->caseload(), std::nullopt, department, tr("add department"), editor()->errorHandler()));
}

void DepartmentsDialog::rename(int row, const QString &name)
{
    Department after = m_departments.at(row);
    after.name = name;
    editor()->runOrReport(std::make_unique<DepartmentCommand>(
        *editor()->caseload(), m_departments.at(row), after, tr("rename department"), editor()->errorHandler()));
}

void DepartmentsDialog::setArchived(int row, bool archived)
{
    Department after = m_departments.at(row);
    after.archived = archived;
    editor()->runOrReport(std::make_unique<DepartmentCommand>(*editor()->caseload(), m_departments.at(row), after,
        archived ? tr("archive department") : tr("bring back department"), editor()->errorHandler()));
}

QString DepartmentsDialog::title() const
{
    return tr("Departments");
}

QString DepartmentsDialog::newTitle() const
{
    return tr("New department");
}

QString DepartmentsDialog::renameTitle() const
{
    return tr("Rename department");
}

} // namespace Traedesten::Ui
