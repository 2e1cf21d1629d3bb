#include "MemberDialog.h"

#include "DomainText.h"
#include "domain/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Traedesten::Ui {

using namespace Domain;

MemberDialog::MemberDialog(
    const HouseholdMember &member, const QList<QPair<QString, QString>> &citizens, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(member)
    , m_save(std::move(save))
    , m_name(new QLineEdit(member.name, this))
    , m_role(new QComboBox(this))
    , m_relation(new QLineEdit(member.relation, this))
    , m_birthYear(new QSpinBox(this))
    , m_responsibility(new QCheckBox(this))
    , m_citizen(new QComboBox(this))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(Validation::Limits::Name);
    m_relation->setMaxLength(Validation::Limits::Relation);
    m_role->addItem(QString(), static_cast<int>(MemberRole::Adult));
    m_role->addItem(QString(), static_cast<int>(MemberRole::Child));
    m_role->setCurrentIndex(member.role == MemberRole::Adult ? 0 : 1);
    // 0 stands for "unknown" and shows as blank.
    m_birthYear->setRange(0, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(QStringLiteral(" "));
    m_birthYear->setValue(member.birthYear);
    m_responsibility->setChecked(member.parentalResponsibility);
    m_citizen->addItem(QString(), QString());
    for (const auto &[id, name] : citizens)
        m_citizen->addItem(name, id);
    m_citizen->setCurrentIndex(qMax(0, m_citizen->findData(member.citizenId)));
    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("role"), m_role);
    addRow(QStringLiteral("relation"), m_relation);
    addRow(QStringLiteral("birthYear"), m_birthYear);
    addRow(QStringLiteral("parentalResponsibility"), m_responsibility);
    addRow(QStringLiteral("citizenId"), m_citizen);
    retranslate();
    setMinimumWidth(460);
    m_name->setFocus();
}

HouseholdMember MemberDialog::member() const
{
    HouseholdMember m = m_original;
    m.name = m_name->text().trimmed();
    m.role = static_cast<MemberRole>(m_role->currentData().toInt());
    m.relation = m_relation->text().trimmed();
    m.birthYear = m_birthYear->value();
    m.parentalResponsibility = m_responsibility->isChecked();
    m.citizenId = m_citizen->currentData().toString();
    return m;
}

Status MemberDialog::trySave()
{
    return m_save(member());
}

void MemberDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New household member") : tr("Edit household member"));
    caption(QStringLiteral("name"))->setText(tr("&Name:"));
    caption(QStringLiteral("role"))->setText(tr("Adult or &child:"));
    caption(QStringLiteral("relation"))->setText(tr("&Relation:"));
    m_relation->setPlaceholderText(tr("The family's own word: mother, stepfather, son…"));
    caption(QStringLiteral("birthYear"))->setText(tr("&Birth year:"));
    caption(QStringLiteral("parentalResponsibility"))->setText(QString());
    m_responsibility->setText(tr("Has &parental responsibility"));
    caption(QStringLiteral("citizenId"))->setText(tr("Also a c&itizen:"));
    m_role->setItemText(0, DomainText::memberRole(MemberRole::Adult));
    m_role->setItemText(1, DomainText::memberRole(MemberRole::Child));
    m_citizen->setItemText(0, tr("(not in the caseload)"));
}

} // namespace Traedesten::Ui
