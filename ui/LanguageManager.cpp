#include "LanguageManager.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QThread>
#include <QWidget>

namespace Traedesten::Ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        const QString lang = tag.section(QLatin1Char('-'), 0, 0).toLower();
        if (lang == QLatin1String("da") || lang == QLatin1String("nb") || lang == QLatin1String("no"))
            return QStringLiteral("da");
        if (lang == QLatin1String("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString LanguageManager::apply(const QString &choice)
{
    const QString language
        = (choice == QLatin1String("da") || choice == QLatin1String("en")) ? choice : systemLanguage();

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();

    // English is the source language; its .qm only carries plural forms.
    if (m_app->load(QStringLiteral(":/i18n/traedesten_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app.get());
    if (language != QLatin1String("en")
        && m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());

    // Dates and numbers follow the language: Danish 1.234,50, English 1,234.50 (British: day before month).
    QLocale::setDefault(language == QLatin1String("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    // Qt announces a new translator only while the event loop runs; before
    // exec() (at start-up, in tests) tell the windows ourselves.
    if (QThread::currentThread()->loopLevel() == 0) {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(window, &change);
        }
    }
    const bool changed = language != m_current;
    m_current = language;
    if (changed)
        Q_EMIT languageChanged(language);
    return language;
}

} // namespace Traedesten::Ui
