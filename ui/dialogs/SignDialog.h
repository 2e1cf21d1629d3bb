#pragma once

#include "FormDialog.h"

#include <functional>

namespace Traedesten::Ui {

/**
 * Asks on which day a family plan version was signed: usually today at the meeting, but the
 * paper may be entered afterwards. A signed version is then kept exactly as it is.
 */
class SignDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const QDate &signedOn)>;
    SignDialog(int version, Saver save, QWidget *parent = nullptr);

    DateField *date() const { return m_date; }

protected:
    Status trySave() override;
    void retranslate() override;

private:
    int m_version;
    Saver m_save;
    QLabel *m_text = nullptr;
    DateField *m_date = nullptr;
};

} // namespace Traedesten::Ui
