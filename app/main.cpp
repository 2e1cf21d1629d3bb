#include "AppController.h"
#include "LanguageManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Traedesten;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Traedesten"));
    QApplication::setOrganizationDomain(QStringLiteral("traedesten.dk"));
    QApplication::setApplicationName(QStringLiteral("Traedesten"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trædesten"));
    QApplication::setApplicationVersion(QStringLiteral(TRAEDESTEN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dk.traedesten.Traedesten"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/traedesten.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trædesten: personal budgets, stepping stones and family plans."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"), QStringLiteral("A case file (.traedesten) to open."), QStringLiteral("[file]"));
    const QCommandLineOption quitAfterStart(QStringLiteral("quit-after-start"),
        QStringLiteral("Show the first window, then quit at once (to check an installation)."));
    parser.addOption(quitAfterStart);
    parser.process(app);

    Ui::AppController controller({});
    const QStringList files = parser.positionalArguments();
    controller.start(files.isEmpty() ? QString() : files.first());

    if (parser.isSet(quitAfterStart))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return QApplication::exec();
}
