#pragma once

#include "Result.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Traedesten::Ui {

/**
 * Base of the dialogs that edit one record. The core validates; a refusal is
 * shown under the field it names (or at the bottom) and the dialog stays open
 * with everything typed. Subclasses add their rows and implement trySave().
 */
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows @p error next to its field (or at the bottom when it names none).
    void showError(const Error &error);
    /// The refusal shown for @p field, or empty.
    QString errorText(const QString &field) const;

    /// A date field that may be left empty ("no date").
    static QDateEdit *makeDateEdit(QWidget *parent, const QDate &date);
    static QDate dateOf(const QDateEdit *edit);
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    explicit FormDialog(QWidget *parent);

    /// Adds a row for the record's member @p field; returns its caption (set its text in retranslate()).
    QLabel *addRow(const QString &field, QWidget *editor);
    QFormLayout *form() const { return m_form; }
    QLabel *caption(const QString &field) const { return m_captions.value(field); }

    /// Stores the record; returns the core's refusal, if any.
    virtual Status trySave() = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    void save();
    void clearErrors();

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_captions;
};

} // namespace Traedesten::Ui
