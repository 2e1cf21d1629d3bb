#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace Traedesten::Ui {

/**
 * Installs the program's own and Qt's translators (qtbase_da.qm) and switches
 * them at run time; every window retranslates on QEvent::LanguageChange.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// "da" or "en" from the system's preferred languages; English otherwise.
    static QString systemLanguage();

    /**
     * Applies @p choice: "da", "en", or empty for the system language.
     * @return the language in effect ("da" or "en").
     */
    QString apply(const QString &choice);
    QString current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace Traedesten::Ui
