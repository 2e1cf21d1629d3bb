#pragma once

#include "FormDialog.h"
#include "domain/Indicator.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// The file's own indicator: name, unit, what kind of value it takes, and its range or categories.
class IndicatorDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Domain::Indicator &)>;
    IndicatorDialog(const Domain::Indicator &indicator, Saver save, QWidget *parent = nullptr);

    QLineEdit *name() const { return m_name; }
    QComboBox *type() const { return m_type; }
    QPlainTextEdit *categories() const { return m_categories; }

protected:
    Status trySave() override;
    void retranslate() override;

private:
    void updateFields();

    Domain::Indicator m_original;
    Saver m_save;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_type = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QDoubleSpinBox *m_maximum = nullptr;
    QPlainTextEdit *m_categories = nullptr;
    QCheckBox *m_higherIsBetter = nullptr;
};

} // namespace Traedesten::Ui
