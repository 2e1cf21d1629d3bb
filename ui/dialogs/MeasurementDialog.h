#pragma once

#include "FormDialog.h"
#include "domain/Indicator.h"

#include <QList>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Traedesten::Ui {

/**
 * Records one measurement. The value field follows the indicator's type: a number, a scale,
 * one of its categories, yes or no, and WHO-5 as its five statements, each answered 0–5, with
 * the score and what it suggests shown as the answers are given.
 */
class MeasurementDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Measurement &)>;
    /// @p indicators: those that can be chosen (a new measurement) or the measurement's own (an edit).
    MeasurementDialog(const Domain::Measurement &measurement, const QList<Domain::Indicator> &indicators, Saver save,
        QWidget *parent = nullptr);

    QComboBox *indicator() const { return m_indicator; }
    /// WHO-5: the answer boxes of the five statements.
    QList<QComboBox *> who5Answers() const { return m_answers; }
    QDoubleSpinBox *numberEdit() const { return m_number; }
    QComboBox *categoryEdit() const { return m_category; }

protected:
    Status trySave() override;
    void retranslate() override;

private:
    const Domain::Indicator *currentIndicator() const;
    void showEditorFor();
    void updateScore();

    Domain::Measurement m_original;
    QList<Domain::Indicator> m_indicators;
    Saver m_save;
    QComboBox *m_indicator = nullptr;
    DateField *m_date = nullptr;
    QStackedWidget *m_valueStack = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QSpinBox *m_scale = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_yesNo = nullptr;
    QWidget *m_who5 = nullptr;
    QLabel *m_who5Intro = nullptr;
    QList<QLabel *> m_questions;
    QList<QComboBox *> m_answers;
    QLabel *m_score = nullptr;
    QLineEdit *m_measuredBy = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace Traedesten::Ui
