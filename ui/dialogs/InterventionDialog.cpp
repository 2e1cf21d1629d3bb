#include "InterventionDialog.h"

#include "DomainText.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Traedesten::Ui {

using namespace Domain;

InterventionDialog::InterventionDialog(const Intervention &intervention, const QList<HouseholdMember> &members,
    const QList<Department> &departments, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(intervention)
    , m_save(std::move(save))
    , m_members(new QListWidget(this))
    , m_department(new QComboBox(this))
    , m_title(new QLineEdit(intervention.title, this))
    , m_purpose(new QPlainTextEdit(intervention.purpose, this))
    , m_person(new QLineEdit(intervention.responsiblePerson, this))
    , m_role(new QLineEdit(intervention.responsibleRole, this))
    , m_start(makeDateField(this, intervention.startDate))
    , m_end(makeDateField(this, intervention.endDate))
    , m_status(new QComboBox(this))
    , m_followUp(makeDateField(this, intervention.nextFollowUp))
{
    setObjectName(QStringLiteral("interventionDialog"));
    m_title->setObjectName(QStringLiteral("title"));
    m_members->setObjectName(QStringLiteral("memberIds"));
    m_department->setObjectName(QStringLiteral("departmentId"));
    for (const HouseholdMember &m : members) {
        auto *item = new QListWidgetItem(m.name, m_members);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(intervention.memberIds.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_members->setMaximumHeight(m_members->sizeHintForRow(0) * qMax(3, int(members.size())) + 6);
    for (const Department &d : departments) {
        if (!d.archived || d.id == intervention.departmentId)
            m_department->addItem(DomainText::department(d), d.id);
    }
    m_department->setCurrentIndex(qMax(0, m_department->findData(intervention.departmentId)));
    for (InterventionStatus st : { InterventionStatus::Planned, InterventionStatus::Active,
             InterventionStatus::Completed, InterventionStatus::Stopped })
        m_status->addItem(QString(), static_cast<int>(st));
    m_status->setCurrentIndex(qMax(0, m_status->findData(static_cast<int>(intervention.status))));
    m_title->setMaxLength(300);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(m_purpose->fontMetrics().lineSpacing() * 4);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("departmentId"), m_department);
    addRow(QStringLiteral("memberIds"), m_members);
    addRow(QStringLiteral("purpose"), m_purpose);
    addRow(QStringLiteral("responsiblePerson"), m_person);
    addRow(QStringLiteral("responsibleRole"), m_role);
    addRow(QStringLiteral("startDate"), m_start);
    addRow(QStringLiteral("endDate"), m_end);
    addRow(QStringLiteral("status"), m_status);
    addRow(QStringLiteral("nextFollowUp"), m_followUp);
    retranslate();
    setMinimumWidth(520);
    m_title->setFocus();
}

Intervention InterventionDialog::intervention() const
{
    Intervention i = m_original;
    i.memberIds.clear();
    for (int r = 0; r < m_members->count(); ++r) {
        if (m_members->item(r)->checkState() == Qt::Checked)
            i.memberIds << m_members->item(r)->data(Qt::UserRole).toString();
    }
    const QString department = m_department->currentData().toString();
    if (department != i.departmentId)
        i.position = 0; // first in its new department; the repository makes room
    i.departmentId = department;
    i.title = m_title->text().trimmed();
    i.purpose = m_purpose->toPlainText().trimmed();
    i.responsiblePerson = m_person->text().trimmed();
    i.responsibleRole = m_role->text().trimmed();
    i.startDate = m_start->date();
    i.endDate = m_end->date();
    i.status = static_cast<InterventionStatus>(m_status->currentData().toInt());
    i.nextFollowUp = m_followUp->date();
    return i;
}

Status InterventionDialog::trySave()
{
    return m_save(intervention());
}

void InterventionDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New intervention") : tr("Edit intervention"));
    caption(QStringLiteral("title"))->setText(tr("&Intervention:"));
    m_title->setPlaceholderText(tr("For example: family treatment, mentor, company internship"));
    caption(QStringLiteral("departmentId"))->setText(tr("&Department:"));
    caption(QStringLiteral("memberIds"))->setText(tr("&For:"));
    m_members->setAccessibleName(tr("Household members the intervention is for"));
    caption(QStringLiteral("purpose"))->setText(tr("&Purpose:"));
    caption(QStringLiteral("responsiblePerson"))->setText(tr("&Responsible:"));
    caption(QStringLiteral("responsibleRole"))->setText(tr("R&ole:"));
    m_role->setPlaceholderText(tr("For example: caseworker, contact person, teacher"));
    caption(QStringLiteral("startDate"))->setText(tr("&Start:"));
    caption(QStringLiteral("endDate"))->setText(tr("&End:"));
    caption(QStringLiteral("status"))->setText(tr("St&atus:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(
            i, DomainText::interventionStatus(static_cast<InterventionStatus>(m_status->itemData(i).toInt())));
    caption(QStringLiteral("nextFollowUp"))->setText(tr("Next fo&llow-up:"));
}

} // namespace Traedesten::Ui
