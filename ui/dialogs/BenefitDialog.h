#pragma once

#include "FormDialog.h"
#include "domain/Benefit.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace Traedesten::Ui {

/// A public benefit or service one member of the household receives, and what it costs a month.
class BenefitDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Benefit &)>;
    BenefitDialog(const Domain::Benefit &benefit, const QList<Domain::HouseholdMember> &members,
        const QList<Domain::BenefitType> &types, const QList<Domain::Department> &departments, Saver save,
        QWidget *parent = nullptr);

    QComboBox *type() const { return m_type; }
    QComboBox *department() const { return m_department; }
    QLineEdit *cost() const { return m_cost; }
    DateField *start() const { return m_start; }
    DateField *end() const { return m_end; }

protected:
    Status trySave() override;
    void retranslate() override;

private:
    /// The department that usually grants a kind of benefit; empty when it has none.
    QString usualDepartment(const QString &typeId) const;
    /// Sets the department to the chosen kind's usual one, unless the user picked one by hand.
    void prefillDepartment();

    Domain::Benefit m_original;
    QList<Domain::BenefitType> m_types;
    Saver m_save;
    QComboBox *m_member = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_department = nullptr;
    bool m_departmentChosen = false; ///< picked by hand: a change of kind no longer overwrites it
    QLineEdit *m_cost = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace Traedesten::Ui
