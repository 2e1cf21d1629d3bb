#include "IndicatorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

const IndicatorType Types[]
    = { IndicatorType::Number, IndicatorType::Scale, IndicatorType::Category, IndicatorType::YesNo };

} // namespace

IndicatorDialog::IndicatorDialog(const Indicator &indicator, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(indicator)
    , m_save(std::move(save))
    , m_name(new QLineEdit(indicator.name, this))
    , m_unit(new QLineEdit(indicator.unit, this))
    , m_type(new QComboBox(this))
    , m_minimum(new QDoubleSpinBox(this))
    , m_maximum(new QDoubleSpinBox(this))
    , m_categories(new QPlainTextEdit(indicator.categories.join(QLatin1Char('\n')), this))
    , m_higherIsBetter(new QCheckBox(this))
{
    setObjectName(QStringLiteral("indicatorDialog"));
    m_name->setObjectName(QStringLiteral("indicatorName"));
    m_name->setMaxLength(200);
    m_unit->setMaxLength(50);
    for (QDoubleSpinBox *box : { m_minimum, m_maximum }) {
        box->setRange(-1e9, 1e9);
        box->setDecimals(1);
    }
    m_minimum->setValue(indicator.minimum);
    m_maximum->setValue(indicator.maximum);
    m_categories->setTabChangesFocus(true);
    m_categories->setMaximumHeight(110);
    m_higherIsBetter->setChecked(indicator.higherIsBetter);
    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("type"), m_type);
    addRow(QStringLiteral("unit"), m_unit);
    addRow(QStringLiteral("minimum"), m_minimum);
    addRow(QStringLiteral("maximum"), m_maximum);
    addRow(QStringLiteral("categories"), m_categories);
    addRow(QStringLiteral("higherIsBetter"), m_higherIsBetter);
    retranslate();
    m_type->setCurrentIndex(qMax(0, int(std::find(std::begin(Types), std::end(Types), indicator.type) - Types)));
    connect(m_type, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateFields);
    updateFields();
    setMinimumWidth(460);
}

void IndicatorDialog::updateFields()
{
    const IndicatorType type = Types[qBound(0, m_type->currentIndex(), 3)];
    const bool ranged = type == IndicatorType::Number || type == IndicatorType::Scale;
    for (QWidget *w :
        { static_cast<QWidget *>(m_minimum), static_cast<QWidget *>(m_maximum), static_cast<QWidget *>(m_unit) }) {
        w->setEnabled(ranged);
    }
    m_categories->setEnabled(type == IndicatorType::Category);
    m_higherIsBetter->setEnabled(type != IndicatorType::Category);
}

Status IndicatorDialog::trySave()
{
    Indicator i = m_original;
    i.name = m_name->text().trimmed();
    i.type = Types[qBound(0, m_type->currentIndex(), 3)];
    const bool ranged = i.type == IndicatorType::Number || i.type == IndicatorType::Scale;
    i.unit = ranged ? m_unit->text().trimmed() : QString();
    i.minimum = ranged ? m_minimum->value() : 0;
    i.maximum = ranged ? m_maximum->value() : (i.type == IndicatorType::YesNo ? 1 : 0);
    i.categories.clear();
    if (i.type == IndicatorType::Category) {
        const QStringList lines = m_categories->toPlainText().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty() && !i.categories.contains(line.trimmed()))
                i.categories << line.trimmed();
        }
    }
    i.higherIsBetter = i.type == IndicatorType::Category || m_higherIsBetter->isChecked();
    return m_save(i);
}

void IndicatorDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New indicator") : tr("Edit indicator"));
    caption(QStringLiteral("name"))->setText(tr("&Name:"));
    caption(QStringLiteral("type"))->setText(tr("&Kind of value:"));
    caption(QStringLiteral("unit"))->setText(tr("&Unit:"));
    m_unit->setPlaceholderText(tr("For example: kr., hours, days"));
    caption(QStringLiteral("minimum"))->setText(tr("&Lowest:"));
    caption(QStringLiteral("maximum"))->setText(tr("&Highest (0: no limit):"));
    caption(QStringLiteral("categories"))->setText(tr("&Categories:"));
    m_categories->setPlaceholderText(tr("One per line"));
    caption(QStringLiteral("higherIsBetter"))->setText(QString());
    m_higherIsBetter->setText(tr("Higher is &better"));
    const int type = m_type->currentIndex();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItems({ tr("A number"), tr("A scale of whole numbers"), tr("One of some categories"), tr("Yes or no") });
    m_type->setCurrentIndex(type);
}

} // namespace Traedesten::Ui
