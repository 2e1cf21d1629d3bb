// Files the program writes outside the case file are its user's alone (0600), whatever the umask; and a new
// case file can be made in a fresh home folder, whose documents folder does not exist yet.
#include "AppController.h"
#include "CaseEditor.h"
#include "Config.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/NewCaseFileDialog.h"
#include "dialogs/ReceiptsDialog.h"
#include "pages/BudgetPage.h"
#include "pages/FamilyPlanPage.h"
#include "pages/ReportsWindow.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

/// The permission bits of @p path as the file system has them (e.g. 0600).
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

/// A umask of 022 while it lives: new files would be 0644 unless the program narrows them.
class Umask022
{
public:
    Umask022()
        : m_old(::umask(022))
    { }
    ~Umask022() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST(FileModes, ANewCaseFileInAFreshHomeFolderCreatesTheSuggestedDocumentsFolder)
{
    Umask022 umask;
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const QString documents = Config::defaultFolder();
    // In test mode Qt reads no user-dirs.dirs: the documents folder is $HOME/Documents.
    ASSERT_EQ(documents, QDir(home.path()).filePath(QStringLiteral("Documents")));
    ASSERT_FALSE(QFileInfo::exists(documents)) << "a fresh home folder";
    {
        AppController::Options options;
        options.configFile = QDir(home.path()).filePath(QStringLiteral("settings.ini"));
        options.chooseKdf = [] {
            return TestKit::fastKdf();
        };
        options.watchScreenLock = false;
        AppController controller(options);
        controller.setLanguage(QStringLiteral("en"));
        controller.start();
        auto *welcome = controller.welcomeWindow();
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        NewCaseFileDialog *dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = welcome->findChild<NewCaseFileDialog *>()) && dialog->isVisible(); }, 5000));
        const QString suggested
            = QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(QStringLiteral("path"))->text());
        EXPECT_EQ(suggested, QDir(documents).filePath(QStringLiteral("caseload.traedesten")));
        const QString passphrase = QStringLiteral("brombær-cykelhjelm-fjordlys-17-tågehorn");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphrase")), passphrase);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase")), passphrase);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return controller.mainWindow()->isVisible(); }, 15000))
            << qPrintable(dialog->findChild<QLabel *>(QStringLiteral("pathError"))->text());
        EXPECT_EQ(controller.caseFile()->path(), suggested) << "the suggestion is accepted as it is";
        EXPECT_EQ(modeOf(documents), 0700) << "the folder made for the user is theirs alone";
        EXPECT_EQ(modeOf(suggested), 0600);
        controller.config().sync();
        EXPECT_EQ(modeOf(options.configFile), 0600) << "the settings name recent files";
    }
    qputenv("HOME", oldHome);
}

TEST(FileModes, AFolderThatDoesNotExistIsStillRefusedWhenTheUserTypedIt)
{
    TestKit::TempFolder dir;
    NewCaseFileDialog dialog(dir.path(QStringLiteral("sager/caseload.traedesten")), [] { return TestKit::fastKdf(); });
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("path"));
    path->setText(dir.path(QStringLiteral("andet/stavefejl/caseload.traedesten")));
    const QString passphrase = QStringLiteral("brombær-cykelhjelm-fjordlys-17-tågehorn");
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")), passphrase);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassphrase")), passphrase);
    dialog.findChild<QPushButton *>(QStringLiteral("createButton"))->click();
    QTest::qWait(50);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("pathError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("does not exist"))) << qPrintable(error->text());
    EXPECT_FALSE(QFileInfo::exists(dir.path(QStringLiteral("andet")))) << "only the suggested folder is made";
}

TEST(FileModes, EveryFileTheProgramWritesIsReadableByItsOwnerOnly)
{
    Umask022 umask;
    TestKit::TempFolder dir;
    auto created
        = Storage::CaseFile::create(dir.caseFile(), TestKit::passphrase("filer-og-rettigheder-17"), TestKit::fastKdf());
    ASSERT_TRUE(created.ok());
    std::unique_ptr<Storage::CaseFile> file = std::move(created).value();
    ASSERT_TRUE(Storage::DemoCaseload::generate(*file, { 12, 2026, QDate::currentDate() }).ok());
    Storage::Caseload caseload(*file);
    QWidget window;
    QUndoStack stack;
    auto *editor = new CaseEditor(&stack, &window, &window);
    editor->setCaseload(&caseload);

    // A citizen with a budget that has an entry, and a citizen whose household has a family plan.
    QString budgetCitizen;
    QString planCitizen;
    LedgerEntry entry;
    for (const Citizen &c : caseload.citizens().all().value()) {
        if (budgetCitizen.isEmpty()) {
            if (auto budget = caseload.budgets().budgetOf(c.id).value_or(std::nullopt)) {
                const auto entries = caseload.budgets().entries(budget->id).value_or({});
                if (!entries.isEmpty()) {
                    budgetCitizen = c.id;
                    entry = entries.first();
                }
            }
        }
        if (planCitizen.isEmpty() && !c.householdId.isEmpty()
            && !caseload.plans().plans(c.householdId).value_or({}).isEmpty())
            planCitizen = c.id;
    }
    ASSERT_FALSE(budgetCitizen.isEmpty());
    ASSERT_FALSE(planCitizen.isEmpty());

    QStringList written;
    auto *budgetPage = new BudgetPage(editor, &window);
    budgetPage->setCitizen(budgetCitizen);
    written << dir.path(QStringLiteral("budgetopgoerelse.pdf"));
    ASSERT_TRUE(budgetPage->writeStatementPdf(written.last(), QStringLiteral("da")).ok());

    auto *planPage = new FamilyPlanPage(editor, &window);
    planPage->setCitizen(planCitizen);
    written << dir.path(QStringLiteral("familieplan.pdf"));
    ASSERT_TRUE(
        planPage->writePdf(written.last(), QStringLiteral("da"), false, FamilyPlanPrint::Kind::FamilyPlan).ok());
    written << dir.path(QStringLiteral("minplan.pdf"));
    ASSERT_TRUE(planPage->writePdf(written.last(), QStringLiteral("en"), true, FamilyPlanPrint::Kind::MyPlan).ok());

    ReportsWindow report(editor);
    written << dir.path(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(report.writePdf(written.last(), QStringLiteral("da")).ok());
    written << dir.path(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(report.writeEvaluation(written.last()).ok());
    written << dir.path(QStringLiteral("evaluering-tables.csv"));

    ASSERT_TRUE(caseload.budgets()
                    .addAttachment(entry.id, QStringLiteral("kvittering.png"), QStringLiteral("image/png"),
                        QByteArrayLiteral("\x89PNG not really"))
                    .ok());
    ReceiptsDialog receipts(editor, entry, &window);
    written << dir.path(QStringLiteral("kvittering-kopi.png"));
    ASSERT_TRUE(receipts.exportTo(written.last()));

    // Replacing a file that others could read leaves it private too.
    const QString replaced = dir.path(QStringLiteral("gammel.pdf"));
    {
        QFile old(replaced);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    }
    ASSERT_EQ(modeOf(replaced), 0644) << "the umask is in effect";
    written << replaced;
    ASSERT_TRUE(planPage->writePdf(replaced, QStringLiteral("en"), false, FamilyPlanPrint::Kind::FamilyPlan).ok());

    for (const QString &path : std::as_const(written)) {
        EXPECT_TRUE(QFileInfo(path).size() > 0) << qPrintable(QFileInfo(path).fileName());
        EXPECT_EQ(modeOf(path), 0600) << qPrintable(QFileInfo(path).fileName());
    }
    stack.clear();
    editor->setCaseload(nullptr);
}
