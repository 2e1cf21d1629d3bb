#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Traedesten::Ui {

/// The first window: create a case file, open one, or pick a recent one.
class WelcomeWindow : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWindow(QWidget *parent = nullptr);

    /// Recent case files, as paths only.
    void setRecentFiles(const QStringList &paths);
    /// Selects the language entry without emitting languageChosen.
    void setLanguageChoice(const QString &language);

Q_SIGNALS:
    void newRequested();
    void demoRequested();
    void openRequested();
    void openRecentRequested(const QString &path);
    void removeRecentRequested(const QString &path);
    void settingsRequested();
    void languageChosen(const QString &language);
    void restoreRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void activateRecent(QListWidgetItem *item);

    QLabel *m_logo = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_tagline = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QLabel *m_privacy = nullptr;
};

} // namespace Traedesten::Ui
