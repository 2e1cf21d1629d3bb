#include "CaseloadPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

CaseloadPage::CaseloadPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new QLabel(this))
    , m_municipalityHint(new QLabel(this))
    , m_settings(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseloadPage"));
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/traedesten.svg")).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignHCenter);
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.3);
    emptyFont.setBold(true);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    for (QLabel *l : { m_emptyText, m_municipalityHint }) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignHCenter);
    }

    auto *empty = new QVBoxLayout;
    empty->addStretch(1);
    empty->addWidget(m_icon);
    empty->addWidget(m_emptyTitle);
    empty->addWidget(m_emptyText);
    empty->addSpacing(12);
    empty->addWidget(m_municipalityHint);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_settings);
    buttonRow->addStretch();
    empty->addLayout(buttonRow);
    empty->addStretch(2);

    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(empty, 4);
    centred->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(centred, 1);

    connect(m_settings, &QPushButton::clicked, this, &CaseloadPage::fileSettingsRequested);
    retranslate();
}

void CaseloadPage::setMunicipality(const QString &name)
{
    m_municipality = name;
    retranslate();
}

void CaseloadPage::retranslate()
{
    m_heading->setText(m_municipality.isEmpty() ? tr("Caseload") : tr("Caseload — %1").arg(m_municipality));
    m_emptyTitle->setText(tr("No citizens in this case file yet"));
    m_emptyText->setText(tr("Each citizen you support will be listed here with their long-term goals, the next "
                            "stepping stone and how much of the personal budget is used. Everything is kept "
                            "encrypted in this case file. Press Ctrl+L to lock it whenever you step away."));
    if (m_municipality.isEmpty()) {
        m_municipalityHint->setText(tr("Start by entering your municipality's name: it is printed at the top of "
                                       "plans and budget statements."));
        m_settings->setText(tr("Enter &municipality…"));
    } else {
        m_municipalityHint->setText(
            tr("Plans and statements from this case file are printed for %1.").arg(m_municipality));
        m_settings->setText(tr("Case file &settings…"));
    }
}

void CaseloadPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
