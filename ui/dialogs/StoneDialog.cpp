#include "StoneDialog.h"

#include "DomainText.h"
#include "domain/Validation.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Traedesten::Ui {

using namespace Domain;

StoneDialog::StoneDialog(const SteppingStone &stone, const QString &goalWords, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(stone)
    , m_save(std::move(save))
    , m_goal(new QLabel(this))
    , m_title(new QLineEdit(stone.title, this))
    , m_due(makeDateField(this, stone.dueDate))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("stoneDialog"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(Validation::Limits::StoneTitle);
    m_goal->setWordWrap(true);
    m_goal->setTextFormat(Qt::PlainText);
    m_goal->setText(QStringLiteral("“%1”").arg(goalWords));
    QFont bold = m_goal->font();
    bold.setBold(true);
    m_goal->setFont(bold);
    for (StoneStatus s : { StoneStatus::Planned, StoneStatus::InProgress, StoneStatus::Done, StoneStatus::Dropped })
        m_status->addItem(QString(), static_cast<int>(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(static_cast<int>(stone.status))));
    form()->addRow(new QLabel(this), m_goal);
    addRow(QStringLiteral("title"), m_title);
    addRow(QStringLiteral("dueDate"), m_due);
    addRow(QStringLiteral("status"), m_status);
    retranslate();
    setMinimumWidth(480);
    m_title->setFocus();
}

SteppingStone StoneDialog::stone() const
{
    SteppingStone s = m_original;
    s.title = m_title->text().trimmed();
    s.dueDate = m_due->date();
    s.status = static_cast<StoneStatus>(m_status->currentData().toInt());
    return s;
}

Status StoneDialog::trySave()
{
    return m_save(stone());
}

void StoneDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New stepping stone") : tr("Edit stepping stone"));
    if (auto *goalCaption = qobject_cast<QLabel *>(form()->labelForField(m_goal)))
        goalCaption->setText(tr("Toward:"));
    caption(QStringLiteral("title"))->setText(tr("&Stepping stone:"));
    m_title->setPlaceholderText(tr("For example: driving licence"));
    caption(QStringLiteral("dueDate"))->setText(tr("&Due:"));
    caption(QStringLiteral("status"))->setText(tr("S&tatus:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, DomainText::stoneStatus(static_cast<StoneStatus>(m_status->itemData(i).toInt())));
}

} // namespace Traedesten::Ui
