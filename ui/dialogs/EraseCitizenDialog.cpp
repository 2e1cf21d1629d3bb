#include "EraseCitizenDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using Storage::EntityType;

EraseCitizenDialog::EraseCitizenDialog(const Storage::ErasureSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_list(new QLabel(this))
    , m_final(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eraseCitizenDialog"));
    m_erase = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("erase"));
    m_name->setObjectName(QStringLiteral("confirmName"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    for (QLabel *l : { m_heading, m_intro, m_final, m_nameLabel })
        l->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_nameLabel->setBuddy(m_name);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_final);
    layout->addSpacing(6);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_name);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &EraseCitizenDialog::updateButton);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Cancel is the default: Enter never erases.
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_erase->setAutoDefault(false);
    retranslate();
    updateButton();
    setMinimumWidth(520);
}

QStringList EraseCitizenDialog::items() const
{
    const auto n = [this](EntityType t) {
        return m_summary.count(t);
    };
    QStringList lines;
    const auto add = [&](int count, const QString &text) {
        if (count > 0)
            lines << text;
    };
    add(n(EntityType::Goal), tr("%n long-term goal(s)", "", n(EntityType::Goal)));
    add(n(EntityType::SteppingStone), tr("%n stepping stone(s)", "", n(EntityType::SteppingStone)));
    add(n(EntityType::Budget), tr("the personal budget", "erasure list"));
    add(n(EntityType::LedgerEntry), tr("%n ledger entry(s)", "", n(EntityType::LedgerEntry)));
    add(n(EntityType::Attachment), tr("%n receipt(s)", "", n(EntityType::Attachment)));
    add(n(EntityType::Note), tr("%n journal note(s)", "", n(EntityType::Note)));
    add(n(EntityType::Measurement), tr("%n measurement(s)", "", n(EntityType::Measurement)));
    add(n(EntityType::Benefit), tr("%n benefit(s)", "", n(EntityType::Benefit)));
    add(n(EntityType::FamilyGoal), tr("%n family goal(s) concerning only them", "", n(EntityType::FamilyGoal)));
    add(n(EntityType::Intervention), tr("%n intervention(s) for them alone", "", n(EntityType::Intervention)));
    add(n(EntityType::FamilyPlan), tr("%n family plan version(s)", "", n(EntityType::FamilyPlan)));
    add(n(EntityType::Consent), tr("%n consent(s)", "", n(EntityType::Consent)));
    add(n(EntityType::HouseholdMember), tr("their household membership", "erasure list"));
    add(n(EntityType::Household), tr("the household, as no one else is left in it", "erasure list"));
    lines << tr("the citizen's profile: name, CPR number, contact details, dates", "erasure list");
    return lines;
}

void EraseCitizenDialog::updateButton()
{
    const QString typed = m_name->text().simplified();
    m_erase->setEnabled(!typed.isEmpty() && typed.compare(m_summary.name.simplified(), Qt::CaseInsensitive) == 0);
}

void EraseCitizenDialog::retranslate()
{
    setWindowTitle(tr("Erase citizen"));
    m_heading->setText(tr("Erase %1 from the case file?").arg(m_summary.name));
    m_intro->setText(m_summary.closedOn.isValid()
            ? tr("The case was closed on %1. This removes everything the case file holds about them:")
                  .arg(QLocale().toString(m_summary.closedOn, QLocale::LongFormat))
            : tr("The case is closed. This removes everything the case file holds about them:"));
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &line : items())
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    m_list->setText(html + QStringLiteral("</ul>"));
    m_final->setText(tr("<b>This cannot be undone.</b> The erasure is not in Undo, and the Undo history is "
                        "cleared. Shared records of the household stay. The access log keeps a line that a case "
                        "was erased, without the name. Backups made before today still hold the case until "
                        "they are deleted."));
    m_nameLabel->setText(tr("Type the citizen's &name to confirm:"));
    m_name->setPlaceholderText(m_summary.name);
    m_erase->setText(tr("&Erase for good"));
}

void EraseCitizenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
