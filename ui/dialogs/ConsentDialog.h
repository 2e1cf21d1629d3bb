#pragma once

#include "FormDialog.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"

#include <functional>

class QComboBox;
class QLineEdit;

namespace Traedesten::Ui {

/// Records a member's consent for a department, its scope, expiry and withdrawal.
class ConsentDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Consent &)>;
    ConsentDialog(const Domain::Consent &consent, const QList<Domain::HouseholdMember> &members,
        const QList<Domain::Department> &departments, Saver save, QWidget *parent = nullptr);

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Consent m_original;
    Saver m_save;
    QComboBox *m_member = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_scope = nullptr;
    DateField *m_given = nullptr;
    DateField *m_expires = nullptr;
    DateField *m_withdrawn = nullptr;
};

} // namespace Traedesten::Ui
