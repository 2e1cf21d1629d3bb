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
    // As Sync now: without a server or its password it leads to Settings ▸ Team server.
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::activate);
    connect(controller, &SyncController::stateChanged, this, &SyncStatusButton::refresh);
    refresh();
}

void SyncStatusButton::refresh()
{
    const QString text = m_controller->stateText();
    // Long reasons (an error in words) go in the tooltip; the bar shows their start.
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 420));
    setToolTip(text + QLatin1Char('\n') + m_controller->syncNowAction()->toolTip() + QStringLiteral(" (")
        + m_controller->syncNowAction()->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void SyncStatusButton::activate()
{
    if (m_resolve && m_controller->state() == SyncController::State::Conflicts)
        m_resolve->trigger();
    else
        m_controller->syncNowAction()->trigger();
}

void SyncStatusButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QToolButton::changeEvent(event);
}

} // namespace Traedesten::Ui
