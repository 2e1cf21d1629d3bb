#include "BackupFolderBox.h"

#include "storage/BackupSet.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStorageInfo>
#include <QVBoxLayout>

namespace Traedesten::Ui {

namespace {

/// The storage of @p path, or of the nearest folder above it that exists.
QStorageInfo storageOf(const QString &path)
{
    QString p = QFileInfo(path).absoluteFilePath();
    while (!QFileInfo::exists(p) && QFileInfo(p).path() != p)
        p = QFileInfo(p).path();
    return QStorageInfo(p);
}

} // namespace

BackupFolderBox::BackupFolderBox(const QString &caseFilePath, const QString &folder, QWidget *parent)
    : QGroupBox(parent)
    , m_caseFilePath(caseFilePath)
    , m_defaultFolder(Storage::BackupSet::defaultFolder(caseFilePath))
    , m_intro(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_choose(new QPushButton(this))
    , m_default(new QPushButton(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("backupBox"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_warning->setObjectName(QStringLiteral("backupSameDiskWarning"));
    m_intro->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    // Empty is the default folder beside the case file: shown as such rather than as an empty field.
    m_folder->setPlaceholderText(QDir::toNativeSeparators(m_defaultFolder));
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(m_choose);
    row->addWidget(m_default);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    connect(m_choose, &QPushButton::clicked, this, &BackupFolderBox::choose);
    connect(m_default, &QPushButton::clicked, this, [this] { setFolder(m_defaultFolder); });
    connect(m_folder, &QLineEdit::textChanged, this, &BackupFolderBox::update);
    retranslate();
    setFolder(folder);
}

QString BackupFolderBox::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void BackupFolderBox::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folder->setCursorPosition(0); // the start tells which disk; the same-disk warning is about that
    update();
}

bool BackupFolderBox::onSameDisk(const QString &caseFilePath, const QString &folder)
{
    const QStorageInfo file = storageOf(caseFilePath);
    const QStorageInfo backups = storageOf(folder);
    return file.isValid() && backups.isValid() && file.device() == backups.device()
        && file.rootPath() == backups.rootPath();
}

void BackupFolderBox::update()
{
    const QString shown = folder().isEmpty() ? m_defaultFolder : folder();
    m_folder->setToolTip(QDir::toNativeSeparators(shown));
    m_warning->setVisible(onSameDisk(m_caseFilePath, shown));
}

void BackupFolderBox::choose()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void BackupFolderBox::retranslate()
{
    setTitle(tr("Backups"));
    m_intro->setText(tr("A checked backup of the case file is made when you lock or close it, and at least once a "
                        "day while it is open. The newest of each of the last 7 days is kept, then one a week for 8 "
                        "weeks. A backup opens with the passphrase the file had when it was made."));
    m_folder->setAccessibleName(tr("Backup folder"));
    m_choose->setText(tr("Choose f&older…"));
    m_default->setText(tr("De&fault"));
    m_default->setToolTip(tr("A folder \"Trædesten backups\" beside the case file"));
    m_warning->setText(tr("This folder is on the same disk as the case file: if the disk breaks or the computer is "
                          "lost, the backups go with it. Choose a folder on a USB disk or a network drive."));
    // Wrapped labels in a tab page get too little height from the layout: ask for what the text needs at
    // the settings dialog's narrowest width.
    constexpr int TextWidth = 460;
    m_intro->setMinimumHeight(m_intro->heightForWidth(TextWidth));
    m_warning->setMinimumHeight(m_warning->heightForWidth(TextWidth));
}

void BackupFolderBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace Traedesten::Ui
