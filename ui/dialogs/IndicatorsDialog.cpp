#include "IndicatorsDialog.h"

#include "CaseEditor.h"
#include "IndicatorDialog.h"
#include "OutcomeText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QListWidget>

namespace Traedesten::Ui {

using namespace Domain;

IndicatorsDialog::IndicatorsDialog(CaseEditor *editor, QWidget *parent)
    : NamedListDialog(editor, parent)
{
    setObjectName(QStringLiteral("indicatorsDialog"));
    list()->setObjectName(QStringLiteral("indicatorList"));
    setUp();
}

void IndicatorsDialog::requestAdd()
{
    if (!editor()->caseload())
        return;
    auto *dialog = new IndicatorDialog(
        Indicator {},
        [this](const Indicator &i) -> Status {
            Status s = editor()->run(std::make_unique<IndicatorCommand>(
                *editor()->caseload(), std::nullopt, i, tr("add indicator"), editor()->errorHandler()));
            if (s)
                entryAdded();
            return s;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<NamedListDialog::Entry> IndicatorsDialog::load()
{
    m_indicators = editor()->caseload()->measurements().indicators().value_or({});
    QList<Entry> entries;
    for (const Indicator &i : std::as_const(m_indicators)) {
        const QString unit = OutcomeText::unit(i);
        entries << Entry { i.code.isEmpty() && !unit.isEmpty() ? tr("%1 (%2)", "indicator (unit)").arg(i.name, unit)
                                                               : OutcomeText::indicator(i),
            i.archived, i.code.isEmpty(), i.name };
    }
    return entries;
}

Status IndicatorsDialog::add(const QString &name)
{
    Indicator i;
    i.name = name;
    return editor()->run(std::make_unique<IndicatorCommand>(
        *editor()->caseload(), std::nullopt, i, tr("add indicator"), editor()->errorHandler()));
}

void IndicatorsDialog::rename(int row, const QString &name)
{
    Indicator after = m_indicators.at(row);
    after.name = name;
    editor()->runOrReport(std::make_unique<IndicatorCommand>(
        *editor()->caseload(), m_indicators.at(row), after, tr("rename indicator"), editor()->errorHandler()));
}

void IndicatorsDialog::setArchived(int row, bool archived)
{
    Indicator after = m_indicators.at(row);
    after.archived = archived;
    editor()->runOrReport(std::make_unique<IndicatorCommand>(*editor()->caseload(), m_indicators.at(row), after,
        archived ? tr("archive indicator") : tr("bring back indicator"), editor()->errorHandler()));
}

QString IndicatorsDialog::title() const
{
    return tr("Indicators");
}

QString IndicatorsDialog::newTitle() const
{
    return tr("New indicator");
}

QString IndicatorsDialog::renameTitle() const
{
    return tr("Rename indicator");
}

} // namespace Traedesten::Ui
