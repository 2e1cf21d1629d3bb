#include "GoalDialog.h"

#include "DomainText.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

namespace Traedesten::Ui {

using namespace Domain;

GoalDialog::GoalDialog(const Goal &goal, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(goal)
    , m_save(std::move(save))
    , m_words(new QPlainTextEdit(goal.ownWords, this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    setObjectName(QStringLiteral("goalDialog"));
    m_words->setObjectName(QStringLiteral("ownWords"));
    m_words->setTabChangesFocus(true);
    QFont big = m_words->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_words->setFont(big);
    m_words->setMinimumHeight(m_words->fontMetrics().lineSpacing() * 4);
    for (GoalCategory c : allGoalCategories())
        m_category->addItem(QString(), static_cast<int>(c));
    m_category->setCurrentIndex(qMax(0, m_category->findData(static_cast<int>(goal.category))));
    for (GoalStatus s : { GoalStatus::Active, GoalStatus::Achieved, GoalStatus::Dropped })
        m_status->addItem(QString(), static_cast<int>(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(static_cast<int>(goal.status))));
    addRow(QStringLiteral("ownWords"), m_words);
    addRow(QStringLiteral("category"), m_category);
    addRow(QStringLiteral("status"), m_status);
    retranslate();
    setMinimumWidth(520);
    m_words->setFocus();
}

Goal GoalDialog::goal() const
{
    Goal g = m_original;
    g.ownWords = m_words->toPlainText().trimmed();
    g.category = static_cast<GoalCategory>(m_category->currentData().toInt());
    g.status = static_cast<GoalStatus>(m_status->currentData().toInt());
    return g;
}

Status GoalDialog::trySave()
{
    return m_save(goal());
}

void GoalDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New long-term goal") : tr("Edit long-term goal"));
    caption(QStringLiteral("ownWords"))->setText(tr("In the citizen's &own words:"));
    m_words->setPlaceholderText(tr("For example: “I want a job, so I can take care of myself.”"));
    m_words->setAccessibleName(tr("The goal in the citizen's own words"));
    caption(QStringLiteral("category"))->setText(tr("&Category:"));
    caption(QStringLiteral("status"))->setText(tr("S&tatus:"));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(
            i, DomainText::goalCategory(static_cast<GoalCategory>(m_category->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, DomainText::goalStatus(static_cast<GoalStatus>(m_status->itemData(i).toInt())));
}

} // namespace Traedesten::Ui
