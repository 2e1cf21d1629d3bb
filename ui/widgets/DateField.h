#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace Traedesten::Ui {

/**
 * The one date field of the program: a line edit to type a date in (day first, in either language's
 * form, see Domain::DateText), a button and Alt+Down / F4 for a calendar, and an empty field for
 * "no date". Typed text is never dropped or replaced: text that is not a date stays as typed, looks
 * invalid, and the dialog refuses it (FormDialog). When the field loses focus a date is rewritten in
 * the language's display form (15-01-2027 in Danish, 15/01/2027 in English), so what is shown is what
 * is stored.
 */
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The date typed or picked; invalid when the field is empty or its text is not a date.
    QDate date() const;
    /// Shows @p date in the display form; an invalid date empties the field.
    void setDate(const QDate &date);
    bool isEmpty() const;
    /// Whether the text is a date, or empty (no date).
    bool hasValidDate() const;
    QString text() const;
    /// Rewrites a date in the display form, and marks text that is not a date as invalid (done when the field
    /// loses focus, and by the dialog on Save).
    void tidy();
    /// The calendar offers no day after @p date (typing one is left to the dialog's checks).
    void setMaximumDate(const QDate &date);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    QCalendarWidget *calendar() const { return m_calendar; }
    bool isPopupVisible() const;
    void showPopup();
    void hidePopup();

    /// "dd-MM-yyyy" in Danish, "dd/MM/yyyy" otherwise.
    static QString displayFormat();
    /// 15 January 2027 in the display form: the example that refusals give.
    static QString example();

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void textEdited();
    void pick(const QDate &date);
    void showInvalid(bool invalid);

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_lastDate; ///< the date last announced by dateChanged
};

} // namespace Traedesten::Ui
