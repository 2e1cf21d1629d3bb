#pragma once
// Test support: watches every window that opens while a UI is driven, records
// its geometry and minimum size, optionally saves a picture of it, and closes
// it again (rejecting a dialog, so nothing is saved).

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Traedesten::TestKit {

/// The screen the screen-size tests run on: 1366×768, or TRAEDESTEN_TEST_SCREEN (e.g. "1280x720").
inline QSize testScreenSize()
{
    const QList<QByteArray> parts = qgetenv("TRAEDESTEN_TEST_SCREEN").split('x');
    if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
        return { parts.at(0).toInt(), parts.at(1).toInt() };
    return { 1366, 768 };
}

class WindowProbe : public QObject
{
public:
    struct Seen
    {
        QString name; ///< object name, or class name when it has none
        QString className;
        QString title;
        QString origin; ///< what opened it (set by the test through setOrigin)
        QRect frame;
        QSize size;
        QSize minimumSizeHint;
        QSize minimumSize;
        QStringList clippedLabels; ///< word-wrapped labels shorter than their text needs
    };

    /// @p keep: windows never touched (the main window, the lock screen…).
    explicit WindowProbe(QList<QWidget *> keep = {})
        : m_keep(std::move(keep))
    {
        qApp->installEventFilter(this);
    }
    ~WindowProbe() override { qApp->removeEventFilter(this); }

    void setOrigin(const QString &origin) { m_origin = origin; }
    /// Called with each window once it is laid out, before it is closed (e.g. to save a picture or to press Save).
    void setInspector(std::function<void(QWidget *, const QString &origin)> inspector)
    {
        m_inspector = std::move(inspector);
    }
    /// While false, windows are recorded but left open.
    void setClosing(bool closing) { m_closing = closing; }
    const QList<Seen> &seen() const { return m_seen; }
    void clear() { m_seen.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *w = static_cast<QWidget *>(watched);
            const Qt::WindowType type = w->windowType();
            if (w->isWindow() && !m_keep.contains(w) && (type == Qt::Window || type == Qt::Dialog)) {
                QPointer<QWidget> window(w);
                // Once its layout has settled (a dialog adjusts its size when shown).
                QTimer::singleShot(50, this, [this, window, origin = m_origin] {
                    if (window && window->isVisible())
                        handle(window, origin);
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void handle(QWidget *w, const QString &origin)
    {
        Seen seen;
        seen.name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        seen.className = QString::fromLatin1(w->metaObject()->className());
        seen.title = w->windowTitle();
        seen.origin = origin;
        seen.frame = w->frameGeometry();
        seen.size = w->size();
        seen.minimumSizeHint = w->minimumSizeHint();
        seen.minimumSize = w->minimumSize();
        for (QLabel *label : w->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            if (label->height() + 1 < label->heightForWidth(label->width()))
                seen.clippedLabels << label->objectName();
        }
        m_seen << seen;
        QPointer<QWidget> alive(w);
        if (m_inspector)
            m_inspector(w, origin);
        if (!m_closing || !alive || !alive->isVisible())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            // "No" / "Cancel": a question answered the safe way.
            if (QAbstractButton *escape = box->escapeButton())
                escape->click();
            else
                box->reject();
        } else if (auto *dialog = qobject_cast<QDialog *>(w)) {
            dialog->reject();
        } else {
            w->close();
        }
    }

    QList<QWidget *> m_keep;
    QString m_origin;
    bool m_closing = true;
    std::function<void(QWidget *, const QString &)> m_inspector;
    QList<Seen> m_seen;
};

} // namespace Traedesten::TestKit
