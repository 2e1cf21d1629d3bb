#pragma once

#include "FormDialog.h"
#include "domain/FamilyPlan.h"
#include "domain/HouseholdMember.h"

#include <functional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// Adds or edits an intervention (indsats) of the family plan.
class InterventionDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Intervention &)>;
    InterventionDialog(const Domain::Intervention &intervention, const QList<Domain::HouseholdMember> &members,
        const QList<Domain::Department> &departments, Saver save, QWidget *parent = nullptr);
    Domain::Intervention intervention() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::Intervention m_original;
    Saver m_save;
    QListWidget *m_members = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QLineEdit *m_person = nullptr;
    QLineEdit *m_role = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QComboBox *m_status = nullptr;
    DateField *m_followUp = nullptr;
};

} // namespace Traedesten::Ui
