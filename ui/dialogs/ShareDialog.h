#pragma once

#include "domain/FamilyPlan.h"
#include "sync/TeamDirectory.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Traedesten::Ui {

/**
 * Team ▸ Share with colleague or team…: shares a citizen's course, or the family plan of the citizen's
 * household (whole, or only what concerns one department, for a participant from that department), with a
 * colleague or a team, to read or to read and write; lists the shares there are and withdraws one. What
 * each choice means is spelled out before anything happens. TeamController does the sharing.
 */
class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    struct Subject
    {
        QString caseId;
        QString name; ///< the citizen's or household's name
        bool household = false;
    };

    /// @p household: the citizen's household, when the person may share it (caseId empty: not offered).
    ShareDialog(Subject citizen, Subject household, const QList<Sync::Colleague> &colleagues,
        const QList<Domain::Department> &departments, QWidget *parent = nullptr);

    /// The case chosen (the citizen's or the household's).
    Subject subject() const;
    QString grantee() const;
    bool canWrite() const;
    /// A department's id (a household shared for one department), or empty.
    QString department() const;
    /// Only the household's plan can be shared (the person is its coordinator, not the citizen's owner).
    void restrictToPlan();
    /// The shares there are now, by case (from the server's overview).
    void setShares(const QList<Sync::CaseAccessInfo> &cases);
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &text);
    void showDone(const QString &text);

Q_SIGNALS:
    void shareRequested();
    void withdrawRequested(const QString &grantee);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    void fillShares();
    QString departmentName(const QString &id) const;

    Subject m_citizen;
    Subject m_household;
    QList<Domain::Department> m_departments;
    QList<Sync::CaseAccessInfo> m_cases;
    QLabel *m_whatCaption = nullptr;
    QRadioButton *m_course = nullptr;
    QRadioButton *m_plan = nullptr;
    QLabel *m_withCaption = nullptr;
    QComboBox *m_with = nullptr;
    QLabel *m_accessCaption = nullptr;
    QRadioButton *m_read = nullptr;
    QRadioButton *m_write = nullptr;
    QLabel *m_departmentCaption = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_consequences = nullptr;
    QLabel *m_sharesCaption = nullptr;
    QListWidget *m_shares = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_share = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Traedesten::Ui
