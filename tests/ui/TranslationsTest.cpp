#include <QFile>
#include <QMultiHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Counts
{
    int messages = 0;
    int unfinished = 0;
    int empty = 0;
    QStringList examples;
};

Counts scan(const QString &path)
{
    Counts c;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++c.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool unfinished = type == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished)
                ++c.unfinished;
            if (text.trimmed().isEmpty() && type != QLatin1String("vanished") && type != QLatin1String("obsolete"))
                ++c.empty;
            if ((unfinished || text.trimmed().isEmpty()) && c.examples.size() < 5)
                c.examples << source;
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return c;
}

} // namespace

namespace {

/// Runs lupdate as the update_translations target does over a copy of @p name, and returns the copy.
QString updatedCopy(const QTemporaryDir &dir, const QString &name, const QStringList &extraOptions = {})
{
    const QString copy = dir.filePath(name);
    EXPECT_TRUE(QFile::copy(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/") + name, copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TRAEDESTEN_LUPDATE),
        QStringList { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-silent") }
            + extraOptions + QStringList { QStringLiteral(TRAEDESTEN_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy });
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return copy;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Translations, TheTsFilesAreWhatLupdateWouldWrite)
{
    // The .ts files are the source of truth: a tr() string added, changed or removed in the sources without
    // running the update_translations target (lupdate) shows up here as a difference.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString da = updatedCopy(dir, QStringLiteral("traedesten_da.ts"));
    const QString en = updatedCopy(dir, QStringLiteral("traedesten_en.ts"), { QStringLiteral("-pluralonly") });
    EXPECT_TRUE(bytesOf(da) == bytesOf(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_da.ts")))
        << "run the update_translations target and translate what it adds in Qt Linguist";
    EXPECT_TRUE(bytesOf(en) == bytesOf(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_en.ts")))
        << "run the update_translations target and give the new plural forms their English forms";
}

TEST(Translations, DanishIsCompleteWithNoUnfinishedOrEmptyEntries)
{
    // Over today's sources, so a tr() string that nobody translated shows up here as unfinished.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Counts da = scan(updatedCopy(dir, QStringLiteral("traedesten_da.ts")));
    EXPECT_GT(da.messages, 100) << "the user interface's strings are in the file";
    EXPECT_EQ(da.unfinished, 0) << qPrintable(da.examples.join(QStringLiteral(" | ")));
    EXPECT_EQ(da.empty, 0) << qPrintable(da.examples.join(QStringLiteral(" | ")));
}

TEST(Translations, EnglishHoldsOnlyItsPluralFormsAndAllOfThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString en = updatedCopy(dir, QStringLiteral("traedesten_en.ts"), { QStringLiteral("-pluralonly") });
    const Counts counts = scan(en);
    EXPECT_EQ(counts.unfinished, 0) << qPrintable(counts.examples.join(QStringLiteral(" | ")));
    const QString text = QString::fromUtf8(bytesOf(en));
    EXPECT_EQ(text.count(QStringLiteral("<message")), text.count(QStringLiteral("<message numerus=\"yes\">")))
        << "English is the source language: only plural forms are translated";
    EXPECT_GT(counts.messages, 10);
}

TEST(Translations, TheGlossaryIsAPhraseBookForQtLinguist)
{
    const QString book
        = QString::fromUtf8(bytesOf(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_da.qph")));
    ASSERT_FALSE(book.isEmpty());
    EXPECT_TRUE(book.startsWith(QStringLiteral("<!DOCTYPE QPH>")));
    for (const char *pair : { "<source>citizen</source>\n    <target>borger</target>",
             "<source>case file (our encrypted file)</source>\n    <target>sagsfil</target>",
             "<source>passphrase</source>\n    <target>adgangsfrase</target>" })
        EXPECT_TRUE(book.contains(QString::fromUtf8(pair))) << pair;
}

TEST(Translations, GlossaryWordsAreUsedWhereTheTermsAre)
{
    // Every message whose English is a glossary term says it in the glossary's Danish, in every context.
    QFile file(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_da.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QMultiHash<QString, QString> translations;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation"))
            translations.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    const std::pair<const char *, const char *> glossary[] = {
        { "Citizen", "Borger" },
        { "Support person", "Støtteperson" },
        { "Passphrase", "Adgangsfrase" },
        { "Stepping stone", "Trædesten" },
        { "Payee", "Modtager" },
        { "Remaining", "Restbeløb" },
        { "Spending category", "Udgiftskategori" },
        { "Consents", "Samtykker" },
        { "Interventions", "Indsatser" },
        { "Budget cap", "Beløbsgrænse" },
        { "Confidential", "Fortroligt" },
        { "Receipts", "Kvitteringer" },
        { "Ledger", "Regnskab" },
        { "Household", "Husstand" },
        { "Follow-up", "Opfølgning" },
        { "Department", "Forvaltning" },
        { "Baseline", "Udgangspunkt" },
        { "Purchase", "Køb" },
        { "Refund", "Tilbagebetaling" },
        { "Adjustment", "Regulering" },
        { "Reserved", "Reserveret" },
        { "Paid", "Betalt" },
        { "Family plan", "Familieplan" },
        { "Measurements", "Målinger" },
        { "Benefits", "Ydelser" },
    };
    for (const auto &[english, danish] : glossary) {
        const QList<QString> found = translations.values(QString::fromUtf8(english));
        EXPECT_FALSE(found.isEmpty()) << english << " is no longer a message: choose another term to check";
        for (const QString &t : found)
            EXPECT_EQ(t, QString::fromUtf8(danish)) << english;
    }
    // Words the glossary replaces must not creep in anywhere.
    const QString all = QStringList(translations.values()).join(QLatin1Char('\n'));
    for (const char *wrong : { "adgangskode til sagsfil", "kodeord", "brugerfil" })
        EXPECT_FALSE(all.contains(QString::fromUtf8(wrong), Qt::CaseInsensitive)) << wrong;
}
