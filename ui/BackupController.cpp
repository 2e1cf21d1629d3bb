#include "BackupController.h"

#include "Config.h"
#include "ErrorText.h"
#include "domain/AuditEvent.h"
#include "domain/FileSetting.h"
#include "storage/CaseFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace Traedesten::Ui {

namespace {

const QString FolderKey = QStringLiteral("backupFolder");
const QString PathKey = QStringLiteral("path");
constexpr int DailyCheckMs = 30 * 60 * 1000;

} // namespace

BackupController::BackupController(Config &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_daily(new QTimer(this))
{
    m_daily->setInterval(DailyCheckMs);
    connect(m_daily, &QTimer::timeout, this, &BackupController::daily);
}

BackupController::~BackupController()
{
    m_future.waitForFinished();
}

void BackupController::setCaseFile(Storage::CaseFile *file)
{
    m_file = file;
    m_damageShown = false;
    if (!file || file->isLocked()) {
        m_daily->stop();
        return;
    }
    m_fileId = file->setting(Domain::FileSetting::FileId).value_or(QString());
    if (!m_fileId.isEmpty())
        m_config.setCaseFileValue(m_fileId, PathKey, file->path());
    m_daily->start();
}

QString BackupController::folderFor(const Config &config, const QString &fileId, const QString &caseFilePath)
{
    const QString chosen = fileId.isEmpty() ? QString() : config.caseFileValue(fileId, FolderKey);
    return chosen.isEmpty() ? Storage::BackupSet::defaultFolder(caseFilePath) : chosen;
}

QString BackupController::folder() const
{
    return m_file ? folderFor(m_config, m_fileId, m_file->path()) : QString();
}

void BackupController::setFolder(const QString &folder)
{
    if (m_fileId.isEmpty() || !m_file)
        return;
    const QString clean = QDir::cleanPath(folder);
    const bool isDefault
        = clean.isEmpty() || clean == QDir::cleanPath(Storage::BackupSet::defaultFolder(m_file->path()));
    m_config.setCaseFileValue(m_fileId, FolderKey, isDefault ? QString() : clean);
}

void BackupController::checkInBackground()
{
    start(Reason::Check);
}

void BackupController::backUpNow()
{
    if (isRunning()) {
        Q_EMIT backUpNowFinished(tr("A backup is already being made. Try again in a moment."), false);
        return;
    }
    start(Reason::Manual);
}

void BackupController::daily()
{
    if (!m_file || m_file->isLocked() || isRunning())
        return;
    const QList<Storage::Backup> mine = Storage::BackupSet(folder()).backupsOf(m_fileId);
    if (mine.isEmpty() || mine.first().madeAt.toLocalTime().date() != QDate::currentDate())
        start(Reason::Daily);
}

void BackupController::start(Reason reason)
{
    if (!m_file || m_file->isLocked() || m_fileId.isEmpty() || isRunning())
        return;
    Storage::BackupSet::Request request;
    request.fileId = m_fileId;
    request.caseFilePath = m_file->path();
    const QString chosen = m_config.caseFileValue(m_fileId, FolderKey);
    request.createFolder = chosen.isEmpty(); // the default folder is made; a chosen one must exist
    if (reason != Reason::Manual) {
        request.lastChange
            = m_file->read([](Storage::Database &db) { return Storage::BackupSet::lastChange(db); }).value_or(-1);
    }
    if (reason == Reason::Manual) {
        QPointer<BackupController> self(this);
        request.progress = [self](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            QMetaObject::invokeMethod(
                self.data(),
                [self, percent] {
                    if (self)
                        Q_EMIT self->progressChanged(percent);
                },
                Qt::QueuedConnection);
            return true;
        };
    }
    Storage::CaseFile *file = m_file;
    m_busy = true;
    const bool checkPages = reason == Reason::Check;
    const Storage::BackupSet set(folderFor(m_config, m_fileId, m_file->path()));
    m_future = QtConcurrent::run([file, set, request, checkPages]() -> Outcome {
        Outcome outcome;
        try {
            outcome.made = set.make(*file, request);
            if (checkPages)
                outcome.pages = file->checkPages();
        } catch (const std::exception &e) {
            outcome.made = Error { ErrorCode::Internal, QString::fromLocal8Bit(e.what()) };
        }
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reason] {
        watcher->deleteLater();
        finish(reason, watcher->future().result());
    });
    watcher->setFuture(m_future);
}

QString BackupController::failureText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("The backup folder %1 does not exist. Connect the disk it is on, or choose another folder in "
                  "Settings ▸ Case file.")
            .arg(QDir::toNativeSeparators(folder()));
    case ErrorCode::ReadOnly:
        return tr("Trædesten may not write in the backup folder %1. Choose another folder in Settings ▸ Case file.")
            .arg(QDir::toNativeSeparators(folder()));
    case ErrorCode::DiskFull:
        return tr("The disk with the backup folder is full. Nothing was half-written and older backups are "
                  "untouched; make room or choose another folder.");
    case ErrorCode::Damaged:
        if (error.field == QLatin1String("backup"))
            return tr("The new backup did not pass its check and was removed; older backups are untouched. The "
                      "disk with the backup folder may be failing.");
        break;
    case ErrorCode::Locked:
    case ErrorCode::Cancelled:
        return tr("The backup was stopped when the case file was locked or closed.");
    default:
        break;
    }
    return ErrorText::forCaseFile(error);
}

void BackupController::finish(Reason reason, const Outcome &outcome)
{
    m_busy = false;
    const bool damaged = (!outcome.made && outcome.made.code() == ErrorCode::Damaged
                             && outcome.made.error().field == QLatin1String("caseFile"))
        || (!outcome.pages && outcome.pages.code() == ErrorCode::Damaged);
    if (damaged) {
        if (!m_damageShown) {
            m_damageShown = true;
            Q_EMIT damageFound(tr("The case file is damaged (part of it can no longer be read). Your work is still "
                                  "open; restore the file from a backup: File ▸ Restore from a backup…"));
        }
    } else if (outcome.made) {
        const auto &made = *outcome.made;
        if (!made.skipped && m_file && !m_file->isLocked()) {
            (void)m_file->recordEvent(
                Domain::AuditAction::BackedUp, QStringLiteral("backup"), QFileInfo(made.backup.path).fileName());
        }
        const QString when = QLocale().toString(made.backup.madeAt.toLocalTime(), QLocale::ShortFormat);
        if (reason == Reason::Manual)
            Q_EMIT backUpNowFinished(tr("The case file was backed up and the backup checked (%1, in %2).")
                                         .arg(when, QDir::toNativeSeparators(folder())),
                true);
        else if (!made.skipped)
            Q_EMIT message(tr("Backed up at %1.").arg(when), false);
    } else {
        const QString text = failureText(outcome.made.error());
        if (reason == Reason::Manual)
            Q_EMIT backUpNowFinished(tr("The backup failed. %1").arg(text), false);
        else if (outcome.made.code() != ErrorCode::Cancelled && outcome.made.code() != ErrorCode::Locked)
            Q_EMIT message(tr("The automatic backup failed. %1").arg(text), true);
    }
    Q_EMIT idle();
}

void BackupController::backUpBeforeClosing(int waitMs)
{
    if (!m_file || m_file->isLocked())
        return;
    QElapsedTimer clock;
    clock.start();
    // A check or a daily backup may be running: let it end, then make the closing one (skipped when that one
    // already holds everything).
    bool started = false;
    while (clock.elapsed() < waitMs) {
        if (!isRunning()) {
            if (started)
                return;
            started = true;
            start(Reason::Closing);
            if (!isRunning())
                return;
        }
        QEventLoop loop;
        QTimer bound;
        bound.setSingleShot(true);
        connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &BackupController::idle, &loop, &QEventLoop::quit);
        bound.start(int(std::max<qint64>(1, waitMs - clock.elapsed())));
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
}

void BackupController::waitForIdle()
{
    m_future.waitForFinished();
}

} // namespace Traedesten::Ui
