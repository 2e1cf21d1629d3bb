#include "MeasurementDialog.h"

#include "OutcomeText.h"
#include "domain/Who5.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using namespace Domain;

namespace {

enum EditorPage { NumberPage, ScalePage, CategoryPage, YesNoPage, Who5Page };

bool isWho5(const Indicator *indicator)
{
    return indicator && indicator->code == u"who5";
}

} // namespace

MeasurementDialog::MeasurementDialog(
    const Measurement &measurement, const QList<Indicator> &indicators, Saver save, QWidget *parent)
    : FormDialog(parent)
    , m_original(measurement)
    , m_indicators(indicators)
    , m_save(std::move(save))
    , m_indicator(new QComboBox(this))
    , m_date(makeDateField(this, measurement.measuredOn))
    , m_valueStack(new QStackedWidget(this))
    , m_number(new QDoubleSpinBox(this))
    , m_scale(new QSpinBox(this))
    , m_category(new QComboBox(this))
    , m_yesNo(new QComboBox(this))
    , m_who5(new QWidget(this))
    , m_who5Intro(new QLabel(this))
    , m_score(new QLabel(this))
    , m_measuredBy(new QLineEdit(measurement.measuredBy, this))
    , m_note(new QLineEdit(measurement.note, this))
{
    setObjectName(QStringLiteral("measurementDialog"));
    m_indicator->setObjectName(QStringLiteral("indicatorId"));
    m_number->setObjectName(QStringLiteral("numberValue"));
    m_category->setObjectName(QStringLiteral("categoryValue"));
    for (const Indicator &i : indicators)
        m_indicator->addItem(OutcomeText::indicator(i), i.id);
    m_indicator->setCurrentIndex(qMax(0, m_indicator->findData(measurement.indicatorId)));
    m_indicator->setEnabled(measurement.id.isEmpty()); // a measurement stays of what it measured
    m_date->setMaximumDate(QDate::currentDate());
    m_number->setDecimals(1);
    m_measuredBy->setMaxLength(200);
    m_note->setMaxLength(500);

    // WHO-5: the five statements, each with its answer; none is answered until the citizen has.
    auto *who5Layout = new QVBoxLayout(m_who5);
    who5Layout->setContentsMargins(0, 0, 0, 0);
    m_who5Intro->setWordWrap(true);
    who5Layout->addWidget(m_who5Intro);
    for (int item = 0; item < Who5::ItemCount; ++item) {
        auto *question = new QLabel(this);
        question->setWordWrap(true);
        auto *answer = new QComboBox(this);
        answer->setObjectName(QStringLiteral("who5Item%1").arg(item + 1));
        question->setBuddy(answer);
        m_questions << question;
        m_answers << answer;
        who5Layout->addSpacing(4);
        who5Layout->addWidget(question);
        who5Layout->addWidget(answer);
        connect(answer, &QComboBox::currentIndexChanged, this, &MeasurementDialog::updateScore);
    }
    m_score->setWordWrap(true);
    m_score->setObjectName(QStringLiteral("who5Score"));
    who5Layout->addSpacing(4);
    who5Layout->addWidget(m_score);

    m_valueStack->addWidget(m_number);
    m_valueStack->addWidget(m_scale);
    m_valueStack->addWidget(m_category);
    m_valueStack->addWidget(m_yesNo);
    m_valueStack->addWidget(m_who5);

    addRow(QStringLiteral("indicatorId"), m_indicator);
    addRow(QStringLiteral("measuredOn"), m_date);
    addRow(QStringLiteral("value"), m_valueStack);
    addRow(QStringLiteral("measuredBy"), m_measuredBy);
    addRow(QStringLiteral("note"), m_note);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &MeasurementDialog::showEditorFor);
    retranslate();
    showEditorFor();
    setMinimumWidth(520);
}

const Indicator *MeasurementDialog::currentIndicator() const
{
    const QString id = m_indicator->currentData().toString();
    for (const Indicator &i : m_indicators) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

void MeasurementDialog::showEditorFor()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator)
        return;
    const bool same = indicator->id == m_original.indicatorId && !m_original.id.isEmpty();
    if (isWho5(indicator)) {
        m_valueStack->setCurrentIndex(Who5Page);
        for (int item = 0; item < m_answers.size(); ++item) {
            const int answer = same && item < m_original.items.size() ? m_original.items.at(item) : -1;
            m_answers.at(item)->setCurrentIndex(answer < 0 ? -1 : Who5::ItemMaximum - answer);
        }
        updateScore();
    } else {
        switch (indicator->type) {
        case IndicatorType::Number:
            m_valueStack->setCurrentIndex(NumberPage);
            m_number->setRange(indicator->minimum, indicator->maximum > 0 ? indicator->maximum : 1e9);
            m_number->setDecimals(indicator->code == u"monthly_income" ? 0 : 1);
            m_number->setSuffix(QLatin1Char(' ') + OutcomeText::unit(*indicator));
            m_number->setValue(same ? m_original.value : indicator->minimum);
            break;
        case IndicatorType::Scale:
            m_valueStack->setCurrentIndex(ScalePage);
            m_scale->setRange(int(indicator->minimum), int(indicator->maximum));
            m_scale->setValue(same ? int(m_original.value) : int(indicator->minimum));
            break;
        case IndicatorType::Category:
            m_valueStack->setCurrentIndex(CategoryPage);
            m_category->clear();
            for (const QString &c : indicator->categories)
                m_category->addItem(OutcomeText::category(*indicator, c), c);
            m_category->setCurrentIndex(same ? m_category->findData(m_original.category) : -1);
            break;
        case IndicatorType::YesNo:
            m_valueStack->setCurrentIndex(YesNoPage);
            m_yesNo->setCurrentIndex(same ? (m_original.value != 0 ? 0 : 1) : -1);
            break;
        }
    }
    // The stack takes the height of what it shows, not of its tallest page.
    for (int p = 0; p < m_valueStack->count(); ++p)
        m_valueStack->widget(p)->setSizePolicy(
            QSizePolicy::Preferred, p == m_valueStack->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_valueStack->updateGeometry();
    fitHeight(); // grows for WHO-5's statements, shrinks back for one value
}

void MeasurementDialog::updateScore()
{
    QList<int> items;
    for (QComboBox *answer : std::as_const(m_answers)) {
        if (answer->currentIndex() >= 0)
            items << Who5::ItemMaximum - answer->currentIndex();
    }
    const auto score = Who5::score(items);
    m_score->setText(score ? OutcomeText::who5Reading(*score) : tr("Answered %1 of 5 statements.").arg(items.size()));
}

Status MeasurementDialog::trySave()
{
    const Indicator *indicator = currentIndicator();
    if (!indicator)
        return Error::invalid(QStringLiteral("indicatorId"), Issue::Required);
    Measurement m = m_original;
    m.indicatorId = indicator->id;
    m.measuredOn = m_date->date();
    m.measuredBy = m_measuredBy->text().trimmed();
    m.note = m_note->text().trimmed();
    m.items.clear();
    m.category.clear();
    m.value = 0;
    if (isWho5(indicator)) {
        for (QComboBox *answer : std::as_const(m_answers)) {
            if (answer->currentIndex() < 0)
                return Error::invalid(QStringLiteral("value"), Issue::Required);
            m.items << Who5::ItemMaximum - answer->currentIndex();
        }
    } else {
        switch (indicator->type) {
        case IndicatorType::Number:
            m.value = m_number->value();
            break;
        case IndicatorType::Scale:
            m.value = m_scale->value();
            break;
        case IndicatorType::Category:
            if (m_category->currentIndex() < 0)
                return Error::invalid(QStringLiteral("value"), Issue::Required);
            m.category = m_category->currentData().toString();
            break;
        case IndicatorType::YesNo:
            if (m_yesNo->currentIndex() < 0)
                return Error::invalid(QStringLiteral("value"), Issue::Required);
            m.value = m_yesNo->currentIndex() == 0 ? 1 : 0;
            break;
        }
    }
    Status s = m_save(m);
    if (!s && (s.error().field == u"category" || s.error().field == u"items")) {
        Error e = s.error();
        e.field = QStringLiteral("value"); // shown under the value, whatever its editor
        return e;
    }
    return s;
}

void MeasurementDialog::retranslate()
{
    setWindowTitle(m_original.id.isEmpty() ? tr("New measurement") : tr("Edit measurement"));
    caption(QStringLiteral("indicatorId"))->setText(tr("&Indicator:"));
    caption(QStringLiteral("measuredOn"))->setText(tr("&Date:"));
    caption(QStringLiteral("value"))->setText(tr("&Value:"));
    caption(QStringLiteral("measuredBy"))->setText(tr("Measured &by:"));
    caption(QStringLiteral("note"))->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Optional; no sensitive details"));
    m_who5Intro->setText(tr("Please indicate for each of the five statements which is closest to how you have been "
                            "feeling over the last two weeks."));
    for (int item = 0; item < m_questions.size(); ++item) {
        m_questions.at(item)->setText(QStringLiteral("&%1. %2").arg(item + 1).arg(OutcomeText::who5Question(item)));
        QComboBox *answer = m_answers.at(item);
        const int current = answer->currentIndex();
        const QSignalBlocker blocker(answer);
        answer->clear();
        for (int value = Who5::ItemMaximum; value >= 0; --value)
            answer->addItem(OutcomeText::who5Answer(value));
        answer->setPlaceholderText(tr("Choose the answer"));
        answer->setCurrentIndex(current);
    }
    const int yesNo = m_yesNo->currentIndex();
    m_yesNo->clear();
    m_yesNo->addItems({ tr("Yes"), tr("No") });
    m_yesNo->setCurrentIndex(yesNo);
    updateScore();
}

} // namespace Traedesten::Ui
