#include "Config.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Traedesten;

TEST(Config, DefaultsRoundTripsAndRecentFilesAreDedupedAndCapped)
{
    TestKit::TempFolder dir;
    const QString ini = dir.path(QStringLiteral("settings.ini"));
    {
        Config config(ini);
        EXPECT_EQ(config.idleLockMinutes(), 5);
        EXPECT_TRUE(config.get(Config::Key::LockOnScreenLock).toBool());
        EXPECT_TRUE(config.language().isEmpty());
        config.set(Config::Key::IdleLockMinutes, 12);
        config.set(Config::Key::Language, QStringLiteral("da"));
        for (int i = 0; i < Config::MaximumRecentFiles + 3; ++i)
            config.addRecentFile(QStringLiteral("/home/sp/sager/fil%1.traedesten").arg(i));
        config.addRecentFile(QStringLiteral("/home/sp/sager/./fil5.traedesten"));
        config.sync();
    }
    Config config(ini);
    EXPECT_EQ(config.idleLockMinutes(), 12);
    EXPECT_EQ(config.language(), QStringLiteral("da"));
    const QStringList recent = config.recentFiles();
    EXPECT_EQ(recent.size(), Config::MaximumRecentFiles);
    EXPECT_EQ(recent.first(), QStringLiteral("/home/sp/sager/fil5.traedesten"));
    EXPECT_EQ(recent.count(QStringLiteral("/home/sp/sager/fil5.traedesten")), 1);
    config.removeRecentFile(QStringLiteral("/home/sp/sager/fil5.traedesten"));
    EXPECT_FALSE(config.recentFiles().contains(QStringLiteral("/home/sp/sager/fil5.traedesten")));

    config.set(Config::Key::IdleLockMinutes, 100000);
    EXPECT_EQ(config.idleLockMinutes(), Config::MaximumIdleLockMinutes) << "out-of-range values are clamped";
}
