#include "AssessmentDialog.h"

#include "OutcomeText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Traedesten::Ui {

using namespace Domain;

AssessmentDialog::AssessmentDialog(const Goal &goal, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(goal)
    , m_save(std::move(save))
    , m_goal(new QLabel(this))
    , m_own(new QComboBox(this))
    , m_support(new QComboBox(this))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    m_own->setObjectName(QStringLiteral("ownAssessment"));
    m_support->setObjectName(QStringLiteral("supportAssessment"));
    m_goal->setWordWrap(true);
    m_goal->setTextFormat(Qt::PlainText);
    QFont large = m_goal->font();
    large.setPointSizeF(large.pointSizeF() * 1.2);
    m_goal->setFont(large);
    form()->addRow(m_goal);
    addRow(QStringLiteral("ownAssessment"), m_own);
    addRow(QStringLiteral("supportAssessment"), m_support);
    retranslate();
    setMinimumWidth(480);
}

Status AssessmentDialog::trySave()
{
    Goal g = m_original;
    const int own = m_own->currentIndex() - 1; // the first choice is "not assessed yet"
    const int support = m_support->currentIndex() - 1;
    g.ownAssessment = own >= 0 ? std::optional(allOwnAssessments().at(own)) : std::nullopt;
    g.supportAssessment = support >= 0 ? std::optional(allSupportAssessments().at(support)) : std::nullopt;
    return m_save(g);
}

void AssessmentDialog::retranslate()
{
    setWindowTitle(tr("End assessment of the goal"));
    m_goal->setText(QStringLiteral("“%1”").arg(m_original.ownWords));
    caption(QStringLiteral("ownAssessment"))->setText(tr("The &citizen's own:"));
    caption(QStringLiteral("supportAssessment"))->setText(tr("The &support person's:"));
    m_own->clear();
    m_own->addItem(tr("Not assessed yet"));
    for (OwnAssessment a : allOwnAssessments())
        m_own->addItem(OutcomeText::ownAssessment(a));
    m_own->setCurrentIndex(
        m_original.ownAssessment ? int(allOwnAssessments().indexOf(*m_original.ownAssessment)) + 1 : 0);
    m_support->clear();
    m_support->addItem(tr("Not assessed yet"));
    for (SupportAssessment a : allSupportAssessments())
        m_support->addItem(OutcomeText::supportAssessment(a));
    m_support->setCurrentIndex(
        m_original.supportAssessment ? int(allSupportAssessments().indexOf(*m_original.supportAssessment)) + 1 : 0);
}

} // namespace Traedesten::Ui
