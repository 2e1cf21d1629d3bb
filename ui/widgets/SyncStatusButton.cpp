#include "SyncStatusButton.h"

#include "SyncController.h"

#include <QAction>
#include <QEvent>

namespace Traedesten::Ui {

SyncStatusButton::SyncStatusButton(SyncController *controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, controller, &SyncController::syncNow);
    connect(controller, &SyncController::stateChanged, this, &SyncStatusButton::update);
    update();
}

void SyncStatusButton::update()
{
    const QString text = m_controller->stateText();
    // Long reasons (an error in words) go in the tooltip; the bar shows their start.
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 420));
    setToolTip(text + QLatin1Char('\n') + m_controller->syncNowAction()->toolTip() + QStringLiteral(" (")
        + m_controller->syncNowAction()->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void SyncStatusButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QToolButton::changeEvent(event);
}

} // namespace Traedesten::Ui
