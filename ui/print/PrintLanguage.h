#pragma once

#include <QLocale>
#include <QString>

namespace Traedesten::Ui {

/**
 * The language of a print, which may differ from the program's: a plan is
 * printed in Danish for the family while the support person works in English.
 * Texts come from the program's own Danish translations.
 */
class PrintLanguage
{
public:
    /// @p code "da" or "en" (anything else is English).
    explicit PrintLanguage(const QString &code);

    bool isDanish() const { return m_danish; }
    QLocale locale() const;
    /// @p source translated in @p context, or the English source itself.
    QString text(const char *context, const char *source, const char *disambiguation = nullptr) const;
    /// @p source with "%n" (marked QT_TRANSLATE_N_NOOP) in the plural form for @p n, and %n replaced by n.
    QString plural(const char *context, const char *source, int n) const;
    /// "3. september 2020" / "3 September 2020".
    QString longDate(const QDate &date) const;
    /// "03-09-2020" / "03/09/2020".
    QString shortDate(const QDate &date) const;

private:
    bool m_danish;
};

} // namespace Traedesten::Ui
