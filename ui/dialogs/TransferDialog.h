#pragma once

#include "sync/TeamDirectory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Traedesten::Ui {

/**
 * Team ▸ Transfer to colleague…: gives a citizen's course (and, when the person owns it, the household's
 * family plan) to a colleague on the team server, with what that means spelled out before anything
 * happens. The dialog only asks; TeamController transfers, and the dialog shows the server's answer.
 */
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p householdName: the citizen's household the person owns, offered to go along (empty: none).
    TransferDialog(const QString &citizenName, const QString &householdName, const QList<Sync::Colleague> &colleagues,
        QWidget *parent = nullptr);

    /// The colleague chosen (a role name), or empty.
    QString colleague() const;
    bool withHousehold() const;
    /// While the server is asked: nothing can be changed; an error makes the dialog usable again.
    void setBusy(bool busy);
    void showError(const QString &text);

Q_SIGNALS:
    void transferRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QString m_citizen;
    QString m_household;
    QLabel *m_intro = nullptr;
    QLabel *m_toCaption = nullptr;
    QComboBox *m_to = nullptr;
    QCheckBox *m_withHousehold = nullptr;
    QLabel *m_consequences = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_transfer = nullptr;
};

} // namespace Traedesten::Ui
