#pragma once

#include "domain/Budget.h"
#include "domain/LedgerEntry.h"
#include "storage/BudgetRepository.h"

#include <QHash>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Traedesten::Ui {

/**
 * The citizen's budget statement (kontoudtog): every ledger entry with the
 * remaining room after it, the totals, and signature lines. Written in
 * Danish or English whatever the program's own language.
 */
class BudgetStatement
{
public:
    struct Data
    {
        QString municipality;
        QImage logo; ///< the municipality's, from the file's settings (may be none)
        QString citizenName;
        QString supportPerson;
        Domain::Budget budget;
        QList<Domain::LedgerEntry> entries;
        Storage::BudgetSummary summary;
        QHash<QString, QString> stoneTitles; ///< stepping stone id -> title
        QHash<QString, QString> categoryCodes; ///< category id -> built-in code (translated here)
        QHash<QString, QString> categoryNames; ///< category id -> the file's own name
        QDate printedOn;
    };

    /// @p language: "da" or "en".
    BudgetStatement(Data data, const QString &language);

    QString html() const;
    /// Prints (or writes the PDF) with "Confidential" and page x of y on every page.
    /// False when nothing could be drawn (the device could not be opened).
    bool print(QPagedPaintDevice *device) const;
    QString title() const;

private:
    QString t(const char *source) const;
    QString money(qint64 minor) const;
    QString date(const QDate &date) const;
    QString shortDate(const QDate &date) const;

    Data m_data;
    QString m_language;
};

} // namespace Traedesten::Ui
