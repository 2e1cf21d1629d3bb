// The team server's side of synchronisation, measured against a throwaway PostgreSQL of its own
// (pg_virtualenv): what the server spends on the first upload of a 50-citizen caseload (one batch), on one
// incremental change, and on a pull of 10,000 changes. The client's own work (reading the case file,
// applying what it pulls) comes on top; the goals (first sync <= 2 s, one change <= 200 ms) are for
// the whole. Not run by ctest: build/dev/tests/benchmarks/team_benchmark
#include "PgVirtualenv.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <benchmark/benchmark.h>

using namespace Traedesten;
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

void BM_FirstUploadOfACaseload(benchmark::State &state)
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
BENCHMARK(BM_FirstUploadOfACaseload)->Arg(50)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_OneIncrementalChange(benchmark::State &state)
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
BENCHMARK(BM_OneIncrementalChange)->Unit(benchmark::kMillisecond);

void BM_PullOfTenThousandChanges(benchmark::State &state)
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
BENCHMARK(BM_PullOfTenThousandChanges)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!TestKit::insidePgVirtualenv(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
