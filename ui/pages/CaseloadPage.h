#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Traedesten::Ui {

/// The caseload. With no citizens yet it says what the file is for and what to do next.
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadPage(QWidget *parent = nullptr);

    /// The municipality shown above the caseload (from the file's settings).
    void setMunicipality(const QString &name);

Q_SIGNALS:
    void fileSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_municipality;
    QLabel *m_heading = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_municipalityHint = nullptr;
    QPushButton *m_settings = nullptr;
};

} // namespace Traedesten::Ui
