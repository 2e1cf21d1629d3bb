#include "FamilyGoalDialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Traedesten::Ui {

using namespace Domain;

FamilyGoalDialog::FamilyGoalDialog(
    const FamilyGoal &goal, const QList<QPair<QString, QString>> &memberGoals, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(goal)
    , m_save(std::move(save))
    , m_text(new QPlainTextEdit(goal.text, this))
    , m_links(new QListWidget(this))
{
    setObjectName(QStringLiteral("familyGoalDialog"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4);
    for (const auto &[id, text] : memberGoals) {
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(goal.linkedGoalIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    addRow(QStringLiteral("text"), m_text);
    addRow(QStringLiteral("linkedGoalIds"), m_links);
    retranslate();
    setMinimumWidth(520);
    m_text->setFocus();
}

Status FamilyGoalDialog::trySave()
{
    FamilyGoal g = m_original;
    g.text = m_text->toPlainText().trimmed();
    g.linkedGoalIds.clear();
    for (int r = 0; r < m_links->count(); ++r) {
        if (m_links->item(r)->checkState() == Qt::Checked)
            g.linkedGoalIds << m_links->item(r)->data(Qt::UserRole).toString();
    }
    return m_save(g);
}

void FamilyGoalDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New family goal") : tr("Edit family goal"));
    caption(QStringLiteral("text"))->setText(tr("&Family goal:"));
    m_text->setPlaceholderText(tr("In the family's own words"));
    caption(QStringLiteral("linkedGoalIds"))->setText(tr("&Builds on:"));
    m_links->setAccessibleName(tr("The members' own long-term goals this family goal builds on"));
}

} // namespace Traedesten::Ui
