#pragma once

#include "CitizenPage.h"

#include <QHash>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Traedesten::Ui {

/// The citizen at a glance: profile, progress of each goal, the next stepping stones, the last meeting.
class OverviewPage : public CitizenPage
{
    Q_OBJECT

public:
    explicit OverviewPage(CaseEditor *editor, QWidget *parent = nullptr);

    /// The CPR number as shown now (masked until revealed).
    QString shownCpr() const;
    QPushButton *revealButton() const { return m_reveal; }

protected:
    void reload() override;
    void retranslate() override;

private:
    void clear();
    void showCpr();
    QLabel *addField(const char *key);

    QGroupBox *m_profileBox = nullptr;
    QFormLayout *m_profile = nullptr;
    QHash<QString, QLabel *> m_fields;
    QHash<QString, const char *> m_captionKeys;
    QLabel *m_cprValue = nullptr;
    QPushButton *m_reveal = nullptr;
    QString m_cpr;
    bool m_revealed = false;
    QString m_shownId;
    QGroupBox *m_progressBox = nullptr;
    QVBoxLayout *m_progress = nullptr;
    QGroupBox *m_nextBox = nullptr;
    QLabel *m_next = nullptr;
    QGroupBox *m_meetingBox = nullptr;
    QLabel *m_meeting = nullptr;
};

} // namespace Traedesten::Ui
