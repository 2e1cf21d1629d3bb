#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Traedesten::Ui {

/**
 * Runs @p work on the global thread pool and hands its (possibly move-only)
 * result to @p done on @p context's thread. Key derivation takes a second or
 * more, so it never runs on the GUI thread. If @p context is destroyed first,
 * the result is dropped (and, for a case file, closed) in the worker's wake.
 */
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        QFuture<T> future = watcher->future();
        watcher->deleteLater();
        done(future.takeResult());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Traedesten::Ui
