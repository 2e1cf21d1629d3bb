#pragma once

#include "NamedListDialog.h"
#include "domain/Benefit.h"
#include "domain/FamilyPlan.h"

namespace Traedesten::Ui {

/**
 * The case file's kinds of public benefits and services: the built-in ones (cash benefit,
 * family treatment, …) and the file's own. Kinds in use are archived, never deleted.
 */
class BenefitTypesDialog : public NamedListDialog
{
    Q_OBJECT

public:
    explicit BenefitTypesDialog(CaseEditor *editor, QWidget *parent = nullptr);

    /// Sets the department that usually grants the selected kind (empty: none); one undo step.
    void setDepartment(const QString &departmentId);

protected:
    QList<Entry> load() override;
    Status add(const QString &name) override;
    void rename(int row, const QString &name) override;
    void setArchived(int row, bool archived) override;
    QString title() const override;
    QString newTitle() const override;
    QString renameTitle() const override;

    void changeEvent(QEvent *event) override;

private:
    void chooseDepartment();
    void retranslateOwn();

    QList<Domain::BenefitType> m_types;
    QList<Domain::Department> m_departments;
    QPushButton *m_department = nullptr;
};

} // namespace Traedesten::Ui
