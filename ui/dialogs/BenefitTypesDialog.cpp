#include "BenefitTypesDialog.h"

#include "CaseEditor.h"
#include "OutcomeText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QListWidget>

namespace Traedesten::Ui {

using namespace Domain;

BenefitTypesDialog::BenefitTypesDialog(CaseEditor *editor, QWidget *parent)
    : NamedListDialog(editor, parent)
{
    setObjectName(QStringLiteral("benefitTypesDialog"));
    list()->setObjectName(QStringLiteral("benefitTypeList"));
    setUp();
}

QList<NamedListDialog::Entry> BenefitTypesDialog::load()
{
    m_types = editor()->caseload()->benefits().types().value_or({});
    QList<Entry> entries;
    for (const BenefitType &t : std::as_const(m_types))
        entries << Entry { OutcomeText::benefitType(t), t.archived, t.code.isEmpty(), {} };
    return entries;
}

Status BenefitTypesDialog::add(const QString &name)
{
    BenefitType type;
    type.name = name;
    return editor()->run(std::make_unique<BenefitTypeCommand>(
        *editor()->caseload(), std::nullopt, type, tr("add kind of benefit"), editor()->errorHandler()));
}

void BenefitTypesDialog::rename(int row, const QString &name)
{
    BenefitType after = m_types.at(row);
    after.name = name;
    editor()->runOrReport(std::make_unique<BenefitTypeCommand>(
        *editor()->caseload(), m_types.at(row), after, tr("rename kind of benefit"), editor()->errorHandler()));
}

void BenefitTypesDialog::setArchived(int row, bool archived)
{
    BenefitType after = m_types.at(row);
    after.archived = archived;
    editor()->runOrReport(std::make_unique<BenefitTypeCommand>(*editor()->caseload(), m_types.at(row), after,
        archived ? tr("archive kind of benefit") : tr("bring back kind of benefit"), editor()->errorHandler()));
}

QString BenefitTypesDialog::title() const
{
    return tr("Kinds of benefits and services");
}

QString BenefitTypesDialog::newTitle() const
{
    return tr("New kind of benefit or service");
}

QString BenefitTypesDialog::renameTitle() const
{
    return tr("Rename kind of benefit or service");
}

} // namespace Traedesten::Ui
