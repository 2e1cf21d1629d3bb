// Synchronisation with the team server, measured against a throwaway PostgreSQL of its own (pg_virtualenv).
// BM_Sync*: the whole of it as a support person meets it, real case files and the sync engine: the first
// synchronisation of a 50-citizen caseload used alone until now (goal <= 2 s), one change (goal <= 200 ms),
// and a program pulling and applying 10,000 changes a colleague made. BM_Server*: the server's share alone
// (push_batch and pull with hand-made JSON). Not run by ctest: build/dev/tests/benchmarks/team_benchmark
#include "PgVirtualenv.h"
#include "TestSupport.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"
#include "storage/PersonKinds.h"
#include "storage/RecordRegistry.h"
#include "storage/SqlValues.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <benchmark/benchmark.h>

using namespace Traedesten;
using namespace Traedesten::Storage;
using namespace Traedesten::Sync;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<PgConnection> connectAs(const char *user = nullptr)
{
    const QString info = QStringLiteral("sslmode=disable ")
        + (user ? QStringLiteral("user=%1 password=pw-%1").arg(QString::fromLatin1(user)) : QString());
    auto c = PgConnection::connect(info);
    return c ? std::move(c).value() : nullptr;
}

PgConnection &alice()
{
    static std::unique_ptr<PgConnection> connection = [] {
        auto admin = connectAs();
        if (!admin || !ServerSchema::init(*admin)
            || !ServerSchema::addUser(*admin, QStringLiteral("alice"), QStringLiteral("pw-alice")))
            std::abort();
        return connectAs("alice");
    }();
    return *connection;
}

QJsonObject change(const QString &kind, const QString &citizen, const QJsonObject &fields)
{
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), newId() },
        { QStringLiteral("case_id"), citizen }, { QStringLiteral("base_version"), 0 },
        { QStringLiteral("fields"), fields } };
}

/// A caseload of @p citizens shaped as the demo's: per citizen 3 goals, 12 stones, a budget, 48 ledger
/// entries, 8 journal notes and 13 measurements (86 records).
QJsonArray caseload(int citizens)
{
    QJsonArray all;
    for (int c = 0; c < citizens; ++c) {
        const QString citizen = newId();
        all.append(
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("citizen") }, { QStringLiteral("id"), citizen },
                { QStringLiteral("case_id"), citizen }, { QStringLiteral("base_version"), 0 },
                { QStringLiteral("fields"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("Borger %1").arg(c) } } } });
        const QString budget = newId();
        for (int g = 0; g < 3; ++g)
            all.append(change(QStringLiteral("goal"), citizen,
                { { QStringLiteral("own_words"), QStringLiteral("Et mål i egne ord") } }));
        for (int s = 0; s < 12; ++s)
            all.append(change(
                QStringLiteral("stepping_stone"), citizen, { { QStringLiteral("title"), QStringLiteral("Trin") } }));
        QJsonObject b = change(QStringLiteral("budget"), citizen, { { QStringLiteral("cap_minor"), 5'000'000 } });
        b.insert(QStringLiteral("id"), budget);
        all.append(b);
        for (int e = 0; e < 48; ++e)
            all.append(change(QStringLiteral("ledger_entry"), citizen,
                { { QStringLiteral("budget_id"), budget }, { QStringLiteral("kind"), QStringLiteral("purchase") },
                    { QStringLiteral("state"), QStringLiteral("paid") }, { QStringLiteral("amount_minor"), 50'000 } }));
        for (int n = 0; n < 8; ++n)
            all.append(change(
                QStringLiteral("note"), citizen, { { QStringLiteral("text"), QStringLiteral("Samtale om ugen.") } }));
        for (int m = 0; m < 13; ++m)
            all.append(change(QStringLiteral("measurement"), citizen, { { QStringLiteral("value"), 3 } }));
    }
    return all;
}

bool push(PgConnection &c, const QJsonArray &changes)
{
    return c
        .exec("SELECT traedesten.push_batch($1::uuid, $2::jsonb)",
            { newId().toUtf8(), QJsonDocument(changes).toJson(QJsonDocument::Compact) })
        .ok();
}

void BM_ServerFirstUploadOfACaseload(benchmark::State &state)
{
    PgConnection &c = alice();
    for (auto _ : state) {
        state.PauseTiming();
        const QJsonArray batch = caseload(int(state.range(0)));
        state.ResumeTiming();
        if (!push(c, batch))
            state.SkipWithError("push failed");
        state.counters["records"] = double(batch.size());
    }
}
BENCHMARK(BM_ServerFirstUploadOfACaseload)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ServerOneIncrementalChange(benchmark::State &state)
{
    PgConnection &c = alice();
    const QJsonArray one = caseload(1);
    if (!push(c, one)) {
        state.SkipWithError("push failed");
        return;
    }
    const QJsonObject goal = one.at(1).toObject();
    qint64 version = 1;
    for (auto _ : state) {
        QJsonObject edit = goal;
        edit.insert(QStringLiteral("base_version"), version);
        edit.insert(QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("own_words"), QStringLiteral("Ændret %1").arg(version) } });
        if (!push(c, { edit }))
            state.SkipWithError("push failed");
        ++version;
    }
}
BENCHMARK(BM_ServerOneIncrementalChange)->Unit(benchmark::kMillisecond);

void BM_ServerPullOfTenThousandChanges(benchmark::State &state)
{
    PgConnection &c = alice();
    auto start = c.exec("SELECT COALESCE(max(tx)::text, '0'), COALESCE(max(seq), 0) FROM traedesten.change_log");
    if (!start) {
        state.SkipWithError("no cursor");
        return;
    }
    const QByteArray tx = start->text(0, 0).toUtf8();
    const QByteArray seq = start->text(0, 1).toUtf8();
    for (int i = 0; i < 10; ++i) {
        QJsonArray thousand = caseload(12); // 1,032 records: 1,000 changes per batch
        while (thousand.size() > 1000)
            thousand.removeLast();
        if (!push(c, thousand)) {
            state.SkipWithError("push failed");
            return;
        }
    }
    for (auto _ : state) {
        auto pulled = c.exec(
            "SELECT tx, seq, kind, id, version, fields FROM traedesten.pull($1::xid8, $2::bigint, 10000)", { tx, seq });
        if (!pulled || pulled->rows() != 10000)
            state.SkipWithError("pull failed");
        benchmark::DoNotOptimize(pulled);
    }
}
BENCHMARK(BM_ServerPullOfTenThousandChanges)->Unit(benchmark::kMillisecond);

Traedesten::TestKit::TempFolder &folder()
{
    static Traedesten::TestKit::TempFolder dir;
    return dir;
}

/// A person of the server's (made once), and a new case file of theirs with @p citizens of demo data.
struct Program
{
    std::unique_ptr<CaseFile> file;
    std::unique_ptr<PgConnection> connection;
    std::unique_ptr<SyncEngine> engine;
};

Program program(const QString &user, int citizens)
{
    static QStringList made;
    if (!made.contains(user)) {
        auto admin = connectAs();
        if (!admin || !ServerSchema::init(*admin) || !ServerSchema::addUser(*admin, user, QStringLiteral("pw-") + user))
            std::abort();
        made << user;
    }
    Program p;
    static int files = 0;
    auto file = CaseFile::create(folder().caseFile(QStringLiteral("%1-%2").arg(user).arg(++files).toUtf8().constData()),
        Traedesten::TestKit::passphrase("pw"), Traedesten::TestKit::fastKdf());
    if (!file)
        std::abort();
    p.file = std::move(file).value();
    if (citizens > 0) {
        DemoCaseload::Options options;
        options.citizens = citizens;
        options.seed = QRandomGenerator::global()->generate();
        if (!DemoCaseload::generate(*p.file, options))
            std::abort();
    }
    p.connection = connectAs(user.toUtf8().constData());
    if (!p.connection)
        std::abort();
    p.engine = std::make_unique<SyncEngine>(*p.file, *p.connection);
    return p;
}

int recordsIn(CaseFile &file)
{
    return file
        .read([](Database &db) {
            int n = 0;
            for (const KindInfo *kind : RecordRegistry::kinds()) {
                Statement s = db.prepare(("SELECT count(*) FROM " + kind->table).constData());
                s.next();
                n += int(s.int64(0));
            }
            return n;
        })
        .value();
}

void BM_SyncFirstOfAFiftyCitizenCaseload(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        Program p = program(QStringLiteral("first"), int(state.range(0)));
        state.counters["records"] = double(recordsIn(*p.file));
        state.ResumeTiming();
        auto report = p.engine->sync();
        if (!report || report->pushed == 0)
            state.SkipWithError("sync failed");
    }
}
BENCHMARK(BM_SyncFirstOfAFiftyCitizenCaseload)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SyncOneChange(benchmark::State &state)
{
    Program p = program(QStringLiteral("daily"), 50);
    if (!p.engine->sync()) {
        state.SkipWithError("first sync failed");
        return;
    }
    const QStringList goals = p.file
                                  ->read([](Database &db) {
                                      QStringList ids;
                                      Statement s = db.prepare("SELECT id FROM goal");
                                      while (s.next())
                                          ids << s.text(0);
                                      return ids;
                                  })
                                  .value();
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const Status edited = p.file->write([&](Database &db) {
            Domain::Goal g = *Kinds::goal().find(db, goals.at(n % goals.size()));
            g.ownWords = QStringLiteral("Ændret %1 (%2)").arg(++n).arg(newId()); // never the words it had
            g.updatedAt = SqlValues::now();
            p.file->putRecord(Kinds::goal(), g, g.citizenId);
        });
        state.ResumeTiming();
        auto report = p.engine->sync();
        if (!edited || !report || report->pushed != 1) {
            const std::string why = !edited ? "edit failed"
                : !report                   ? report.error().detail.toStdString()
                          : "pushed " + std::to_string(report->pushed) + " refused " + std::to_string(report->refused)
                    + " conflicts " + std::to_string(report->conflicts) + " resent " + std::to_string(report->resent);
            state.SkipWithError(why.c_str());
            break;
        }
    }
}
BENCHMARK(BM_SyncOneChange)->Unit(benchmark::kMillisecond);

void BM_SyncPullOfTenThousandChanges(benchmark::State &state)
{
    // A colleague's 20 citizens are shared with the reader, whose program has them already; the colleague
    // then writes 10,000 journal notes, and the reader's program pulls and applies them.
    Program writer = program(QStringLiteral("writer"), 20);
    Program reader = program(QStringLiteral("reader"), 0);
    if (!writer.engine->sync()) {
        state.SkipWithError("first sync failed");
        return;
    }
    const QStringList citizens = writer.file
                                     ->read([](Database &db) {
                                         QStringList ids;
                                         Statement s = db.prepare("SELECT id FROM citizen");
                                         while (s.next())
                                             ids << s.text(0);
                                         return ids;
                                     })
                                     .value();
    for (const QString &c : citizens) {
        if (!writer.engine->share(c, QStringLiteral("reader"), false)) {
            state.SkipWithError("share failed");
            return;
        }
    }
    if (!reader.engine->sync()) {
        state.SkipWithError("reader's first sync failed");
        return;
    }
    // How much of it is the case file's work (what the GUI thread does, in steps): timed apart.
    qint64 fileNs = 0;
    reader.engine->setFileAccess([&](const std::function<void()> &step) {
        QElapsedTimer t;
        t.start();
        step();
        fileNs += t.nsecsElapsed();
    });
    for (auto _ : state) {
        state.PauseTiming();
        const Status written = writer.file->write([&](Database &) {
            for (int i = 0; i < 10'000; ++i) {
                Domain::Note note;
                note.id = newId();
                note.citizenId = citizens.at(i % citizens.size());
                note.date = QDate::currentDate();
                note.text = QStringLiteral("Samtale %1 om ugen, aftaler og næste skridt.").arg(i);
                note.createdAt = note.updatedAt = SqlValues::now();
                writer.file->putRecord(Kinds::note(), note, note.citizenId);
            }
        });
        auto pushed = writer.engine->sync();
        fileNs = 0;
        state.ResumeTiming();
        auto pulled = reader.engine->sync();
        state.counters["file_ms"] = double(fileNs) / 1e6;
        if (!written || !pushed || !pulled || pulled->received != 10'000) {
            const std::string why
                = !pulled ? pulled.error().detail.toStdString() : "received " + std::to_string(pulled->received);
            state.SkipWithError(why.c_str());
            break;
        }
    }
}
BENCHMARK(BM_SyncPullOfTenThousandChanges)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    if (!::TestKit::insidePgVirtualenv(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
