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

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    SyncController *m_controller;
};

} // namespace Traedesten::Ui
