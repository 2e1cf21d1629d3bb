#include "SignDialog.h"

#include "widgets/DateField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace Traedesten::Ui {

SignDialog::SignDialog(int version, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_version(version)
    , m_save(std::move(save))
    , m_text(new QLabel(this))
    , m_date(makeDateField(this, QDate::currentDate()))
{
    setObjectName(QStringLiteral("signDialog"));
    m_date->setObjectName(QStringLiteral("signedOn"));
    m_date->setMaximumDate(QDate::currentDate());
    m_text->setWordWrap(true);
    form()->addRow(m_text);
    addRow(QStringLiteral("signedOn"), m_date);
    retranslate();
    setMinimumWidth(440);
    m_date->setFocus();
}

Status SignDialog::trySave()
{
    return m_save(m_date->date());
}

void SignDialog::retranslate()
{
    setWindowTitle(tr("Sign the family plan"));
    m_text->setText(tr("Version %1 is marked as signed by the family and the support person. It is then kept as it "
                       "is; changes go into a new version.")
                        .arg(m_version));
    caption(QStringLiteral("signedOn"))->setText(tr("Signed &on:"));
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Sign"));
}

} // namespace Traedesten::Ui
