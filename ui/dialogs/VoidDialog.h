#pragma once

#include "FormDialog.h"

#include <functional>

class QLineEdit;

namespace Traedesten::Ui {

/// Asks why a ledger entry is voided: entries are never deleted, and the reason is kept.
class VoidDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const QString &reason)>;
    VoidDialog(const QString &entryText, Saver save, QWidget *parent = nullptr);

protected:
    Status trySave() override;
    void retranslate() override;

private:
    QString m_entryText;
    Saver m_save;
    QLabel *m_entry = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace Traedesten::Ui
