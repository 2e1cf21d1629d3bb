#pragma once

#include "storage/Erasure.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Traedesten::Ui {

/**
 * The confirmation before a closed case is erased: names the citizen, lists what goes with counts, says
 * that it cannot be undone, and asks for the citizen's name to be typed before Erase is enabled.
 */
class EraseCitizenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EraseCitizenDialog(const Storage::ErasureSummary &summary, QWidget *parent = nullptr);

    /// The lines of what goes, as shown (for tests).
    QStringList items() const;
    QPushButton *eraseButton() const { return m_erase; }
    QLineEdit *nameField() const { return m_name; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    Storage::ErasureSummary m_summary;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_list = nullptr;
    QLabel *m_final = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace Traedesten::Ui
