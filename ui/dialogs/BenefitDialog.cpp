#include "BenefitDialog.h"

#include "DomainText.h"
#include "OutcomeText.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace Traedesten::Ui {

using namespace Domain;

BenefitDialog::BenefitDialog(const Benefit &benefit, const QList<HouseholdMember> &members,
    const QList<BenefitType> &types, const QList<Department> &departments, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(benefit)
    , m_types(types)
    , m_save(std::move(save))
    , m_member(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_cost(new QLineEdit(this))
    , m_start(makeDateField(this, benefit.startDate))
    , m_end(makeDateField(this, benefit.endDate))
    , m_note(new QLineEdit(benefit.note, this))
{
    setObjectName(QStringLiteral("benefitDialog"));
    m_type->setObjectName(QStringLiteral("typeId"));
    m_department->setObjectName(QStringLiteral("departmentId"));
    m_cost->setObjectName(QStringLiteral("monthlyCost"));
    for (const HouseholdMember &m : members)
        m_member->addItem(m.name, m.id);
    m_member->setCurrentIndex(qMax(0, m_member->findData(benefit.memberId)));
    for (const BenefitType &t : types) {
        if (!t.archived || t.id == benefit.typeId)
            m_type->addItem(OutcomeText::benefitType(t), t.id);
    }
    m_type->setCurrentIndex(benefit.typeId.isEmpty() ? -1 : m_type->findData(benefit.typeId));
    for (const Department &d : departments) {
        if (!d.archived || d.id == benefit.departmentId)
            m_department->addItem(DomainText::department(d), d.id);
    }
    m_department->setCurrentIndex(benefit.departmentId.isEmpty() ? -1 : m_department->findData(benefit.departmentId));
    m_cost->setAlignment(Qt::AlignRight);
    if (benefit.monthlyCostMinor > 0 || !benefit.id.isEmpty())
        m_cost->setText(Money::fromMinor(benefit.monthlyCostMinor, Currency::DKK).formatPlain(QLocale()));
    m_note->setMaxLength(500);
    // The kind of benefit fills in the department that usually grants it, until the user picks one by hand.
    // A stored benefit's department counts as picked by hand when it is not its kind's usual one.
    m_departmentChosen = !benefit.departmentId.isEmpty() && benefit.departmentId != usualDepartment(benefit.typeId);
    connect(m_department, &QComboBox::activated, this, [this] { m_departmentChosen = true; });
    connect(m_type, &QComboBox::currentIndexChanged, this, &BenefitDialog::prefillDepartment);
    prefillDepartment();
    addRow(QStringLiteral("memberId"), m_member);
    addRow(QStringLiteral("typeId"), m_type);
    addRow(QStringLiteral("departmentId"), m_department);
    addRow(QStringLiteral("monthlyCostMinor"), m_cost);
    addRow(QStringLiteral("startDate"), m_start);
    addRow(QStringLiteral("endDate"), m_end);
    addRow(QStringLiteral("note"), m_note);
    retranslate();
    setMinimumWidth(460);
}

QString BenefitDialog::usualDepartment(const QString &typeId) const
{
    for (const BenefitType &t : std::as_const(m_types)) {
        if (t.id == typeId)
            return t.departmentId;
    }
    return {};
}

void BenefitDialog::prefillDepartment()
{
    if (m_departmentChosen)
        return;
    // A kind without a usual department (such as "other") leaves the field as it is.
    if (const int index = m_department->findData(usualDepartment(m_type->currentData().toString())); index >= 0)
        m_department->setCurrentIndex(index);
}

Status BenefitDialog::trySave()
{
    Benefit b = m_original;
    b.memberId = m_member->currentData().toString();
    b.typeId = m_type->currentData().toString();
    b.departmentId = m_department->currentData().toString();
    if (b.typeId.isEmpty())
        return Error::invalid(QStringLiteral("typeId"), Issue::Required);
    if (b.departmentId.isEmpty())
        return Error::invalid(QStringLiteral("departmentId"), Issue::Required);
    auto cost = DomainText::parseMoney(m_cost->text(), Currency::DKK);
    if (!cost) {
        Error e = cost.error();
        e.field = QStringLiteral("monthlyCostMinor");
        return e;
    }
    b.monthlyCostMinor = cost->minor();
    b.startDate = m_start->date();
    b.endDate = m_end->date();
    b.note = m_note->text().trimmed();
    return m_save(b);
}

void BenefitDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New benefit") : tr("Edit benefit"));
    caption(QStringLiteral("memberId"))->setText(tr("&Receiver:"));
    caption(QStringLiteral("typeId"))->setText(tr("&Benefit or service:"));
    caption(QStringLiteral("departmentId"))->setText(tr("&Department:"));
    caption(QStringLiteral("monthlyCostMinor"))->setText(tr("&Cost a month:"));
    m_cost->setPlaceholderText(Money::fromMinor(1234500, Currency::DKK).formatPlain(QLocale()));
    caption(QStringLiteral("startDate"))->setText(tr("&From:"));
    caption(QStringLiteral("endDate"))->setText(tr("&Until:"));
    m_end->setToolTip(tr("Leave empty while it is still running"));
    caption(QStringLiteral("note"))->setText(tr("N&ote:"));
}

} // namespace Traedesten::Ui
