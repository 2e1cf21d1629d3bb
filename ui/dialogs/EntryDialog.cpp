#include "EntryDialog.h"

#include "DomainText.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Traedesten::Ui {

using namespace Domain;

EntryDialog::EntryDialog(const LedgerEntry &entry, const Budget &budget, qint64 remainingMinor,
    const QList<Storage::GoalWithStones> &goals, const QList<SpendingCategory> &categories, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(entry)
    , m_budget(budget)
    , m_remaining(remainingMinor)
    , m_save(std::move(save))
    , m_room(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_date(makeDateField(this, entry.date))
    , m_amount(new QLineEdit(this))
    , m_stone(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_payee(new QLineEdit(entry.payee, this))
    , m_description(new QLineEdit(entry.description, this))
    , m_boughtBy(new QLineEdit(entry.boughtBy, this))
    , m_decided(new QCheckBox(this))
{
    setObjectName(QStringLiteral("entryDialog"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_description->setObjectName(QStringLiteral("description"));
    m_payee->setObjectName(QStringLiteral("payee"));
    m_boughtBy->setObjectName(QStringLiteral("boughtBy"));
    m_stone->setObjectName(QStringLiteral("stoneId"));
    m_amount->setAlignment(Qt::AlignRight);
    if (entry.amountMinor != 0)
        m_amount->setText(Money::fromMinor(entry.amountMinor, budget.currency).formatPlain(QLocale()));
    for (EntryKind k : { EntryKind::Purchase, EntryKind::Refund, EntryKind::Adjustment })
        m_kind->addItem(QString(), static_cast<int>(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(static_cast<int>(entry.kind))));
    m_state->addItem(QString(), static_cast<int>(EntryState::Reserved));
    m_state->addItem(QString(), static_cast<int>(EntryState::Paid));
    m_state->setCurrentIndex(entry.state == EntryState::Paid ? 1 : 0);
    // Stepping stones by goal, the goal in the citizen's words as a heading that cannot be chosen.
    m_stone->addItem(QString(), QString());
    for (const Storage::GoalWithStones &g : goals) {
        if (g.stones.isEmpty())
            continue;
        m_stone->addItem(QStringLiteral("“%1”").arg(g.goal.ownWords));
        auto *model = qobject_cast<QStandardItemModel *>(m_stone->model());
        if (model)
            model->item(m_stone->count() - 1)->setEnabled(false);
        for (const SteppingStone &s : g.stones)
            m_stone->addItem(QStringLiteral("    %1").arg(s.title), s.id);
    }
    m_stone->setCurrentIndex(qMax(0, m_stone->findData(entry.stoneId)));
    m_category->setObjectName(QStringLiteral("categoryId"));
    m_category->addItem(QString(), QString());
    for (const SpendingCategory &c : categories) {
        if (c.archived && c.id != entry.categoryId)
            continue;
        m_category->addItem(DomainText::spendingCategory(c), c.id);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(entry.categoryId)));
    m_payee->setMaxLength(500);
    m_description->setMaxLength(500);
    m_boughtBy->setMaxLength(500);
    m_decided->setChecked(entry.decidedWithCitizen);
    m_room->setWordWrap(true);

    form()->addRow(m_room);
    addRow(QStringLiteral("kind"), m_kind);
    addRow(QStringLiteral("state"), m_state);
    addRow(QStringLiteral("date"), m_date);
    addRow(QStringLiteral("amount"), m_amount);
    addRow(QStringLiteral("stoneId"), m_stone);
    addRow(QStringLiteral("categoryId"), m_category);
    addRow(QStringLiteral("payee"), m_payee);
    addRow(QStringLiteral("description"), m_description);
    addRow(QStringLiteral("boughtBy"), m_boughtBy);
    addRow(QStringLiteral("decidedWithCitizen"), m_decided);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntryDialog::updateKind);
    retranslate();
    updateKind();
    setMinimumWidth(520);
    m_amount->setFocus();
}

void EntryDialog::updateKind()
{
    const auto kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    m_decided->setEnabled(kind == EntryKind::Purchase);
    if (QLabel *c = caption(QStringLiteral("stoneId")))
        c->setText(kind == EntryKind::Purchase ? tr("For the &stepping stone:") : tr("&Stepping stone (optional):"));
}

Status EntryDialog::trySave()
{
    auto amount = DomainText::parseMoney(m_amount->text(), m_budget.currency);
    if (!amount)
        return amount.error();
    LedgerEntry e = m_original;
    e.kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    e.state = static_cast<EntryState>(m_state->currentData().toInt());
    e.date = m_date->date();
    e.amountMinor = amount->minor();
    e.stoneId = m_stone->currentData().toString();
    e.categoryId = m_category->currentData().toString();
    e.payee = m_payee->text().trimmed();
    e.description = m_description->text().trimmed();
    e.boughtBy = m_boughtBy->text().trimmed();
    e.decidedWithCitizen = e.kind == EntryKind::Purchase && m_decided->isChecked();
    return m_save(e);
}

void EntryDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New ledger entry") : tr("Edit ledger entry"));
    m_room->setText(
        tr("Remaining room: %1 of the cap of %2 · period %3 to %4")
            .arg(Money::fromMinor(m_remaining, m_budget.currency).format(QLocale()), m_budget.cap().format(QLocale()),
                DomainText::shortDate(m_budget.periodStart), DomainText::shortDate(m_budget.periodEnd())));
    caption(QStringLiteral("kind"))->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, DomainText::entryKind(static_cast<EntryKind>(m_kind->itemData(i).toInt())));
    caption(QStringLiteral("state"))->setText(tr("S&tate:"));
    m_state->setItemText(0, DomainText::entryState(EntryState::Reserved));
    m_state->setItemText(1, DomainText::entryState(EntryState::Paid));
    caption(QStringLiteral("date"))->setText(tr("&Date:"));
    caption(QStringLiteral("amount"))->setText(tr("&Amount (%1):").arg(currencyCode(m_budget.currency)));
    m_amount->setPlaceholderText(Money::fromMinor(123450, m_budget.currency).formatPlain(QLocale()));
    m_stone->setItemText(0, tr("(none)"));
    m_stone->setAccessibleName(tr("Stepping stone"));
    caption(QStringLiteral("categoryId"))->setText(tr("Spending &category:"));
    m_category->setItemText(0, tr("(none)"));
    caption(QStringLiteral("payee"))->setText(tr("&Payee:"));
    m_payee->setPlaceholderText(tr("For example: the driving school"));
    caption(QStringLiteral("description"))->setText(tr("D&escription:"));
    caption(QStringLiteral("boughtBy"))->setText(tr("&Bought by:"));
    caption(QStringLiteral("decidedWithCitizen"))->setText(QString());
    m_decided->setText(tr("Decided t&ogether with the citizen"));
    updateKind();
}

} // namespace Traedesten::Ui
