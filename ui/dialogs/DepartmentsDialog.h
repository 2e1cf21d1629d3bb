#pragma once

#include "NamedListDialog.h"
#include "domain/FamilyPlan.h"

namespace Traedesten::Ui {

/**
 * The case file's departments: the built-in ones (job centre, family department, …) and the
 * file's own, e.g. a municipality's own name for a unit. Departments in use are archived,
 * never deleted; an archived one is not offered for new interventions and consents.
 */
class DepartmentsDialog : public NamedListDialog
{
    Q_OBJECT

public:
    explicit DepartmentsDialog(CaseEditor *editor, QWidget *parent = nullptr);

protected:
    QList<Entry> load() override;
    Status add(const QString &name) override;
    void rename(int row, const QString &name) override;
    void setArchived(int row, bool archived) override;
    QString title() const override;
    QString newTitle() const override;
    QString renameTitle() const override;

private:
    QList<Domain::Department> m_departments;
};

} // namespace Traedesten::Ui
