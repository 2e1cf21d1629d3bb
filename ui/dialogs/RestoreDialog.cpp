#include "RestoreDialog.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "widgets/PassphraseField.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Traedesten::Ui {

RestoreDialog::RestoreDialog(const Target &target, PathOfFile pathOfFile, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_pathOfFile(std::move(pathOfFile))
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLabel(this))
    , m_chooseFolder(new QPushButton(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_targetPath(new QLabel(this))
    , m_chooseTarget(new QPushButton(this))
    , m_passphraseLabel(new QLabel(this))
    , m_passphrase(new PassphraseField(this))
    , m_passphraseHint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_error->setObjectName(QStringLiteral("restoreError"));
    m_intro->setWordWrap(true);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targetPath->setWordWrap(true);
    m_passphraseHint->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_error->hide();
    m_empty->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_restore = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetPath, 1);
    targetRow->addWidget(m_chooseTarget);
    auto *form = new QFormLayout;
    form->addRow(m_targetLabel, targetRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_passphraseHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *folderBox = new QHBoxLayout;
    folderBox->addWidget(m_folderLabel);
    folderBox->addLayout(folderRow, 1);
    layout->addLayout(folderBox);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_chooseFolder, &QPushButton::clicked, this, &RestoreDialog::chooseFolder);
    connect(m_chooseTarget, &QPushButton::clicked, this, &RestoreDialog::chooseTarget);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::selectionChanged);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &RestoreDialog::restore);

    retranslate();
    setFolder(m_target.folder);
    resize(760, 520);
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from a backup"));
    m_intro->setText(tr("Choose the backup to go back to. The case file it replaces is not deleted: it is kept "
                        "beside it, with \"before-restore\" and the time in its name."));
    m_folderLabel->setText(tr("Backups in:"));
    m_chooseFolder->setText(tr("Choose &folder…"));
    m_list->setHeaderLabels({ tr("Made"), tr("Size"), tr("Case file"), tr("Passphrase") });
    m_list->setAccessibleName(tr("Backups"));
    m_empty->setText(tr("There are no backups in this folder."));
    m_targetLabel->setText(tr("Restore &into:"));
    m_chooseTarget->setText(tr("C&hoose…"));
    m_targetLabel->setBuddy(m_chooseTarget);
    m_passphraseLabel->setText(tr("Backup's &passphrase:"));
    m_passphraseHint->setText(tr("A backup opens with the passphrase the case file had when the backup was made."));
    m_restore->setText(tr("&Restore"));
    showTarget();
    setFolder(m_target.folder);
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreDialog::setFolder(const QString &folder)
{
    m_target.folder = folder;
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_list->clear();
    auto listed = Storage::BackupSet(folder).list();
    m_backups = listed ? *listed : QList<Storage::Backup>();
    const QLocale locale;
    for (const Storage::Backup &b : std::as_const(m_backups)) {
        QString whose = b.caseFileName;
        if (!m_target.fileId.isEmpty())
            whose = b.fileId.compare(m_target.fileId, Qt::CaseInsensitive) == 0
                ? tr("%1 (this case file)").arg(b.caseFileName)
                : tr("%1 (another case file)").arg(b.caseFileName);
        QString passphrase;
        if (!b.whole)
            passphrase = tr("damaged", "backup");
        else if (!m_target.header.isEmpty())
            passphrase = b.header == m_target.header ? tr("the current one") : tr("an earlier one");
        auto *item = new QTreeWidgetItem(m_list,
            { locale.toString(b.madeAt.toLocalTime(), QLocale::ShortFormat), locale.formattedDataSize(b.size), whose,
                passphrase });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->setVisible(!m_backups.isEmpty());
    m_empty->setVisible(m_backups.isEmpty());
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    if (!m_backups.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    selectionChanged();
}

const Storage::Backup *RestoreDialog::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_backups.size() ? &m_backups.at(row) : nullptr;
}

void RestoreDialog::selectionChanged()
{
    const Storage::Backup *b = selected();
    if (b && m_target.caseFilePath.isEmpty() && m_pathOfFile) {
        m_target.caseFilePath = m_pathOfFile(b->fileId);
        if (!m_target.caseFilePath.isEmpty()) {
            m_target.fileId = b->fileId;
            if (auto header = Storage::CaseFile::readHeader(m_target.caseFilePath))
                m_target.header = header->bytes();
            showTarget();
            setFolder(m_target.folder); // names this case file and its passphrase in the list
            return;
        }
        showTarget();
    }
    m_restore->setEnabled(!m_busy && b && b->whole && !m_target.caseFilePath.isEmpty());
}

void RestoreDialog::showTarget()
{
    m_targetPath->setText(m_target.caseFilePath.isEmpty() ? tr("(choose the case file to restore)")
                                                          : QDir::toNativeSeparators(m_target.caseFilePath));
}

void RestoreDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder with backups"), m_target.folder);
    if (!folder.isEmpty())
        setFolder(folder);
}

void RestoreDialog::chooseTarget()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Restore into"),
        m_target.caseFilePath.isEmpty() ? QFileInfo(m_target.folder).absolutePath() : m_target.caseFilePath,
        tr("Trædesten case files (*.traedesten)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_target.caseFilePath = QFileInfo(path).absoluteFilePath();
    m_target.fileId.clear(); // unknown until the backup is opened
    m_target.header.clear();
    showTarget();
    setFolder(m_target.folder);
}

void RestoreDialog::restore()
{
    const Storage::Backup *b = selected();
    if (m_busy || !b || !m_restore->isEnabled())
        return;
    if (!m_target.fileId.isEmpty() && b->fileId.compare(m_target.fileId, Qt::CaseInsensitive) != 0) {
        const auto answer = QMessageBox::question(this, tr("Another case file"),
            tr("This backup belongs to another case file (\"%1\"), not to the one at %2. Restore it in its place "
               "anyway? The current file is kept beside it.")
                .arg(b->caseFileName, QDir::toNativeSeparators(m_target.caseFilePath)));
        if (answer != QMessageBox::Yes)
            return;
        runRestore(*b, QString());
        return;
    }
    runRestore(*b, m_target.fileId);
}

void RestoreDialog::runRestore(const Storage::Backup &backup, const QString &expectedFileId)
{
    auto passphrase = std::make_shared<Security::SecureBytes>(m_passphrase->takePassphrase());
    m_busy = true;
    m_error->hide();
    m_restore->setEnabled(false);
    setCursor(Qt::BusyCursor);
    runInBackground(
        this,
        [path = backup.path, target = m_target.caseFilePath, expectedFileId, passphrase] {
            return Storage::BackupSet::restore(path, *passphrase, target, expectedFileId);
        },
        [this, backup](Result<Storage::BackupSet::Restored> result) {
            m_busy = false;
            unsetCursor();
            selectionChanged();
            if (result) {
                m_file = std::move(result->file);
                m_keptAside = result->keptAside;
                accept();
                return;
            }
            const Error &e = result.error();
            QString text;
            if (e.code == ErrorCode::WrongPassphrase)
                text = tr("This passphrase does not open the backup. A backup keeps the passphrase the case file "
                          "had when the backup was made: if the passphrase was changed since, use the earlier one.");
            else if (e.code == ErrorCode::InUse)
                text = tr("The case file is open, in this or another Trædesten window. Close it there first; "
                          "a file in use is never replaced.");
            else if (e.code == ErrorCode::Damaged && e.field == QLatin1String("backup"))
                text = tr("This backup is damaged. Choose an older one.");
            else if (e.code == ErrorCode::InvalidInput && e.field == QLatin1String("fileId"))
                text = tr("This backup belongs to another case file. Nothing was changed.");
            else
                text = ErrorText::forCaseFile(e);
            m_error->setText(text);
            m_error->show();
            m_passphrase->setFocus();
        });
}

} // namespace Traedesten::Ui
