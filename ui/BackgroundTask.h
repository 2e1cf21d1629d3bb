#pragma once

#include "Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <type_traits>
#include <utility>

namespace Traedesten::Ui {

/**
 * Runs @p work on the global thread pool and hands its (possibly move-only)
 * result to @p done on @p context's thread. Key derivation takes a second or
 * more, so it never runs on the GUI thread. If @p context is destroyed first,
 * the result is dropped (and, for a case file, closed) in the worker's wake. Work that waits for the GUI
 * thread (a synchronisation's steps on the case file) runs on a @p pool of its own: Qt's painting borrows
 * the global pool's threads and waits for them, so a worker there waiting for the GUI would deadlock it.
 */
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done, QThreadPool *pool = QThreadPool::globalInstance())
{
    using T = std::invoke_result_t<Work>;
    static_assert(std::is_constructible_v<T, Error>, "the work must return a Result");
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        QFuture<T> future = watcher->future();
        watcher->deleteLater();
        done(future.takeResult());
    });
    // An exception (say std::bad_alloc) comes back as an error instead of
    // ending the program when the result is taken on the GUI thread.
    watcher->setFuture(QtConcurrent::run(pool, [work = std::move(work)]() mutable -> T {
        try {
            return work();
        } catch (const std::exception &e) {
            return Error { ErrorCode::Internal, QString::fromLocal8Bit(e.what()) };
        }
    }));
}

} // namespace Traedesten::Ui
