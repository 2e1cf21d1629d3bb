// GoogleTest main for the screen-size tests: a real QApplication on the offscreen
// platform with one 1366×768 screen, the usual municipal laptop (TRAEDESTEN_TEST_SCREEN=1280x720
// tries the meeting room's projector instead).
#include "WindowProbe.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 3;
        const QSize size = Traedesten::TestKit::testScreenSize();
        file.write(QStringLiteral(R"({ "screens": [ { "name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0 } ] })")
                       .arg(size.width())
                       .arg(size.height())
                       .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TraedestenTests"));
    QApplication::setApplicationName(QStringLiteral("TraedestenScreenTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
