#include "TeamPasswordStore.h"

#include <qt6keychain/keychain.h>

namespace Traedesten::Ui {

const QString TeamPasswordStore::Service = QStringLiteral("Trædesten team server");

TeamPasswordStore::TeamPasswordStore(QObject *parent)
    : QObject(parent)
{ }

QString TeamPasswordStore::entryKey(const QString &fileId, const QString &user)
{
    return user + QLatin1Char('@') + fileId;
}

void TeamPasswordStore::read(const QString &fileId, const QString &user, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(entryKey(fileId, user));
    // Never a plain-text file instead of a keyring: without one the password is asked for.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        done(read->error() == QKeychain::NoError ? read->textData() : QString());
    });
    job->start();
}

void TeamPasswordStore::write(
    const QString &fileId, const QString &user, const QString &password, std::function<void(bool)> done)
{
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(entryKey(fileId, user));
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        if (done)
            done(finished->error() == QKeychain::NoError);
    });
    job->start();
}

void TeamPasswordStore::remove(const QString &fileId, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(entryKey(fileId, user));
    job->setInsecureFallback(false);
    job->start();
}

} // namespace Traedesten::Ui
