#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

namespace Traedesten::Ui::ScreenFit {

/// The part of the window's screen that windows may use (without panels and docks).
QRect available(const QWidget *window);

/**
 * Sizes @p window to @p preferred, or less where the screen is smaller, never
 * below its minimum size hint, and centres it on the available area.
 */
void place(QWidget *window, QSize preferred);

/// Gives @p window the height its contents need at its width (wrapped texts in full), within the screen.
void fitHeight(QWidget *window);

/// Moves and, if needed, shrinks @p window so that its frame lies inside the available area.
void keepInside(QWidget *window);

/**
 * Restores a saved geometry only if it fits the available area of the screen
 * it belongs to (a geometry saved on a bigger screen, or while a page forced
 * the window wider, is not restored); returns whether it was restored.
 */
bool restore(QWidget *window, const QByteArray &geometry);

} // namespace Traedesten::Ui::ScreenFit
