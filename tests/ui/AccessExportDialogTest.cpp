// The access export (GDPR art. 15) through its dialog: both files written privately, the PDF holding the
// citizen's data in the chosen language and nothing of the household's other citizen; a read-only folder
// refused in words with nothing written.
#include "CitizenFileTest.h"
#include "SharedHousehold.h"
#include "dialogs/AccessExportDialog.h"
#include "reports/AccessExport.h"


#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Traedesten;
using Reports::AccessExport;

namespace {

/// The text of a PDF (pdftotext), or empty when the tool is missing.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

unsigned modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

class AccessExportDialogTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override
    {
        createFile("indsigt-gennem-dialogen-15");
        ASSERT_TRUE(m_shared.make(*m_file));
    }
    TestKit::SharedHousehold m_shared;
};

TEST_F(AccessExportDialogTest, WritesThePdfAndJsonOfTheCitizenOnly)
{
    for (const QString language : { QStringLiteral("da"), QStringLiteral("en") }) {
        Ui::AccessExportDialog dialog(m_editor, m_shared.citizen, &m_window);
        dialog.show();
        EXPECT_EQ(dialog.name()->text(), Ui::AccessExportDialog::defaultName(QDate::currentDate()));
        dialog.language()->setCurrentIndex(dialog.language()->findData(language));
        const QString folder = m_dir.path(language);
        ASSERT_TRUE(QDir().mkdir(folder));
        dialog.folder()->setText(folder);
        QSignalSpy exported(&dialog, &Ui::AccessExportDialog::exported);
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        ASSERT_TRUE(exported.wait(60000) || exported.size() == 1) << dialog.error()->text().toStdString();
        const QString base = exported.first().first().toString();
        EXPECT_TRUE(dialog.result() == QDialog::Accepted);
        for (const QString &path : { AccessExport::pdfPath(base), AccessExport::jsonPath(base) }) {
            ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
            EXPECT_EQ(modeOf(path), 0600u);
        }
        // Nothing but the two files (no temporary left behind).
        EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);

        const QString text = pdfText(AccessExport::pdfPath(base));
        if (text.isEmpty())
            GTEST_SKIP() << "pdftotext is missing";
        const QString json = QString::fromUtf8(TestKit::readBytes(AccessExport::jsonPath(base)));
        const auto citizen = m_caseload->citizens().get(m_shared.citizen);
        ASSERT_TRUE(citizen.ok());
        EXPECT_TRUE(text.contains(citizen->name));
        EXPECT_TRUE(json.contains(citizen->name));
        EXPECT_TRUE(text.contains(QStringLiteral("kvittering.jpg")));
        for (const QString &foreign : { m_shared.otherName, m_shared.otherNote, m_shared.otherGoalWords }) {
            EXPECT_FALSE(text.contains(foreign)) << "another citizen's data in the PDF";
            EXPECT_FALSE(json.contains(foreign)) << "another citizen's data in the JSON";
        }
        EXPECT_FALSE(json.contains(m_shared.other));
        if (language == u"da") {
            EXPECT_TRUE(text.contains(QStringLiteral("Fortroligt"))) << "the Danish PDF is not in Danish";
            EXPECT_FALSE(text.contains(QStringLiteral("Journal notes")));
        } else {
            // Every section is there, with its heading (pdftotext writes "fi" as a ligature).
            for (const char *heading : { "Pro\uFB01le", "Household", "Goals and stepping stones",
                     "Personal budget and ledger", "Your part of family plans", "Consents you gave", "Measurements",
                     "Bene\uFB01ts", "Journal notes", "Who has seen or changed your data" })
                EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
        }
        if (qEnvironmentVariableIsSet("TRAEDESTEN_KEEP_EXPORT"))
            QFile::copy(AccessExport::pdfPath(base), qEnvironmentVariable("TRAEDESTEN_KEEP_EXPORT") + QLatin1Char('-') + language + QStringLiteral(".pdf"));
    }
    // Both exports are in the citizen's access log.
    int logged = 0;
    for (const Domain::AuditEvent &e : *m_file->auditEventsOfCitizen(m_shared.citizen))
        logged += e.action == QStringLiteral("citizen.access_exported") ? 1 : 0;
    EXPECT_EQ(logged, 2);
}

TEST_F(AccessExportDialogTest, AReadOnlyFolderIsRefusedInWordsAndNothingIsWritten)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders";
    const QString folder = m_dir.path(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Ui::AccessExportDialog dialog(m_editor, m_shared.citizen, &m_window);
    dialog.show();
    dialog.folder()->setText(folder);
    QSignalSpy failed(&dialog, &Ui::AccessExportDialog::failed);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(failed.wait(60000) || failed.size() == 1);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.error()->isVisible());
    EXPECT_EQ(dialog.error()->text(), Ui::AccessExportDialog::errorText(Error { ErrorCode::ReadOnly, {} }));
    EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_TRUE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_F(AccessExportDialogTest, AnExistingExportIsNotOverwritten)
{
    const QString base = QDir(m_dir.path(QString())).filePath(Ui::AccessExportDialog::defaultName(QDate::currentDate()));
    ASSERT_TRUE(TestKit::writeBytes(AccessExport::pdfPath(base), QByteArrayLiteral("earlier")));
    Ui::AccessExportDialog dialog(m_editor, m_shared.citizen, &m_window);
    dialog.folder()->setText(m_dir.path(QString()));
    QSignalSpy failed(&dialog, &Ui::AccessExportDialog::failed);
    dialog.start();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(TestKit::readBytes(AccessExport::pdfPath(base)), QByteArrayLiteral("earlier"));
    EXPECT_FALSE(QFileInfo::exists(AccessExport::jsonPath(base)));
}

} // namespace
