#include "BudgetDialog.h"

#include "DomainText.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace Traedesten::Ui {

using namespace Domain;

BudgetDialog::BudgetDialog(const Budget &budget, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(budget)
    , m_save(std::move(save))
    , m_cap(new QLineEdit(budget.cap().formatPlain(QLocale()), this))
    , m_start(makeDateField(this, budget.periodStart))
    , m_months(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("budgetDialog"));
    m_cap->setObjectName(QStringLiteral("cap"));
    m_cap->setAlignment(Qt::AlignRight);
    m_months->addItem(QString(), 12);
    m_months->addItem(QString(), 15);
    m_months->setCurrentIndex(budget.months == 15 ? 1 : 0);
    m_status->addItem(QString(), static_cast<int>(BudgetStatus::Active));
    m_status->addItem(QString(), static_cast<int>(BudgetStatus::Closed));
    m_status->setCurrentIndex(budget.status == BudgetStatus::Closed ? 1 : 0);
    addRow(QStringLiteral("cap"), m_cap);
    addRow(QStringLiteral("periodStart"), m_start);
    addRow(QStringLiteral("months"), m_months);
    addRow(QStringLiteral("status"), m_status);
    retranslate();
    setMinimumWidth(420);
    m_cap->setFocus();
}

Status BudgetDialog::trySave()
{
    auto cap = DomainText::parseMoney(m_cap->text(), m_original.currency);
    if (!cap) {
        Error e = cap.error();
        e.field = QStringLiteral("cap");
        return e;
    }
    Budget b = m_original;
    b.capMinor = cap->minor();
    b.periodStart = m_start->date();
    b.months = m_months->currentData().toInt();
    b.status = static_cast<BudgetStatus>(m_status->currentData().toInt());
    return m_save(b);
}

void BudgetDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New personal budget") : tr("Edit personal budget"));
    caption(QStringLiteral("cap"))->setText(tr("Budget &cap (%1):").arg(currencyCode(m_original.currency)));
    m_cap->setToolTip(tr("The cap is a limit, not a target."));
    caption(QStringLiteral("periodStart"))->setText(tr("Period &starts:"));
    caption(QStringLiteral("months"))->setText(tr("&Length:"));
    m_months->setItemText(0, tr("12 months"));
    m_months->setItemText(1, tr("15 months (2022 trial law)"));
    caption(QStringLiteral("status"))->setText(tr("S&tatus:"));
    m_status->setItemText(0, tr("Active", "budget status"));
    m_status->setItemText(1, tr("Closed", "budget status"));
}

} // namespace Traedesten::Ui
