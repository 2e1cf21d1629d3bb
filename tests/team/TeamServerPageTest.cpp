// Settings ▸ Team server ▸ Test connection against the real PostgreSQL of team_tests (TLS switched on with
// the throwaway CA): each failure a support person can meet gets its own words, and a right setup says so.
#include "widgets/TeamServerPage.h"

#include "ErrorText.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"

#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Sync;
using namespace Traedesten::Ui;

namespace {

std::unique_ptr<PgConnection> admin()
{
    auto c = PgConnection::connect(QStringLiteral("sslmode=disable"));
    return c ? std::move(c).value() : nullptr;
}

class TeamServerPageTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        auto a = admin();
        ASSERT_TRUE(a);
        ASSERT_TRUE(ServerSchema::init(*a).ok());
        (void)ServerSchema::addUser(*a, QStringLiteral("hanne"), QStringLiteral("pw-hanne"));
        (void)a->execScript("CREATE DATABASE tomt"); // a database without Trædesten's schema
        // TLS with the throwaway CA, as the TLS tests switch it on (a reload is enough).
        const QByteArray tls = QFile::encodeName(qEnvironmentVariable("TRAEDESTEN_TLS_DIR"));
        ASSERT_FALSE(tls.isEmpty());
        for (const QByteArray &setting :
            { "ssl_cert_file = '" + tls + "/server.crt'", "ssl_key_file = '" + tls + "/server.key'",
                "ssl_ca_file = '" + tls + "/ca.crt'", QByteArray("ssl = on") })
            ASSERT_TRUE(a->execScript("ALTER SYSTEM SET " + setting).ok());
        ASSERT_TRUE(a->exec("SELECT pg_reload_conf()").ok());
        for (int i = 0; i < 50; ++i) {
            auto on = a->exec("SELECT current_setting('ssl')");
            if (on && on->text(0, 0) == QLatin1String("on"))
                break;
            QThread::msleep(100);
        }
    }

    /// The settings of a support person who got them right.
    static TeamServerSettings right()
    {
        TeamServerSettings s;
        s.host = QStringLiteral("localhost");
        s.port = qEnvironmentVariableIntValue("PGPORT");
        s.database = qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres"));
        s.user = QStringLiteral("hanne");
        s.caFile = qEnvironmentVariable("TRAEDESTEN_TLS_DIR") + QStringLiteral("/ca.crt");
        return s;
    }

    /// Fills the page, clicks Test connection as a person would, and waits for the answer.
    std::pair<Status, QString> test(const TeamServerSettings &settings, const QString &password)
    {
        TeamServerPage page(settings, password, false);
        page.show();
        std::optional<Status> result;
        QEventLoop loop;
        QObject::connect(&page, &TeamServerPage::tested, &loop, [&](const Status &s) {
            result = s;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("teamTestConnection"));
        EXPECT_TRUE(button && button->isEnabled());
        if (button)
            button->click();
        loop.exec();
        EXPECT_TRUE(result.has_value()) << "no answer within 30 s";
        return { result.value_or(Status { Error { ErrorCode::Internal, {} } }), page.resultText() };
    }
};

QString words(ErrorCode code)
{
    return ErrorText::forCaseFile(Error { code, {} });
}

} // namespace

TEST_F(TeamServerPageTest, TheRightSettingsConnectAndSaySo)
{
    const auto [status, text] = test(right(), QStringLiteral("pw-hanne"));
    EXPECT_TRUE(status.ok()) << qPrintable(status.ok() ? QString() : status.error().detail);
    EXPECT_TRUE(text.contains(QStringLiteral("hanne"))) << qPrintable(text);
}

TEST_F(TeamServerPageTest, AWrongPasswordOrUserIsRefusedInWords)
{
    const auto [status, text] = test(right(), QStringLiteral("forkert"));
    EXPECT_EQ(status.code(), ErrorCode::ServerRefused);
    EXPECT_EQ(text, words(ErrorCode::ServerRefused));
    TeamServerSettings nobody = right();
    nobody.user = QStringLiteral("ingen_saadan");
    EXPECT_EQ(test(nobody, QStringLiteral("pw-hanne")).first.code(), ErrorCode::ServerRefused);
}

TEST_F(TeamServerPageTest, ACertificateFromAnotherCaIsNotTrusted)
{
    TeamServerSettings other = right();
    other.caFile = qEnvironmentVariable("TRAEDESTEN_TLS_DIR") + QStringLiteral("/other-ca.crt");
    const auto [status, text] = test(other, QStringLiteral("pw-hanne"));
    EXPECT_EQ(status.code(), ErrorCode::ServerCertificate);
    EXPECT_EQ(text, words(ErrorCode::ServerCertificate));
}

TEST_F(TeamServerPageTest, AnUnreachableServerIsCalledSo)
{
    TeamServerSettings away = right();
    away.port = 1;
    const auto [status, text] = test(away, QStringLiteral("pw-hanne"));
    EXPECT_EQ(status.code(), ErrorCode::ServerUnreachable);
    EXPECT_EQ(text, words(ErrorCode::ServerUnreachable));
}

TEST_F(TeamServerPageTest, AServerWithoutTheSchemaOrANewerOneIsNamed)
{
    TeamServerSettings empty = right();
    empty.database = QStringLiteral("tomt");
    const auto [status, text] = test(empty, QStringLiteral("pw-hanne"));
    EXPECT_EQ(status.code(), ErrorCode::ServerSchema);
    EXPECT_EQ(text, words(ErrorCode::ServerSchema));
    auto a = admin();
    ASSERT_TRUE(a);
    ASSERT_TRUE(a->exec("INSERT INTO traedesten.schema_migration (version) VALUES (998)").ok());
    const auto [newer, newerText] = test(right(), QStringLiteral("pw-hanne"));
    ASSERT_TRUE(a->exec("DELETE FROM traedesten.schema_migration WHERE version = 998").ok());
    EXPECT_EQ(newer.code(), ErrorCode::ServerTooNew);
    EXPECT_EQ(newerText, words(ErrorCode::ServerTooNew));
}
