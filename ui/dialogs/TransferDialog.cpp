#include "TransferDialog.h"

#include "widgets/ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

TransferDialog::TransferDialog(
    const QString &citizenName, const QString &householdName, const QList<Sync::Colleague> &colleagues, QWidget *parent)
    : QDialog(parent)
    , m_citizen(citizenName)
    , m_household(householdName)
{
    setObjectName(QStringLiteral("transferDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_toCaption = new QLabel(this);
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("transferTo"));
    m_toCaption->setBuddy(m_to);
    m_to->addItem(QString());
    for (const Sync::Colleague &c : colleagues) {
        if (!c.isTeam) // a course is owned by one person
            m_to->addItem(c.name, c.role);
    }
    form->addRow(m_toCaption, m_to);
    layout->addLayout(form);
    m_withHousehold = new QCheckBox(this);
    m_withHousehold->setObjectName(QStringLiteral("transferHousehold"));
    m_withHousehold->setVisible(!householdName.isEmpty());
    layout->addWidget(m_withHousehold);
    m_consequences = new QLabel(this);
    m_consequences->setObjectName(QStringLiteral("transferConsequences"));
    m_consequences->setWordWrap(true);
    m_consequences->setTextFormat(Qt::PlainText);
    m_consequences->setFrameShape(QFrame::StyledPanel);
    m_consequences->setMargin(8);
    layout->addWidget(m_consequences);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transferStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(this);
    m_transfer = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!colleague().isEmpty())
            Q_EMIT transferRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentIndexChanged, this, &TransferDialog::update);
    connect(m_withHousehold, &QCheckBox::toggled, this, &TransferDialog::update);
    retranslate();
    resize(std::max(sizeHint().width(), 600), sizeHint().height());
    ScreenFit::fitHeight(this);
}

QString TransferDialog::colleague() const
{
    return m_to->currentData().toString();
}

bool TransferDialog::withHousehold() const
{
    return !m_household.isEmpty() && m_withHousehold->isChecked();
}

void TransferDialog::setBusy(bool busy)
{
    m_to->setEnabled(!busy);
    m_withHousehold->setEnabled(!busy);
    m_transfer->setEnabled(!busy && !colleague().isEmpty());
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Transferring on the team server…"));
        m_status->show();
    }
}

void TransferDialog::showError(const QString &text)
{
    setBusy(false);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(text);
    m_status->show();
}

void TransferDialog::update()
{
    const QString to = m_to->currentText();
    m_transfer->setEnabled(!colleague().isEmpty());
    if (colleague().isEmpty()) {
        m_consequences->setText(m_to->count() > 1
                ? tr("Choose the colleague who takes over.")
                : tr("The team server has not named any colleagues yet. Synchronise (Ctrl+Shift+S) and try again, "
                     "or ask the server's administrator to add your colleagues."));
        return;
    }
    QString text = tr("%1 becomes the owner of %2's course: from then on %1 decides who else may see it. "
                      "Your changes not yet sent go to the server first. At the synchronisation that follows, "
                      "%2 leaves your caseload, with the goals, budget, notes and receipts kept about them in this "
                      "case file. You will see the citizen again only if %1 shares the course with you or "
                      "transfers it back.")
                       .arg(to, m_citizen);
    if (withHousehold())
        text += QLatin1Char(' ') + tr("The household %1 and its family plan go to %2 as well.").arg(m_household, to);
    else if (!m_household.isEmpty())
        text += QLatin1Char(' ')
            + tr("You keep the household %1 and its family plan, and %2 sees them as the citizen's support person.")
                  .arg(m_household, to);
    m_consequences->setText(text);
    ScreenFit::fitHeight(this);
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TransferDialog::retranslate()
{
    setWindowTitle(tr("Transfer to colleague"));
    m_intro->setText(tr("Give %1's course to a colleague, for instance while you are away or when the citizen "
                        "moves to another team.")
                         .arg(m_citizen));
    m_toCaption->setText(tr("&Colleague:"));
    m_to->setItemText(0, tr("(choose)"));
    m_withHousehold->setText(tr("Also transfer the &household %1 and its family plan").arg(m_household));
    m_transfer->setText(tr("&Transfer"));
    update();
}

} // namespace Traedesten::Ui
