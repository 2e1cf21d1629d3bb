#pragma once

#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QJsonObject>
#include <QString>

class QPagedPaintDevice;

namespace Traedesten::Ui {

/**
 * The readable side of a citizen's access export (GDPR art. 15): every section of the JSON document
 * (Reports::AccessExport) with headings and tables, in Danish or English whatever the program's language.
 * A section with nothing in it says so. Needs no case file: it may be drawn on a worker thread.
 */
class AccessExportPrint
{
public:
    struct Data
    {
        QString municipality;
        QImage logo; ///< the municipality's, from the file's settings (may be none)
        QJsonObject document; ///< from Reports::AccessExport::gather()
        QDate printedOn;
    };

    /// @p language: "da" or "en".
    AccessExportPrint(Data data, const QString &language);

    QString title() const;
    QString html() const;
    bool print(QPagedPaintDevice *device) const;
    /// The PDF as bytes (empty when it could not be drawn).
    QByteArray pdf() const;

private:
    QString t(const char *source) const;
    QString domain(const char *context, const char *source, const char *disambiguation = nullptr) const;
    QString date(const QString &iso) const;
    QString timestamp(const QString &iso) const;
    QString money(qint64 minor, const QString &currency) const;
    /// A shared record of the document's context by id.
    QJsonObject context(const char *section, const QString &id) const;
    QString departmentName(const QString &id) const;
    QString action(const QString &code) const;
    QString entityType(const QString &code) const;
    QString code(const QString &field, const QString &value) const;

    QString profileHtml() const;
    QString householdHtml() const;
    QString goalsHtml() const;
    QString budgetsHtml() const;
    QString familyPlansHtml() const;
    QString consentsHtml() const;
    QString measurementsHtml() const;
    QString benefitsHtml() const;
    QString notesHtml() const;
    QString logHtml() const;

    Data m_data;
    QString m_language;
};

} // namespace Traedesten::Ui
