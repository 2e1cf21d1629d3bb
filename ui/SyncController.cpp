#include "SyncController.h"

#include "BackgroundTask.h"
#include "ErrorText.h"
#include "storage/CaseFile.h"
#include "storage/SyncStore.h"
#include "sync/PgConnection.h"

#include <QAction>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

namespace Traedesten::Ui {

namespace {
constexpr int AfterUnlockMs = 1000;

/// The synchronisations' threads: never the global pool, whose threads Qt's painting waits for while the
/// synchronisation's worker waits for the GUI thread. Never destroyed: closing never waits for the network.
QThreadPool *syncPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}
constexpr int AfterChangeMs = 10'000;
constexpr int PeriodMs = 5 * 60'000;
} // namespace

SyncController::SyncController(QObject *parent)
    : QObject(parent)
    , m_syncNow(new QAction(this))
    , m_afterChange(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNow->setEnabled(false);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        // Without a server, or its password, the person is shown where to set it (a shortcut is never dead).
        if (!m_file)
            return;
        if (!m_settings.isConfigured() || (m_password.isEmpty() && m_settings.certFile.isEmpty()))
            Q_EMIT setupRequested();
        else
            syncNow();
    });
    m_afterChange->setSingleShot(true);
    m_afterChange->setInterval(AfterChangeMs);
    connect(m_afterChange, &QTimer::timeout, this, &SyncController::start);
    m_periodic->setInterval(PeriodMs);
    connect(m_periodic, &QTimer::timeout, this, &SyncController::start);
    retranslate();
}

SyncController::~SyncController()
{
    if (m_stopping)
        *m_stopping = true; // the worker touches nothing of ours any more
}

void SyncController::setChangeDelay(int milliseconds)
{
    m_afterChange->setInterval(milliseconds);
}

void SyncController::setCaseFile(Storage::CaseFile *file, const QString &fileId)
{
    if (!file) {
        // Locking or closing: never synchronise a locked file. A running synchronisation's remaining steps on
        // the file are dropped; nothing waits for its network call.
        m_afterChange->stop();
        m_periodic->stop();
        if (m_stopping)
            *m_stopping = true;
        m_again = false;
        m_file = nullptr;
        m_fileId.clear();
        m_password.clear();
        m_syncNow->setEnabled(false);
        m_actions.clear();
        m_colleagues.clear();
        m_caseAccess.clear();
        m_figuresOnly = false;
        setState(State::NotConfigured);
        Q_EMIT teamChanged();
        return;
    }
    m_file = file;
    m_fileId = fileId;
    m_syncNow->setEnabled(true);
    // What the server said last, so the caseload shows owners and shares offline too.
    const QByteArray kept = Storage::SyncStore::caseAccess(*file).value_or(QByteArray());
    m_caseAccess = Sync::CaseAccessInfo::fromJson(QJsonDocument::fromJson(kept).array());
    Q_EMIT teamChanged();
}

void SyncController::runOnServer(TeamAction action, std::function<void(const Status &)> done)
{
    m_actions.append(PendingAction { std::move(action), std::move(done) });
    syncNow();
}

void SyncController::setServer(const Sync::TeamServerSettings &settings, const QString &password)
{
    m_settings = settings;
    m_password = password;
    if (!m_file || !settings.isConfigured()) {
        m_periodic->stop();
        setState(State::NotConfigured);
        return;
    }
    m_periodic->start();
    QTimer::singleShot(AfterUnlockMs, this, &SyncController::start);
}

void SyncController::syncNow()
{
    m_afterChange->stop();
    start();
}

void SyncController::noteChange()
{
    if (!m_file || !m_settings.isConfigured())
        return;
    if (m_running) {
        m_changedMeanwhile = true;
        return;
    }
    refreshWaiting();
    if (m_state == State::Synced && m_waiting > 0)
        setState(State::Waiting);
    else
        Q_EMIT stateChanged(m_state); // the count changed
    m_afterChange->start();
}

void SyncController::refreshWaiting()
{
    if (!m_file || m_file->isLocked())
        return;
    m_waiting = Storage::SyncStore::waitingChanges(*m_file).value_or(m_waiting);
}

void SyncController::start()
{
    // Actions asked for that cannot reach the server now are answered at once, never left waiting.
    const auto refuseActions = [this](const Error &why) {
        const QList<PendingAction> refused = std::exchange(m_actions, {});
        for (const PendingAction &a : refused) {
            if (a.done)
                a.done(why);
        }
    };
    if (!m_file || m_file->isLocked() || !m_settings.isConfigured()) {
        refuseActions(Error { ErrorCode::Locked, QStringLiteral("no unlocked case file with a team server") });
        return;
    }
    if (m_password.isEmpty() && m_settings.certFile.isEmpty()) {
        setState(State::NeedsPassword);
        refuseActions(Error { ErrorCode::ServerRefused, QStringLiteral("no password for the team server") });
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_changedMeanwhile = false;
    setState(State::Syncing);
    auto stopping = std::make_shared<std::atomic<bool>>(false);
    m_stopping = stopping;
    Storage::CaseFile *file = m_file;
    // The team actions asked for so far run in this synchronisation; their outcomes come back with it.
    auto actions = std::make_shared<QList<PendingAction>>(std::exchange(m_actions, {}));
    auto outcomes = std::make_shared<QList<Status>>();
    auto team = std::make_shared<std::optional<TeamInfo>>();
    runInBackground(
        this,
        [file, stopping, settings = m_settings, password = m_password, actions, outcomes,
            team]() -> Result<Sync::SyncReport> {
            auto connection = Sync::connectToTeamServer(settings, password);
            if (!connection)
                return connection.error();
            Sync::SyncEngine engine(*file, **connection);
            // Each step on the case file runs on the GUI thread, between its events; none once it is going.
            // (the application object as context: it outlives this controller, which may be gone by then).
            engine.setFileAccess([stopping](const std::function<void()> &step) {
                QObject *gui = QCoreApplication::instance();
                if (*stopping || !gui)
                    return;
                QMetaObject::invokeMethod(
                    gui,
                    [&] {
                        if (!*stopping)
                            step();
                    },
                    Qt::BlockingQueuedConnection);
            });
            auto report = engine.sync();
            if (!report || actions->isEmpty())
                return fetchTeam(engine, **connection, report, *team);
            bool acted = false;
            for (const PendingAction &a : std::as_const(*actions)) {
                outcomes->append(a.action(engine));
                acted = acted || outcomes->last().ok();
            }
            if (acted) { // its effect (a case leaving, a colleague's access) reaches this file now
                auto again = engine.sync();
                if (!again)
                    return again;
                again->casesRemoved += report->casesRemoved;
                again->casesErased += report->casesErased;
                report = again;
            }
            return fetchTeam(engine, **connection, report, *team);
        },
        [this, actions, outcomes, team](Result<Sync::SyncReport> report) {
            if (team->has_value() && m_file && !m_file->isLocked() && !(m_stopping && *m_stopping)) {
                m_colleagues = (*team)->colleagues;
                m_caseAccess = (*team)->cases;
                m_figuresOnly = (*team)->figuresOnly;
                Q_EMIT teamChanged();
            }
            for (qsizetype i = 0; i < actions->size(); ++i) {
                const Status outcome = i < outcomes->size() ? outcomes->at(i)
                    : report                                ? Status(Error { ErrorCode::Cancelled })
                                                            : Status(report.error());
                if (actions->at(i).done && m_file)
                    actions->at(i).done(outcome);
            }
            finish(report);
        },
        syncPool());
}

Result<Sync::SyncReport> SyncController::fetchTeam(Sync::SyncEngine &engine, Sync::PgConnection &connection,
    Result<Sync::SyncReport> report, std::optional<TeamInfo> &team)
{
    if (!report)
        return report;
    // Who owns and shares what, for the caseload and the Transfer and Share dialogs. Kept in the file (it
    // names colleagues, not citizens), so it is there offline; a failure here leaves the last one shown.
    auto overview = Sync::TeamDirectory::caseOverview(connection);
    auto colleagues = Sync::TeamDirectory::colleagues(connection);
    auto programme = Sync::TeamDirectory::isProgrammeMember(connection);
    if (!overview || !colleagues || !programme)
        return report;
    const QByteArray json = QJsonDocument(Sync::CaseAccessInfo::toJson(*overview)).toJson(QJsonDocument::Compact);
    if (engine.onCaseFile([&](Storage::CaseFile &file) { return Storage::SyncStore::setCaseAccess(file, json); }))
        team.emplace(TeamInfo { *colleagues, *overview, *programme });
    return report;
}

void SyncController::finish(const Result<Sync::SyncReport> &report)
{
    m_running = false;
    const bool stopped = m_stopping && *m_stopping;
    m_stopping.reset();
    if (!m_file || m_file->isLocked()) {
        setState(State::NotConfigured);
        return;
    }
    if (stopped) {
        // Stopped for a file that is gone; this one (opened since) may be waiting for its turn.
        if (m_again)
            QTimer::singleShot(0, this, &SyncController::start);
        return;
    }
    if (report) {
        m_lastSynced = QDateTime::currentDateTime();
        m_conflicts = report->openConflicts;
        refreshWaiting();
        setState(m_conflicts > 0 ? State::Conflicts : m_waiting > 0 ? State::Waiting : State::Synced);
        if (report->casesRemoved > 0 || report->casesErased > 0)
            Q_EMIT casesRemoved(report->casesRemoved, report->casesErased);
        if (report->casesAdded > 0)
            Q_EMIT casesAdded(report->casesAdded);
    } else {
        m_error = report.error();
        refreshWaiting();
        setState(report.code() == ErrorCode::ServerUnreachable ? State::Offline : State::Failed);
    }
    if (m_again)
        QTimer::singleShot(0, this, &SyncController::start);
    else if (m_changedMeanwhile && m_waiting > 0)
        m_afterChange->start();
}

void SyncController::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString SyncController::stateText() const
{
    switch (m_state) {
    case State::NotConfigured:
        return {};
    case State::NeedsPassword:
        return tr("Team server: password needed (Settings ▸ Team server)");
    case State::Syncing:
        return tr("Synchronising…");
    case State::Synced:
        return tr("Synchronised at %1").arg(QLocale().toString(m_lastSynced.time(), QLocale::ShortFormat));
    case State::Waiting:
        return tr("%n change(s) waiting to be sent", "", m_waiting);
    case State::Offline:
        return m_waiting > 0 ? tr("Offline: %n change(s) waiting", "", m_waiting) : tr("Offline");
    case State::Conflicts:
        return tr("%n conflict(s) to resolve", "", m_conflicts);
    case State::Failed:
        return tr("Not synchronised: %1").arg(ErrorText::forCaseFile(m_error));
    }
    return {};
}

void SyncController::retranslate()
{
    m_syncNow->setText(tr("S&ync now"));
    m_syncNow->setToolTip(tr("Send your changes to the team server and fetch your colleagues'"));
    Q_EMIT stateChanged(m_state); // its words in the new language
}

} // namespace Traedesten::Ui
