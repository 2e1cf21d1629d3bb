#include "dialogs/ChangePassphraseDialog.h"

#include "LanguageManager.h"
#include "TestSupport.h"
#include "dialogs/SettingsDialog.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Ui;

namespace {

constexpr const char *OldPassphrase = "brombær-cykelhjelm-fjordlys-17-tågehorn";
const QString NewPassphrase = QStringLiteral("søndag-havkajak-lyngbakke-42-skovsnegl");

class ChangePassphraseDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_languages.apply(QStringLiteral("en"));
        auto file = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(OldPassphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(Storage::DemoCaseload::generate(*m_file, { 6, 2026, QDate(2026, 11, 1) }).ok());
        m_dialog = std::make_unique<ChangePassphraseDialog>(*m_file, [] { return TestKit::fastKdf(); });
        m_dialog->show();
    }
    void TearDown() override
    {
        m_dialog.reset();
        m_languages.apply(QStringLiteral("en"));
    }

    template<typename T> T *child(const char *name) { return m_dialog->findChild<T *>(QString::fromLatin1(name)); }

    void fill(const QString &current, const QString &fresh, const QString &repeat)
    {
        for (const char *name : { "currentPassphrase", "newPassphrase", "repeatPassphrase" })
            child<QLineEdit>(name)->clear();
        QTest::keyClicks(child<QLineEdit>("currentPassphrase"), current);
        QTest::keyClicks(child<QLineEdit>("newPassphrase"), fresh);
        QTest::keyClicks(child<QLineEdit>("repeatPassphrase"), repeat);
    }
    /// Clicks Change passphrase and waits until the work is done.
    void submit()
    {
        QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_dialog->isBusy(); }, 30000));
    }
    bool shows(const char *label) { return !child<QLabel>(label)->isHidden(); }

    LanguageManager m_languages;
    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<ChangePassphraseDialog> m_dialog;
};

} // namespace

TEST_F(ChangePassphraseDialogTest, AWrongCurrentPassphraseIsToldNextToItsFieldAndNothingChanges)
{
    const QByteArray header = m_file->header().bytes();
    QSignalSpy changed(m_dialog.get(), &ChangePassphraseDialog::passphraseChanged);
    fill(QStringLiteral("ikke-den-nuværende-kode-31"), NewPassphrase, NewPassphrase);
    submit();
    ASSERT_TRUE(shows("currentError"));
    EXPECT_TRUE(child<QLabel>("currentError")->text().contains(QStringLiteral("not the passphrase")))
        << qPrintable(child<QLabel>("currentError")->text());
    EXPECT_FALSE(shows("newError"));
    EXPECT_FALSE(shows("repeatError"));
    EXPECT_TRUE(m_dialog->isVisible()) << "the dialog stays for another try";
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(m_file->header().bytes(), header);
    EXPECT_FALSE(m_file->isLocked());
    EXPECT_TRUE(child<QLineEdit>("currentPassphrase")->text().isEmpty()) << "typed again";
    EXPECT_EQ(child<QLineEdit>("newPassphrase")->text(), NewPassphrase) << "the new one is kept";
}

TEST_F(ChangePassphraseDialogTest, NewPassphrasesThatDifferAreWeakOrTheSameAsTheOldAreRefusedAtOnce)
{
    const QByteArray header = m_file->header().bytes();
    fill(QString::fromUtf8(OldPassphrase), NewPassphrase, NewPassphrase + QStringLiteral("x"));
    QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
    EXPECT_FALSE(m_dialog->isBusy()) << "nothing starts";
    ASSERT_TRUE(shows("repeatError"));
    EXPECT_TRUE(child<QLabel>("repeatError")->text().contains(QStringLiteral("not the same")));

    fill(QString::fromUtf8(OldPassphrase), QStringLiteral("kode1234"), QStringLiteral("kode1234"));
    QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
    ASSERT_TRUE(shows("newError"));
    EXPECT_TRUE(child<QLabel>("newError")->text().contains(QStringLiteral("stronger")));

    fill(QString::fromUtf8(OldPassphrase), QString::fromUtf8(OldPassphrase), QString::fromUtf8(OldPassphrase));
    QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
    ASSERT_TRUE(shows("newError"));
    EXPECT_TRUE(child<QLabel>("newError")->text().contains(QStringLiteral("different")));

    fill(QString(), NewPassphrase, NewPassphrase);
    QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
    EXPECT_TRUE(shows("currentError"));
    EXPECT_EQ(m_file->header().bytes(), header);
}

TEST_F(ChangePassphraseDialogTest, ASuccessfulChangeLeavesTheFileOpenUnderTheNewPassphraseWithItsBackups)
{
    const QString backup = m_dir.path(QStringLiteral("backup.traedesten"));
    ASSERT_TRUE(m_file->copyTo(backup).ok());
    m_dialog->setBackups({ backup });
    auto *offer = child<QCheckBox>("reencryptBackups");
    ASSERT_FALSE(offer->isHidden());
    EXPECT_TRUE(offer->isChecked());
    EXPECT_TRUE(offer->text().contains(QStringLiteral("existing backup with"))) << qPrintable(offer->text());
    EXPECT_TRUE(child<QLabel>("backupNote")->text().contains(QStringLiteral("keep the old passphrase")));

    QSignalSpy changed(m_dialog.get(), &ChangePassphraseDialog::passphraseChanged);
    QSignalSpy backups(m_dialog.get(), &ChangePassphraseDialog::backupsReencrypted);
    fill(QString::fromUtf8(OldPassphrase), NewPassphrase, NewPassphrase);
    submit();
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted) << qPrintable(child<QLabel>("resultText")->text());
    EXPECT_FALSE(m_dialog->isVisible());
    EXPECT_EQ(changed.count(), 1);
    ASSERT_EQ(backups.count(), 1);
    EXPECT_EQ(backups.at(0).at(0).toStringList(), QStringList { backup });
    EXPECT_TRUE(backups.at(0).at(1).toStringList().isEmpty());

    EXPECT_FALSE(m_file->isLocked()) << "the file stays open";
    m_dialog.reset();
    m_file->lock();
    EXPECT_EQ(m_file->unlock(TestKit::passphrase(OldPassphrase)).code(), ErrorCode::WrongPassphrase);
    EXPECT_TRUE(m_file->unlock(Security::SecureBytes::fromUtf8(NewPassphrase)).ok());
    m_file.reset();
    EXPECT_EQ(Storage::CaseFile::open(m_dir.caseFile(), TestKit::passphrase(OldPassphrase)).code(),
        ErrorCode::WrongPassphrase);
    EXPECT_TRUE(Storage::CaseFile::open(m_dir.caseFile(), Security::SecureBytes::fromUtf8(NewPassphrase)).ok());
    EXPECT_EQ(Storage::CaseFile::open(backup, TestKit::passphrase(OldPassphrase)).code(), ErrorCode::WrongPassphrase);
    EXPECT_TRUE(Storage::CaseFile::open(backup, Security::SecureBytes::fromUtf8(NewPassphrase)).ok());
}

TEST_F(ChangePassphraseDialogTest, ABackupTheOldPassphraseDoesNotOpenIsNamedAndTheChangeStands)
{
    // A backup from before an earlier change: another passphrase.
    const QString other = m_dir.path(QStringLiteral("older.traedesten"));
    {
        auto older
            = Storage::CaseFile::create(other, TestKit::passphrase("en-helt-anden-frase-77"), TestKit::fastKdf());
        ASSERT_TRUE(older.ok());
    }
    m_dialog->setBackups({ other });
    QSignalSpy backups(m_dialog.get(), &ChangePassphraseDialog::backupsReencrypted);
    fill(QString::fromUtf8(OldPassphrase), NewPassphrase, NewPassphrase);
    submit();
    EXPECT_TRUE(m_dialog->isVisible());
    ASSERT_TRUE(shows("resultText"));
    EXPECT_TRUE(child<QLabel>("resultText")->text().contains(QStringLiteral("older.traedesten")));
    EXPECT_TRUE(child<QLabel>("resultText")->text().contains(QStringLiteral("has been changed")));
    EXPECT_TRUE(child<QPushButton>("changeButton")->isHidden());
    ASSERT_EQ(backups.count(), 1);
    EXPECT_EQ(backups.at(0).at(1).toStringList(), QStringList { other });
    EXPECT_TRUE(Storage::CaseFile::open(other, TestKit::passphrase("en-helt-anden-frase-77")).ok());
}

TEST_F(ChangePassphraseDialogTest, TheSettingsCaseFilePageOffersTheChange)
{
    SettingsDialog settings(SettingsDialog::Values { {}, 5, true, true, {}, {} });
    settings.showCaseFilePage();
    settings.show();
    QSignalSpy requested(&settings, &SettingsDialog::changePassphraseRequested);
    auto *button = settings.findChild<QPushButton *>(QStringLiteral("changePassphrase"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    button->click();
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(ChangePassphraseDialogTest, FitsALaptopScreenInBothLanguages)
{
    // TRAEDESTEN_SCREENSHOT_DIR=folder saves what it looks like (run under xvfb-run at 1366×768).
    const QString out = qEnvironmentVariable("TRAEDESTEN_SCREENSHOT_DIR");
    const QString backup = m_dir.path(QStringLiteral("backup.traedesten"));
    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        m_dialog->setBackups({ backup, backup });
        fill(QStringLiteral("forkert"), QStringLiteral("kort"), QStringLiteral("kort2"));
        QTest::mouseClick(child<QPushButton>("changeButton"), Qt::LeftButton);
        QTest::qWait(20);
        EXPECT_LE(m_dialog->height(), 700) << language;
        EXPECT_LE(m_dialog->width(), 1300) << language;
        EXPECT_TRUE(shows("newError"));
        if (!out.isEmpty())
            m_dialog->grab().save(
                QDir(out).filePath(QStringLiteral("%1-change-passphrase.png").arg(QLatin1String(language))));
        SettingsDialog settings(SettingsDialog::Values { {}, 5, true, true, QStringLiteral("Furesø Kommune"), {} });
        settings.showCaseFilePage();
        settings.show();
        EXPECT_TRUE(settings.findChild<QPushButton *>(QStringLiteral("changePassphrase"))->isVisible());
        if (!out.isEmpty())
            settings.grab().save(
                QDir(out).filePath(QStringLiteral("%1-settings-case-file.png").arg(QLatin1String(language))));
    }
}
