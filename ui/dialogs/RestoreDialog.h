#pragma once

#include "storage/BackupSet.h"
#include "storage/CaseFile.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Traedesten::Ui {

class PassphraseField;

/**
 * Restore from a backup: the backups in a folder (newest first: when, size, which case file), the case file
 * to restore onto and the backup's passphrase. The restore runs off the GUI thread (BackupSet::restore): the
 * current file is kept aside, never overwritten.
 */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QString folder; ///< where the backups are looked for
        QString caseFilePath; ///< the file to restore onto; empty: chosen in the dialog
        QString fileId; ///< its id when known (to warn about a backup of another case file)
        QByteArray header; ///< its first 16 bytes when known (to say which backups have its passphrase)
    };
    /// Where a file id's case file was last seen, to suggest it as the target.
    using PathOfFile = std::function<QString(const QString &fileId)>;

    RestoreDialog(const Target &target, PathOfFile pathOfFile, QWidget *parent = nullptr);

    /// The restored, open file after accept().
    std::unique_ptr<Storage::CaseFile> takeCaseFile() { return std::move(m_file); }
    const QString &keptAside() const { return m_keptAside; }

    /// Lists the backups in @p folder.
    void setFolder(const QString &folder);
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();
    void chooseTarget();
    void selectionChanged();
    void restore();
    void runRestore(const Storage::Backup &backup, const QString &expectedFileId);
    void showTarget();
    const Storage::Backup *selected() const;

    Target m_target;
    PathOfFile m_pathOfFile;
    QList<Storage::Backup> m_backups;
    QLabel *m_intro = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_targetPath = nullptr;
    QPushButton *m_chooseTarget = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    PassphraseField *m_passphrase = nullptr;
    QLabel *m_passphraseHint = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_restore = nullptr;
    std::unique_ptr<Storage::CaseFile> m_file;
    QString m_keptAside;
    bool m_busy = false;
};

} // namespace Traedesten::Ui
