#pragma once

#include "Result.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Traedesten::Ui {

class DateField;

/**
 * Base of the dialogs that edit one record. The core validates; a refusal is
 * shown under the field it names (or at the bottom) and the dialog stays open
 * with everything typed. A date field whose text is not a date is refused here,
 * before the core is asked. The dialog grows to show a refusal in full and
 * shrinks back when it goes. Subclasses add their rows and implement trySave().
 */
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows @p error next to its field (or at the bottom when it names none).
    void showError(const Error &error);
    /// The refusal shown for @p field, or empty.
    QString errorText(const QString &field) const;
    /// The label that shows @p field's refusal (the general one when the dialog has no such field).
    QLabel *errorLabel(const QString &field) const { return m_errors.value(field, m_generalError); }

    /// The program's date field, showing @p date (empty when invalid: "no date").
    static DateField *makeDateField(QWidget *parent, const QDate &date);
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// Hides every refusal; with @p refit the dialog shrinks back to its contents.
    void clearErrors(bool refit = true);

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
    void showEvent(QShowEvent *event) override;
    /// Gives the dialog the height its contents need at its width (wrapped texts in full), within the screen.
    void fitHeight();

private:
    void save();
    /// Refuses every date field whose text is not a date; false if there was one.
    bool checkDates();
    void showText(const QString &field, const QString &text);
    /// Gives each date field's line edit the words of its caption, for screen readers.
    void nameDateFields();

    QFormLayout *m_form = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_captions;
    QList<QPair<QString, DateField *>> m_dates;
};

} // namespace Traedesten::Ui
