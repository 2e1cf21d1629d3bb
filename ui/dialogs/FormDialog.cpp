#include "FormDialog.h"

#include "ErrorText.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

namespace {

// QDateEdit cannot be empty: its minimum date stands for "no date" and shows as blank.
const QDate NoDate(1900, 1, 1);

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error->setVisible(false);
    return error;
}

/// An empty date's calendar opens on today's month rather than on January 1900.
class TodayPage : public QObject
{
public:
    explicit TodayPage(QDateEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == NoDate) {
            const QDate today = QDate::currentDate();
            m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

} // namespace

FormDialog::FormDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_generalError(makeErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_generalError->setObjectName(QStringLiteral("generalError"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateEdit *FormDialog::makeDateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setMinimumDate(NoDate);
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(
        QLocale().language() == QLocale::Danish ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
    edit->setDate(date.isValid() ? date : NoDate);
    edit->calendarWidget()->installEventFilter(new TodayPage(edit));
    return edit;
}

QDate FormDialog::dateOf(const QDateEdit *edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

QLabel *FormDialog::addRow(const QString &field, QWidget *editor)
{
    auto *caption = new QLabel(this);
    caption->setBuddy(editor);
    m_captions.insert(field, caption);
    QLabel *error = makeErrorLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    m_errors.insert(field, error);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        // A date may be left empty: a button takes it away again.
        auto *row = new QHBoxLayout;
        row->addWidget(date, 1);
        auto *clear = new QToolButton(this);
        clear->setObjectName(field + QStringLiteral("Clear"));
        clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
        clear->setAutoRaise(true);
        clear->setToolTip(tr("No date"));
        clear->setAccessibleName(tr("Clear the date"));
        connect(clear, &QToolButton::clicked, date, [date] { date->setDate(NoDate); });
        row->addWidget(clear);
        column->addLayout(row);
    } else {
        column->addWidget(editor);
    }
    column->addWidget(error);
    m_form->addRow(caption, column);
    return caption;
}

QString FormDialog::errorText(const QString &field) const
{
    QLabel *label = m_errors.value(field, m_generalError);
    return label->isVisible() ? label->text() : QString();
}

void FormDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->setVisible(false);
    m_generalError->setVisible(false);
}

void FormDialog::showError(const Error &error)
{
    QLabel *label = m_errors.value(error.field, m_generalError);
    label->setText(ErrorText::forField(error));
    label->setVisible(true);
    if (QLabel *caption = m_captions.value(error.field); caption && caption->buddy())
        caption->buddy()->setFocus();
}

void FormDialog::save()
{
    clearErrors();
    if (Status s = trySave(); !s) {
        showError(s.error());
        return;
    }
    accept();
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Traedesten::Ui
