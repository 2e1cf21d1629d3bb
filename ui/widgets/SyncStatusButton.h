#pragma once


#include <QToolButton>

namespace Traedesten::Ui {

class SyncController;

/// The status bar's synchronisation indicator: what the controller's state says, in words; a click syncs now.
/// Hidden while the case file has no team server.
class SyncStatusButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusButton(SyncController *controller, QWidget *parent = nullptr);
    /// While there are conflicts to resolve, a click opens them (@p resolve) instead of syncing.
    void setConflictsAction(QAction *resolve) { m_resolve = resolve; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    void activate();

    SyncController *m_controller;
    QAction *m_resolve = nullptr;
};

} // namespace Traedesten::Ui
