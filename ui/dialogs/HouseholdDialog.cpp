#include "HouseholdDialog.h"

#include "domain/Validation.h"

#include <QLabel>
#include <QLineEdit>

namespace Traedesten::Ui {

using namespace Domain;

HouseholdDialog::HouseholdDialog(const Household &household, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(household)
    , m_save(std::move(save))
    , m_name(new QLineEdit(household.name, this))
    , m_coordinator(new QLineEdit(household.familyCoordinator, this))
{
    setObjectName(QStringLiteral("householdDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(Validation::Limits::Name);
    m_coordinator->setMaxLength(Validation::Limits::Name);
    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("familyCoordinator"), m_coordinator);
    retranslate();
    setMinimumWidth(420);
    m_name->setFocus();
}

Household HouseholdDialog::household() const
{
    Household h = m_original;
    h.name = m_name->text().trimmed();
    h.familyCoordinator = m_coordinator->text().trimmed();
    return h;
}

Status HouseholdDialog::trySave()
{
    return m_save(household());
}

void HouseholdDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New household") : tr("Edit household"));
    caption(QStringLiteral("name"))->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("For example: the Hansen family"));
    caption(QStringLiteral("familyCoordinator"))->setText(tr("&Family coordinator:"));
}

} // namespace Traedesten::Ui
