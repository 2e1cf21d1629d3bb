#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Traedesten::Ui {

/// Settings ▸ Case file ▸ Backups: the folder the case file's backups go to, with a warning when it is on the
/// same disk as the case file (a lost or broken disk would take both).
class BackupFolderBox : public QGroupBox
{
    Q_OBJECT

public:
    BackupFolderBox(const QString &caseFilePath, const QString &folder, QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    /// True when the folder (or the nearest existing folder above it) is on the case file's disk.
    static bool onSameDisk(const QString &caseFilePath, const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose();
    void update();

    QString m_caseFilePath;
    QString m_defaultFolder; ///< beside the case file: what an empty field means
    QLabel *m_intro = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_default = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace Traedesten::Ui
