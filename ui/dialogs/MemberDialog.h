#pragma once

#include "FormDialog.h"
#include "domain/HouseholdMember.h"

#include <QList>
#include <QPair>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Traedesten::Ui {

/// Adds or edits an adult or child of a household.
class MemberDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::HouseholdMember &)>;
    /// @p citizens: (id, name) of the caseload's citizens the member may be.
    MemberDialog(const Domain::HouseholdMember &member, const QList<QPair<QString, QString>> &citizens, Saver save,
        QWidget *parent = nullptr);
    Domain::HouseholdMember member() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    Domain::HouseholdMember m_original;
    Saver m_save;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_relation = nullptr;
    QSpinBox *m_birthYear = nullptr;
    QCheckBox *m_responsibility = nullptr;
    QComboBox *m_citizen = nullptr;
};

} // namespace Traedesten::Ui
