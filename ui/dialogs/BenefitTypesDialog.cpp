#include "BenefitTypesDialog.h"

#include "CaseEditor.h"
#include "DomainText.h"
#include "OutcomeText.h"
#include "commands/RecordStores.h"
#include "storage/Caseload.h"

#include <QEvent>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>

namespace Traedesten::Ui {

using namespace Domain;

BenefitTypesDialog::BenefitTypesDialog(CaseEditor *editor, QWidget *parent)
    : NamedListDialog(editor, parent)
{
    setObjectName(QStringLiteral("benefitTypesDialog"));
    list()->setObjectName(QStringLiteral("benefitTypeList"));
    // The department that usually grants a kind is filled in for each new benefit of that kind.
    m_department = new QPushButton(this);
    m_department->setObjectName(QStringLiteral("benefitTypeDepartment"));
    addButton(m_department);
    connect(m_department, &QPushButton::clicked, this, &BenefitTypesDialog::chooseDepartment);
    connect(list(), &QListWidget::currentRowChanged, this,
        [this](int row) { m_department->setEnabled(row >= 0 && row < m_types.size()); });
    retranslateOwn();
    setUp();
}

void BenefitTypesDialog::chooseDepartment()
{
    const int row = list()->currentRow();
    if (!editor()->caseload() || row < 0 || row >= m_types.size())
        return;
    QStringList names { tr("(none)", "no department") };
    QStringList ids { QString() };
    for (const Department &d : std::as_const(m_departments)) {
        if (!d.archived || d.id == m_types.at(row).departmentId) {
            names << DomainText::department(d);
            ids << d.id;
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Department"),
        tr("The department that usually grants “%1”:").arg(OutcomeText::benefitType(m_types.at(row))), names,
        std::max(0, int(ids.indexOf(m_types.at(row).departmentId))), false, &ok);
    if (ok)
        setDepartment(ids.value(names.indexOf(chosen)));
}

void BenefitTypesDialog::setDepartment(const QString &departmentId)
{
    const int row = list()->currentRow();
    if (!editor()->caseload() || row < 0 || row >= m_types.size() || m_types.at(row).departmentId == departmentId)
        return;
    BenefitType after = m_types.at(row);
    after.departmentId = departmentId;
    editor()->runOrReport(std::make_unique<BenefitTypeCommand>(*editor()->caseload(), m_types.at(row), after,
        tr("set the department of a kind of benefit"), editor()->errorHandler()));
    reload();
}

void BenefitTypesDialog::retranslateOwn()
{
    m_department->setText(tr("&Department…"));
    m_department->setToolTip(tr("The department that usually grants this kind: filled in for new benefits"));
}

void BenefitTypesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateOwn();
    NamedListDialog::changeEvent(event);
}

QList<NamedListDialog::Entry> BenefitTypesDialog::load()
{
    m_types = editor()->caseload()->benefits().types().value_or({});
    m_departments = editor()->caseload()->plans().departments().value_or({});
    QList<Entry> entries;
    for (const BenefitType &t : std::as_const(m_types)) {
        QString label = OutcomeText::benefitType(t);
        for (const Department &d : std::as_const(m_departments)) {
            if (d.id == t.departmentId)
                label = tr("%1 — %2", "kind of benefit — its department").arg(label, DomainText::department(d));
        }
        entries << Entry { label, t.archived, t.code.isEmpty(), OutcomeText::benefitType(t) };
    }
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
