#pragma once

#include "FormDialog.h"
#include "domain/Citizen.h"
#include "domain/Household.h"

#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Traedesten::Ui {

/// Adds or edits a citizen.
class CitizenDialog : public FormDialog
{
    Q_OBJECT

public:
    /// Tries to store the citizen; returns the refusal, if any.
    using Saver = std::function<Status(const Domain::Citizen &)>;

    CitizenDialog(const Domain::Citizen &citizen, const QList<Domain::Household> &households,
        const QStringList &supportPersons, Saver save, QWidget *parent = nullptr);

    Domain::Citizen citizen() const;

protected:
    Status trySave() override;
    void retranslate() override;

private:
    void updateCprHint();

    Domain::Citizen m_original;
    Saver m_save;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_cpr = nullptr;
    QLabel *m_cprHint = nullptr;
    DateField *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QList<QCheckBox *> m_groups;
    QComboBox *m_status = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QComboBox *m_supportPerson = nullptr;
    QComboBox *m_household = nullptr;
};

} // namespace Traedesten::Ui
