#include "VoidDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Traedesten::Ui {

VoidDialog::VoidDialog(const QString &entryText, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_entryText(entryText)
    , m_save(std::move(save))
    , m_entry(new QLabel(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("voidDialog"));
    m_reason->setObjectName(QStringLiteral("voidReason"));
    m_entry->setObjectName(QStringLiteral("entrySummary"));
    m_reason->setMaxLength(500);
    m_entry->setWordWrap(true);
    m_entry->setTextFormat(Qt::PlainText);
    form()->addRow(m_entry);
    addRow(QStringLiteral("voidReason"), m_reason);
    retranslate();
    setMinimumWidth(440);
    m_reason->setFocus();
}

Status VoidDialog::trySave()
{
    return m_save(m_reason->text().trimmed());
}

void VoidDialog::retranslate()
{
    setWindowTitle(tr("Void ledger entry"));
    m_entry->setText(tr("%1\n\nA voided entry stays in the ledger, crossed out, with the reason; its amount no "
                        "longer counts.")
                         .arg(m_entryText));
    caption(QStringLiteral("voidReason"))->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("For example: entered twice"));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Void"));
}

} // namespace Traedesten::Ui
