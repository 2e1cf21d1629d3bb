#include <QFile>
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

TEST(Translations, DanishIsCompleteWithNoUnfinishedOrEmptyEntries)
{
    // Run lupdate over today's sources into a copy, so a tr() string that
    // nobody added to the .ts file shows up here as unfinished.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("traedesten_da.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_da.ts"), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TRAEDESTEN_LUPDATE),
        { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-silent"), QStringLiteral(TRAEDESTEN_SOURCE_DIR "/ui"),
            QStringLiteral(TRAEDESTEN_SOURCE_DIR "/core"), QStringLiteral(TRAEDESTEN_SOURCE_DIR "/app"),
            QStringLiteral("-ts"), copy });
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    const Counts da = scan(copy);
    EXPECT_GT(da.messages, 100) << "the user interface's strings are in the file";
    EXPECT_EQ(da.unfinished, 0) << qPrintable(da.examples.join(QStringLiteral(" | ")));
    EXPECT_EQ(da.empty, 0) << qPrintable(da.examples.join(QStringLiteral(" | ")));
}

TEST(Translations, GlossaryWordsAreUsed)
{
    QFile file(QStringLiteral(TRAEDESTEN_SOURCE_DIR "/translations/traedesten_da.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *word : { "sagsfil", "adgangsfrase", "borger", "trædesten", "Lås" })
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    // Words the glossary replaces must not creep in.
    for (const char *wrong : { "adgangskode til sagsfil", "kodeord", "brugerfil" })
        EXPECT_FALSE(text.contains(QString::fromUtf8(wrong))) << wrong;
}
