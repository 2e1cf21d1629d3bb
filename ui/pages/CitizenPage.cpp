#include "CitizenPage.h"

#include "CaseEditor.h"
#include "storage/Caseload.h"

#include <QEvent>

namespace Traedesten::Ui {

CitizenPage::CitizenPage(CaseEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    connect(m_editor, &CaseEditor::caseloadChanged, this, &CitizenPage::onCaseloadChanged);
}

Storage::Caseload *CitizenPage::caseload() const
{
    return m_editor->caseload();
}

void CitizenPage::setCitizen(const QString &citizenId)
{
    if (citizenId == m_citizenId)
        return;
    m_citizenId = citizenId;
    reload();
}

bool CitizenPage::concerns(Storage::EntityType, const QString &citizenId) const
{
    return !m_citizenId.isEmpty() && citizenId == m_citizenId;
}

void CitizenPage::onCaseloadChanged()
{
    disconnect(m_changes);
    if (Storage::Caseload *c = caseload()) {
        m_changes = connect(&c->notifier(), &Storage::ChangeNotifier::changed, this,
            [this](Storage::EntityType type, const QString &, const QString &citizenId) {
                if (concerns(type, citizenId))
                    reload();
            });
    }
    reload();
}

void CitizenPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // dates and statuses are formatted in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace Traedesten::Ui
