#include "ConsentDialog.h"

#include "DomainText.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace Traedesten::Ui {

using namespace Domain;

ConsentDialog::ConsentDialog(const Consent &consent, const QList<HouseholdMember> &members,
    const QList<Department> &departments, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(consent)
    , m_save(std::move(save))
    , m_member(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_scope(new QLineEdit(consent.scope, this))
    , m_given(makeDateField(this, consent.givenOn))
    , m_expires(makeDateField(this, consent.expiresOn))
    , m_withdrawn(makeDateField(this, consent.withdrawnOn))
{
    setObjectName(QStringLiteral("consentDialog"));
    for (const HouseholdMember &m : members)
        m_member->addItem(m.name, m.id);
    m_member->setCurrentIndex(qMax(0, m_member->findData(consent.memberId)));
    for (const Department &d : departments) {
        if (!d.archived || d.id == consent.departmentId)
            m_department->addItem(DomainText::department(d), d.id);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(consent.departmentId)));
    m_scope->setMaxLength(500);
    addRow(QStringLiteral("memberId"), m_member);
    addRow(QStringLiteral("departmentId"), m_department);
    addRow(QStringLiteral("scope"), m_scope);
    addRow(QStringLiteral("givenOn"), m_given);
    addRow(QStringLiteral("expiresOn"), m_expires);
    addRow(QStringLiteral("withdrawnOn"), m_withdrawn);
    retranslate();
    setMinimumWidth(460);
}

Status ConsentDialog::trySave()
{
    Consent c = m_original;
    c.memberId = m_member->currentData().toString();
    c.departmentId = m_department->currentData().toString();
    c.scope = m_scope->text().trimmed();
    c.givenOn = m_given->date();
    c.expiresOn = m_expires->date();
    c.withdrawnOn = m_withdrawn->date();
    return m_save(c);
}

void ConsentDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New consent") : tr("Edit consent"));
    caption(QStringLiteral("memberId"))->setText(tr("&Given by:"));
    caption(QStringLiteral("departmentId"))->setText(tr("&Department:"));
    caption(QStringLiteral("scope"))->setText(tr("S&cope:"));
    m_scope->setPlaceholderText(tr("For example: sharing information about the children's schooling"));
    caption(QStringLiteral("givenOn"))->setText(tr("G&iven on:"));
    caption(QStringLiteral("expiresOn"))->setText(tr("&Expires:"));
    caption(QStringLiteral("withdrawnOn"))->setText(tr("&Withdrawn on:"));
}

} // namespace Traedesten::Ui
