#include "DateField.h"

#include "domain/DateText.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace Traedesten::Ui {

using Domain::DateText;

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
    , m_popup(new QFrame(this, Qt::Popup))
    , m_calendar(new QCalendarWidget(m_popup))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaxLength(40);
    m_button->setObjectName(QStringLiteral("dateCalendarButton"));
    m_button->setIcon(QIcon(QStringLiteral(":/icons/calendar.svg")));
    m_button->setAutoRaise(true);
    // Keyboard users open the calendar with Alt+Down or F4: Tab goes on to the next field.
    m_button->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    setFocusPolicy(m_edit->focusPolicy());

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);

    m_popup->setObjectName(QStringLiteral("datePopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(1, 1, 1, 1);
    popupLayout->addWidget(m_calendar);
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_calendar->setDateRange(DateText::earliest(), DateText::latest());
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::ISOWeekNumbers);
    m_calendar->installEventFilter(this);
    for (QWidget *child : m_calendar->findChildren<QWidget *>())
        child->installEventFilter(this);
    m_edit->installEventFilter(this);

    connect(m_button, &QToolButton::clicked, this, &DateField::showPopup);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_edit, &QLineEdit::textChanged, this, &DateField::textEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidy);
    retranslate();
}

QDate DateField::date() const
{
    return DateText::parse(m_edit->text());
}

void DateField::setDate(const QDate &date)
{
    const bool inRange = date.isValid() && date >= DateText::earliest() && date <= DateText::latest();
    m_edit->setText(inRange ? date.toString(displayFormat()) : QString());
    showInvalid(false);
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool DateField::hasValidDate() const
{
    return isEmpty() || date().isValid();
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::setMaximumDate(const QDate &date)
{
    m_calendar->setMaximumDate(date);
}

bool DateField::isPopupVisible() const
{
    return m_popup->isVisible();
}

void DateField::showPopup()
{
    const QDate shown = date();
    const QDate today = QDate::currentDate();
    const QDate focus = shown.isValid() ? shown : qBound(m_calendar->minimumDate(), today, m_calendar->maximumDate());
    m_calendar->setSelectedDate(focus);
    m_calendar->setCurrentPage(focus.year(), focus.month());

    // Below the field, or above it when the screen ends first; always inside the screen.
    m_popup->adjustSize();
    const QSize size = m_popup->sizeHint();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        if (at.y() + size.height() > avail.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(qBound(avail.left(), at.x(), qMax(avail.left(), avail.right() - size.width())));
        at.setY(qBound(avail.top(), at.y(), qMax(avail.top(), avail.bottom() - size.height())));
    }
    m_popup->move(at);
    m_popup->resize(size);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::hidePopup()
{
    m_popup->hide();
    m_edit->setFocus(Qt::PopupFocusReason);
}

QString DateField::displayFormat()
{
    return QLocale().language() == QLocale::Danish ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy");
}

QString DateField::example()
{
    return QDate(2027, 1, 15).toString(displayFormat());
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool alt = key->modifiers() & Qt::AltModifier;
    if (watched == m_edit) {
        if ((key->key() == Qt::Key_Down && alt) || (key->key() == Qt::Key_F4 && key->modifiers() == Qt::NoModifier)) {
            showPopup();
            return true;
        }
    } else if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && alt)) {
        hidePopup(); // unchanged
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (const QDate d = date(); d.isValid())
            setDate(d); // the other language's form
    }
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy", "placeholder of an empty date field: day, month, year"));
    m_button->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Open the calendar"));
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setLocale(QLocale());
}

void DateField::textEdited()
{
    if (hasValidDate())
        showInvalid(false); // the warning goes as soon as the text is right; it comes when the field is left
    const QDate now = date();
    if (now != m_lastDate) {
        m_lastDate = now;
        Q_EMIT dateChanged(now);
    }
}

void DateField::tidy()
{
    if (const QDate d = date(); d.isValid()) {
        const QString shown = d.toString(displayFormat());
        if (m_edit->text() != shown)
            m_edit->setText(shown);
    }
    showInvalid(!hasValidDate());
}

void DateField::pick(const QDate &date)
{
    setDate(date);
    hidePopup();
}

void DateField::showInvalid(bool invalid)
{
    if (m_edit->property("invalid").toBool() == invalid)
        return;
    m_edit->setProperty("invalid", invalid);
    m_edit->setStyleSheet(
        invalid ? QStringLiteral("QLineEdit { border: 2px solid #b71c1c; background: #fdecea; }") : QString());
    m_edit->setAccessibleDescription(invalid ? tr("Not a date") : QString());
}

} // namespace Traedesten::Ui
