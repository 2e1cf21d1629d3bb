#include "CitizenDialog.h"

#include "DomainText.h"
#include "ErrorText.h"
#include "domain/Cpr.h"
#include "domain/Validation.h"
#include "widgets/DateField.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

CitizenDialog::CitizenDialog(const Citizen &citizen, const QList<Household> &households,
    const QStringList &supportPersons, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(citizen)
    , m_save(std::move(save))
    , m_name(new QLineEdit(citizen.name, this))
    , m_cpr(new QLineEdit(citizen.cpr, this))
    , m_cprHint(new QLabel(this))
    , m_birthDate(makeDateField(this, citizen.birthDate))
    , m_phone(new QLineEdit(citizen.phone, this))
    , m_email(new QLineEdit(citizen.email, this))
    , m_address(new QPlainTextEdit(citizen.address, this))
    , m_status(new QComboBox(this))
    , m_start(makeDateField(this, citizen.startDate))
    , m_end(makeDateField(this, citizen.endDate))
    , m_supportPerson(new QComboBox(this))
    , m_household(new QComboBox(this))
{
    setObjectName(QStringLiteral("citizenDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_cpr->setObjectName(QStringLiteral("cpr"));
    m_name->setMaxLength(Validation::Limits::Name);
    m_phone->setMaxLength(Validation::Limits::Phone);
    m_email->setMaxLength(Validation::Limits::Email);
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4);
    m_cpr->setInputMask(QString());
    // Masked here too until revealed: this dialog is opened in cafés as well.
    m_cpr->setEchoMode(QLineEdit::Password);
    QAction *reveal = m_cpr->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setObjectName(QStringLiteral("revealCpr"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool on) {
        m_cpr->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(on ? tr("Hide the CPR number") : tr("Show the CPR number"));
    });
    reveal->setToolTip(tr("Show the CPR number"));
    m_cprHint->setWordWrap(true);
    m_supportPerson->setEditable(true);
    m_supportPerson->addItems(supportPersons);
    m_supportPerson->setCurrentText(citizen.supportPerson);
    m_household->addItem(QString(), QString());
    for (const Household &h : households)
        m_household->addItem(h.name, h.id);
    m_household->setCurrentIndex(qMax(0, m_household->findData(citizen.householdId)));
    m_status->addItem(QString(), static_cast<int>(CitizenStatus::Active));
    m_status->addItem(QString(), static_cast<int>(CitizenStatus::Closed));
    m_status->setCurrentIndex(citizen.status == CitizenStatus::Active ? 0 : 1);

    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("cpr"), m_cpr);
    form()->addRow(QString(), m_cprHint);
    addRow(QStringLiteral("birthDate"), m_birthDate);
    addRow(QStringLiteral("phone"), m_phone);
    addRow(QStringLiteral("email"), m_email);
    addRow(QStringLiteral("address"), m_address);
    auto *groups = new QWidget(this);
    auto *groupGrid = new QGridLayout(groups);
    groupGrid->setContentsMargins(0, 0, 0, 0);
    for (TargetGroup g : allTargetGroups()) {
        auto *box = new QCheckBox(groups);
        box->setProperty("group", static_cast<int>(g));
        box->setChecked(citizen.targetGroups.testFlag(g));
        groupGrid->addWidget(box, static_cast<int>(m_groups.size()) / 2, static_cast<int>(m_groups.size()) % 2);
        m_groups << box;
    }
    addRow(QStringLiteral("targetGroups"), groups);
    addRow(QStringLiteral("status"), m_status);
    addRow(QStringLiteral("startDate"), m_start);
    addRow(QStringLiteral("endDate"), m_end);
    addRow(QStringLiteral("supportPerson"), m_supportPerson);
    addRow(QStringLiteral("householdId"), m_household);

    connect(m_cpr, &QLineEdit::textChanged, this, &CitizenDialog::updateCprHint);
    retranslate();
    updateCprHint();
    setMinimumWidth(520);
    m_name->setFocus();
}

Citizen CitizenDialog::citizen() const
{
    Citizen c = m_original;
    c.name = m_name->text().trimmed();
    c.cpr = m_cpr->text().trimmed();
    c.birthDate = m_birthDate->date();
    if (!c.birthDate.isValid() && Cpr::parse(c.cpr).isValid())
        c.birthDate = Cpr::parse(c.cpr).birthDate();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.address = m_address->toPlainText().trimmed();
    c.targetGroups = {};
    for (QCheckBox *box : m_groups) {
        if (box->isChecked())
            c.targetGroups |= static_cast<TargetGroup>(box->property("group").toInt());
    }
    c.status = static_cast<CitizenStatus>(m_status->currentData().toInt());
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.supportPerson = m_supportPerson->currentText().trimmed();
    c.householdId = m_household->currentData().toString();
    return c;
}

void CitizenDialog::updateCprHint()
{
    const QString text = m_cpr->text().trimmed();
    const Cpr cpr = Cpr::parse(text);
    if (text.isEmpty() || !cpr.isValid()) {
        m_cprHint->setText(tr("Optional. Form: DDMMYY-SSSS."));
    } else if (!cpr.passesModulus11()) {
        // Only a warning: numbers issued since 2007 may fail the old check.
        m_cprHint->setText(tr("Note: this number fails the old modulus-11 check. That is allowed (numbers from "
                              "2007 onwards may fail it), but check that it is typed correctly."));
    } else {
        m_cprHint->setText(tr("Born %1.").arg(DomainText::longDate(cpr.birthDate())));
    }
}

Status CitizenDialog::trySave()
{
    return m_save(citizen());
}

void CitizenDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New citizen") : tr("Edit citizen"));
    const std::pair<const char *, const char *> captions[] = {
        { "name", QT_TR_NOOP("&Name:") },
        { "cpr", QT_TR_NOOP("&CPR number:") },
        { "birthDate", QT_TR_NOOP("&Birth date:") },
        { "phone", QT_TR_NOOP("&Phone:") },
        { "email", QT_TR_NOOP("E-&mail:") },
        { "address", QT_TR_NOOP("A&ddress:") },
        { "targetGroups", QT_TR_NOOP("Target groups:") },
        { "status", QT_TR_NOOP("S&tatus:") },
        { "startDate", QT_TR_NOOP("St&art:") },
        { "endDate", QT_TR_NOOP("&End:") },
        { "supportPerson", QT_TR_NOOP("S&upport person:") },
        { "householdId", QT_TR_NOOP("&Household:") },
    };
    for (const auto &[field, text] : captions)
        caption(QString::fromLatin1(field))->setText(tr(text));
    for (QCheckBox *box : m_groups)
        box->setText(DomainText::targetGroup(static_cast<TargetGroup>(box->property("group").toInt())));
    m_status->setItemText(0, DomainText::citizenStatus(CitizenStatus::Active));
    m_status->setItemText(1, DomainText::citizenStatus(CitizenStatus::Closed));
    m_household->setItemText(0, tr("(no household)"));
    updateCprHint();
}

} // namespace Traedesten::Ui
