#include "PrintLanguage.h"

#include <QDate>
#include <QTranslator>

#include <memory>

namespace Traedesten::Ui {

namespace {

const QTranslator *danish()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/traedesten_da.qm")))
            qWarning("Danish translations for prints are missing");
        return t;
    }();
    return translator.get();
}

/// English is the source language; its translations only carry plural forms.
const QTranslator *english()
{
    static const std::unique_ptr<QTranslator> translator = [] {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/traedesten_en.qm")))
            qWarning("English plural forms for prints are missing");
        return t;
    }();
    return translator.get();
}

} // namespace

PrintLanguage::PrintLanguage(const QString &code)
    : m_danish(code == u"da")
{ }

QLocale PrintLanguage::locale() const
{
    return m_danish ? QLocale(QLocale::Danish, QLocale::Denmark) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString PrintLanguage::text(const char *context, const char *source, const char *disambiguation) const
{
    if (m_danish) {
        const QString translated = danish()->translate(context, source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PrintLanguage::plural(const char *context, const char *source, int n) const
{
    QString translated = (m_danish ? danish() : english())->translate(context, source, nullptr, n);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    return translated.replace(QLatin1String("%n"), QString::number(n));
}

QString PrintLanguage::longDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (m_danish)
        return locale().toString(date, QStringLiteral("d. MMMM yyyy")).toLower();
    return locale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString PrintLanguage::shortDate(const QDate &date) const
{
    return date.toString(m_danish ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd/MM/yyyy"));
}

} // namespace Traedesten::Ui
