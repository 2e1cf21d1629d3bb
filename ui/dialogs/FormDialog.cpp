#include "FormDialog.h"

#include "ErrorText.h"
#include "widgets/DateField.h"
#include "widgets/ScreenFit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QVBoxLayout>

namespace Traedesten::Ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error->setVisible(false);
    return error;
}

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

DateField *FormDialog::makeDateField(QWidget *parent, const QDate &date)
{
    auto *field = new DateField(parent);
    field->setDate(date);
    return field;
}

QLabel *FormDialog::addRow(const QString &field, QWidget *editor)
{
    auto *caption = new QLabel(this);
    m_captions.insert(field, caption);
    QLabel *error = makeErrorLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    m_errors.insert(field, error);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(editor);
    column->addWidget(error);
    if (auto *date = qobject_cast<DateField *>(editor)) {
        date->setObjectName(field);
        // The caption names the line edit itself, for screen readers too.
        caption->setBuddy(date->lineEdit());
        m_dates.append({ field, date });
    } else {
        caption->setBuddy(editor);
    }
    m_form->addRow(caption, column);
    return caption;
}

QString FormDialog::errorText(const QString &field) const
{
    QLabel *label = m_errors.value(field, m_generalError);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void FormDialog::clearErrors(bool refit)
{
    bool shown = false;
    for (QLabel *label : std::as_const(m_errors)) {
        shown = shown || label->isVisibleTo(this);
        label->setVisible(false);
    }
    shown = shown || m_generalError->isVisibleTo(this);
    m_generalError->setVisible(false);
    if (shown && refit)
        fitHeight(); // shrink back
}

void FormDialog::showText(const QString &field, const QString &text)
{
    QLabel *label = m_errors.value(field, m_generalError);
    label->setText(text);
    label->setVisible(true);
    fitHeight();
}

void FormDialog::showError(const Error &error)
{
    showText(error.field, ErrorText::forField(error));
    if (QLabel *caption = m_captions.value(error.field); caption && caption->buddy())
        caption->buddy()->setFocus();
}

bool FormDialog::checkDates()
{
    DateField *first = nullptr;
    for (const auto &[field, date] : std::as_const(m_dates)) {
        date->tidy(); // what is saved is what is shown
        if (date->hasValidDate())
            continue;
        showText(field,
            tr("“%1” is not a date. Type it like %2 or pick it in the calendar (Alt+Down).")
                .arg(date->text().trimmed(), DateField::example()));
        if (!first)
            first = date;
    }
    if (first) {
        first->lineEdit()->setFocus(Qt::OtherFocusReason);
        first->lineEdit()->selectAll();
    }
    return first == nullptr;
}

void FormDialog::fitHeight()
{
    QLayout *top = layout();
    if (!top)
        return;
    top->invalidate();
    top->activate();
    if (!isVisible()) {
        adjustSize(); // the size it opens with
        return;
    }
    ScreenFit::fitHeight(this);
}

void FormDialog::save()
{
    clearErrors(false); // a new refusal fits the dialog to itself; a save closes it
    if (!checkDates())
        return;
    if (Status s = trySave(); !s) {
        showError(s.error());
        return;
    }
    accept();
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        nameDateFields();
    }
    QDialog::changeEvent(event);
}

void FormDialog::showEvent(QShowEvent *event)
{
    nameDateFields();
    QDialog::showEvent(event);
}

void FormDialog::nameDateFields()
{
    // A label names only the widgets beside it for screen readers, and a date field's line edit sits inside
    // the field: give it its caption's words.
    for (const auto &[field, date] : std::as_const(m_dates)) {
        if (const QLabel *label = m_captions.value(field)) {
            QString name = label->text();
            name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            if (name.endsWith(u':'))
                name.chop(1);
            date->lineEdit()->setAccessibleName(name.trimmed());
        }
    }
}

} // namespace Traedesten::Ui
