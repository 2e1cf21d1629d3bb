// The personal budget page with real widgets over a real encrypted file.
#include "pages/BudgetPage.h"

#include "CaseEditor.h"
#include "CitizenFileTest.h"
#include "DatabaseDump.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "dialogs/BudgetDialog.h"
#include "dialogs/CategoriesDialog.h"
#include "dialogs/EntryDialog.h"
#include "dialogs/ReceiptsDialog.h"
#include "dialogs/VoidDialog.h"
#include "models/GoalTreeModel.h"
#include "models/LedgerFilterModel.h"
#include "models/LedgerModel.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class BudgetPageTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override
    {
        m_languages.apply(QStringLiteral("da")); // amounts typed the Danish way
        createFile("budget-side-17");
        m_licence = addStone(QStringLiteral("Kørekort"));
        m_dentist = addStone(QStringLiteral("Tandlæge"));
        m_page = new BudgetPage(m_editor, &m_window);
        m_window.resize(1100, 700);
        m_page->resize(1100, 700);
        m_page->setCitizen(m_citizen.id);
        m_window.show();
    }

    template<typename T> T *waitForDialog()
    {
        T *dialog = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (dialog = m_page->findChild<T *>()) && dialog->isVisible(); }, 3000));
        return dialog;
    }

    void setUpBudget()
    {
        m_page->findChild<QPushButton *>(QStringLiteral("setUpBudget"))->click();
        auto *dialog = waitForDialog<BudgetDialog>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("cap"))->text(), QStringLiteral("50.000,00"))
            << "the file's default cap, typed the Danish way";
        QPointer<BudgetDialog> open(dialog);
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000));
        ASSERT_TRUE(m_page->budget().has_value());
    }

    /// Fills the entry dialog and saves; returns the dialog if it stayed open (a refusal).
    EntryDialog *purchase(const QString &amount, const QString &description, const SteppingStone &stone)
    {
        m_page->newEntry(EntryKind::Purchase);
        auto *dialog = waitForDialog<EntryDialog>();
        if (!dialog)
            return nullptr;
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        field->clear();
        QTest::keyClicks(field, amount);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")), description);
        auto *stones = dialog->findChild<QComboBox *>(QStringLiteral("stoneId"));
        stones->setCurrentIndex(stones->findData(stone.id));
        // The dialog deletes itself when it closes: watch it through a QPointer.
        QPointer<EntryDialog> open(dialog);
        dialog->buttons()->button(QDialogButtonBox::Save)->click();
        QTest::qWait(20);
        if (open && open->isVisible())
            return open;
        return nullptr;
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }
    QList<LedgerEntry> entries() { return m_caseload->budgets().entries(m_page->budget()->id).value(); }

    SteppingStone m_licence;
    SteppingStone m_dentist;
    BudgetPage *m_page = nullptr;
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    // NFKC: the "fi" ligature and non-breaking spaces come out as the plain letters and spaces they are.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_F(BudgetPageTest, PurchasesTypedInDanishAreRefusedByTheFieldOrStoredAndUndoneExactly)
{
    const QString empty = dump();
    setUpBudget();
    const QString withBudget = dump();

    // Not an amount: refused next to the field, nothing written.
    EntryDialog *refused = purchase(QStringLiteral("1.2.3"), QStringLiteral("Køretimer"), m_licence);
    ASSERT_NE(refused, nullptr);
    EXPECT_TRUE(refused->errorText(QStringLiteral("amount")).contains(QStringLiteral("1.234,50")))
        << qPrintable(refused->errorText(QStringLiteral("amount")));
    EXPECT_EQ(dump(), withBudget);
    refused->reject();
    QTest::qWait(20); // deletes it

    ASSERT_EQ(purchase(QStringLiteral("9.500,50"), QStringLiteral("Køretimer"), m_licence), nullptr);
    ASSERT_EQ(entries().size(), 1);
    EXPECT_EQ(entries().first().amountMinor, 950050);
    EXPECT_EQ(entries().first().stoneId, m_licence.id);
    EXPECT_EQ(entries().first().state, EntryState::Reserved);
    const QString afterFirst = dump();

    // More than the room left: the refusal names what is left.
    EntryDialog *over = purchase(QStringLiteral("45000"), QStringLiteral("Tandlæge"), m_dentist);
    ASSERT_NE(over, nullptr);
    EXPECT_TRUE(over->errorText(QStringLiteral("amount")).contains(QStringLiteral("40.499,50 kr.")))
        << qPrintable(over->errorText(QStringLiteral("amount")));
    EXPECT_EQ(dump(), afterFirst);
    over->reject();
    QTest::qWait(20);

    // What was spent shows on the stepping stone and its goal.
    {
        GoalTreeModel goals;
        QAbstractItemModelTester tester(&goals, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto sum = m_caseload->budgets().summary(m_page->budget()->id).value();
        goals.setGoals(m_caseload->goals().goalsOf(m_citizen.id).value(), sum.usedByStone, sum.usedByGoal);
        const QModelIndex goal = goals.index(0, GoalTreeModel::SpentColumn);
        EXPECT_EQ(goal.data().toString(), QStringLiteral("9.500,50 kr."));
        EXPECT_EQ(goals.index(goals.indexOf(m_licence.id).row(), GoalTreeModel::SpentColumn, goals.index(0, 0))
                      .data()
                      .toString(),
            QStringLiteral("9.500,50 kr."));
        EXPECT_EQ(goals.index(goals.indexOf(m_dentist.id).row(), GoalTreeModel::SpentColumn, goals.index(0, 0))
                      .data()
                      .toString(),
            QString());
    }

    // The ledger, the running balance and the summary follow.
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(purchase(QStringLiteral("7,800.00"), QStringLiteral("Tandlæge"), m_dentist), nullptr)
        << "the English form is understood in the Danish program too";
    ASSERT_EQ(m_page->model()->rowCount(), 2);
    EXPECT_EQ(m_page->model()->balanceAt(1), 50'000'00 - 950050 - 780000);

    // Mark paid, void with a reason; each undoes to exactly the state before.
    m_page->table()->setCurrentIndex(m_page->table()->model()->index(0, 0));
    const QString beforePaid = dump();
    m_page->markPaid();
    EXPECT_EQ(entries().first().state, EntryState::Paid);
    m_page->table()->setCurrentIndex(m_page->table()->model()->index(1, 0));
    const QString beforeVoid = dump();
    m_page->voidEntry();
    auto *voiding = waitForDialog<VoidDialog>();
    ASSERT_NE(voiding, nullptr);
    voiding->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_FALSE(voiding->errorText(QStringLiteral("voidReason")).isEmpty()) << "a reason is required";
    QTest::keyClicks(voiding->findChild<QLineEdit *>(QStringLiteral("voidReason")), QStringLiteral("Aflyst"));
    QPointer<VoidDialog> open(voiding);
    voiding->buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !open || !open->isVisible(); }, 2000));
    EXPECT_EQ(entries().at(1).state, EntryState::Voided);
    EXPECT_EQ(entries().at(1).voidReason, QStringLiteral("Aflyst"));
    EXPECT_EQ(m_caseload->budgets().summary(m_page->budget()->id)->usedMinor, 950050);

    m_stack.undo();
    EXPECT_EQ(dump(), beforeVoid) << "undo void";
    m_stack.undo();
    EXPECT_EQ(dump(), beforePaid) << "undo mark paid";
    m_stack.undo();
    m_stack.undo();
    EXPECT_EQ(dump(), withBudget) << "undo both purchases";
    m_stack.undo();
    EXPECT_EQ(dump(), empty) << "undo setting up the budget";
    for (int i = 0; i < 5; ++i)
        m_stack.redo();
    EXPECT_EQ(entries().at(1).state, EntryState::Voided) << "redo all";
}

TEST_F(BudgetPageTest, StatementPdfHoldsEveryEntryInEitherLanguageAndIsAudited)
{
    setUpBudget();
    const QStringList descriptions { QStringLiteral("Køretimer pakke"), QStringLiteral("Tandbehandling"),
        QStringLiteral("Teoriprøve") };
    const QStringList amounts { QStringLiteral("9.500,00"), QStringLiteral("7.812,75"), QStringLiteral("1.100,00") };
    for (int i = 0; i < descriptions.size(); ++i)
        ASSERT_EQ(purchase(amounts.at(i), descriptions.at(i), i == 1 ? m_dentist : m_licence), nullptr);
    m_languages.apply(QStringLiteral("en")); // the program in English, the statement in Danish and then English

    // The municipality's logo from the file's settings goes into the header.
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0x1b, 0x5e, 0x20));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityLogo, QString::fromLatin1(png.toBase64())).ok());

    const QString da = m_dir.path(QStringLiteral("kontoudtog.pdf"));
    ASSERT_TRUE(m_page->writeStatementPdf(da, QStringLiteral("da")).ok());
    QProcess images;
    images.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), da });
    images.waitForFinished(30000);
    EXPECT_GE(QString::fromUtf8(images.readAllStandardOutput()).count(QStringLiteral("image")), 1)
        << "the logo is in the PDF";
    const QString daText = pdfText(da);
    ASSERT_FALSE(daText.isEmpty()) << "pdftotext (poppler-utils) must be installed";
    for (int i = 0; i < descriptions.size(); ++i) {
        EXPECT_TRUE(daText.contains(descriptions.at(i))) << qPrintable(descriptions.at(i));
        EXPECT_TRUE(daText.contains(amounts.at(i) + QStringLiteral(" kr."))) << qPrintable(amounts.at(i));
    }
    EXPECT_TRUE(daText.contains(QStringLiteral("Kontoudtog")));
    EXPECT_TRUE(daText.contains(QStringLiteral("Fortroligt")));
    EXPECT_TRUE(daText.contains(QStringLiteral("Side 1 af 1")));
    EXPECT_TRUE(daText.contains(QStringLiteral("Underskrift, borger")));
    EXPECT_TRUE(daText.contains(QStringLiteral("Restbeløb")));

    const QString en = m_dir.path(QStringLiteral("statement.pdf"));
    ASSERT_TRUE(m_page->writeStatementPdf(en, QStringLiteral("en")).ok());
    const QString enText = pdfText(en);
    EXPECT_TRUE(enText.contains(QStringLiteral("DKK 7,812.75")));
    EXPECT_TRUE(enText.contains(QStringLiteral("Budget statement")));
    EXPECT_TRUE(enText.contains(QStringLiteral("Confidential")));
    EXPECT_FALSE(enText.contains(QStringLiteral("Fortroligt")));

    const auto events = m_file->auditEvents(5).value();
    EXPECT_EQ(events.at(0).action, QStringLiteral("exported"));
    EXPECT_EQ(events.at(0).entityType, QStringLiteral("budget_statement"));
    EXPECT_EQ(events.at(1).entityType, QStringLiteral("budget_statement"));
    EXPECT_EQ(events.at(0).citizenId, m_citizen.id);
}

TEST_F(BudgetPageTest, ReceiptsAreStoredInsideShownAndExportedByteForByte)
{
    setUpBudget();
    ASSERT_EQ(purchase(QStringLiteral("450"), QStringLiteral("Frisør"), m_licence), nullptr);
    m_page->table()->setCurrentIndex(m_page->table()->model()->index(0, 0));

    // A photo and a scanned PDF.
    QImage photo(320, 200, QImage::Format_RGB32);
    photo.fill(QColor(0x33, 0x66, 0x99));
    const QString photoPath = m_dir.path(QStringLiteral("kvittering.png"));
    ASSERT_TRUE(photo.save(photoPath));
    const QString pdfPath = m_dir.path(QStringLiteral("scanning.pdf"));
    {
        QPdfWriter writer(pdfPath);
        QPainter painter(&writer);
        painter.drawText(100, 100, QStringLiteral("Kvittering 450 kr."));
    }
    ReceiptsDialog dialog(
        m_editor, m_page->model()->entryAt(0) ? *m_page->model()->entryAt(0) : LedgerEntry {}, &m_window);
    ASSERT_TRUE(dialog.addFile(photoPath));
    EXPECT_EQ(dialog.shownPages(), 1) << "the photo is shown";
    ASSERT_TRUE(dialog.addFile(pdfPath));
    EXPECT_EQ(dialog.shownPages(), 1) << "the PDF is rendered inside the program";
    ASSERT_EQ(dialog.list()->count(), 2);

    dialog.list()->setCurrentRow(0);
    const QString copy = m_dir.path(QStringLiteral("kopi.png"));
    ASSERT_TRUE(dialog.exportTo(copy));
    EXPECT_EQ(TestKit::readBytes(copy), TestKit::readBytes(photoPath));
    const QByteArray fileBytes = TestKit::readBytes(m_dir.caseFile());
    EXPECT_FALSE(fileBytes.contains(TestKit::readBytes(photoPath).mid(0, 64))) << "stored encrypted";

    m_stack.undo();
    EXPECT_EQ(m_caseload->budgets().attachments(m_page->model()->entryAt(0)->id)->size(), 1) << "undo the PDF";
    m_stack.redo();
    EXPECT_EQ(m_caseload->budgets().attachments(m_page->model()->entryAt(0)->id)->size(), 2);
    EXPECT_EQ(m_page->model()->index(0, LedgerModel::ReceiptsColumn).data().toString(), QStringLiteral("2"));
}

TEST_F(BudgetPageTest, LedgerFiltersByStateCategoryAndText)
{
    setUpBudget();
    ASSERT_EQ(purchase(QStringLiteral("100"), QStringLiteral("Køretimer"), m_licence), nullptr);
    ASSERT_EQ(purchase(QStringLiteral("200"), QStringLiteral("Tandlæge"), m_dentist), nullptr);
    ASSERT_EQ(purchase(QStringLiteral("300"), QStringLiteral("Teori"), m_licence), nullptr);
    m_page->table()->setCurrentIndex(m_page->table()->model()->index(0, 0));
    m_page->markPaid();
    auto *filter = qobject_cast<LedgerFilterModel *>(m_page->table()->model());
    ASSERT_NE(filter, nullptr);
    QAbstractItemModelTester tester(filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter->setState(EntryState::Paid);
    EXPECT_EQ(filter->rowCount(), 1);
    filter->setState(EntryState::Reserved);
    EXPECT_EQ(filter->rowCount(), 2);
    filter->setState(std::nullopt);
    filter->setText(QStringLiteral("kørekort")); // the stepping stone's title, any case
    EXPECT_EQ(filter->rowCount(), 2);
    filter->setText(QStringLiteral("tandl"));
    EXPECT_EQ(filter->rowCount(), 1);
}

TEST_F(BudgetPageTest, SpendingCategoriesAreEditableArchivedNotDeletedAndUndoable)
{
    setUpBudget();
    const QString before = dump();
    CategoriesDialog dialog(m_editor, &m_window);
    const int builtIn = dialog.list()->count();
    EXPECT_EQ(builtIn, builtInCategoryCodes().size());
    QString told;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(dialog.addEntry(QStringLiteral("   "))) << "a name is required";
    EXPECT_EQ(told, QStringLiteral("Dette skal udfyldes.")) << "the user is told why, in Danish";
    ASSERT_TRUE(dialog.addEntry(QStringLiteral("Cykel og udstyr")));
    ASSERT_EQ(dialog.list()->count(), builtIn + 1);
    EXPECT_EQ(dialog.list()->item(builtIn)->text(), QStringLiteral("Cykel og udstyr"));
    const auto own = m_caseload->budgets().categories()->last();

    // In use, it can only be archived; an archived category is not offered for new entries.
    LedgerEntry e;
    e.budgetId = m_page->budget()->id;
    e.date = QDate::currentDate();
    e.amountMinor = 100'00;
    e.stoneId = m_licence.id;
    e.categoryId = own.id;
    ASSERT_TRUE(m_caseload->budgets().createEntry(e).ok());
    EXPECT_EQ(m_caseload->budgets().removeCategory(own.id).error().issue, Issue::InUse);
    dialog.list()->setCurrentRow(builtIn);
    dialog.toggleArchived();
    EXPECT_TRUE(m_caseload->budgets().categories()->last().archived);
    m_page->newEntry(EntryKind::Purchase);
    auto *entryDialog = waitForDialog<EntryDialog>();
    ASSERT_NE(entryDialog, nullptr);
    auto *categories = entryDialog->findChild<QComboBox *>(QStringLiteral("categoryId"));
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->findData(own.id), -1) << "archived: not offered";
    entryDialog->reject();
    QTest::qWait(20);

    m_stack.undo(); // archive
    EXPECT_FALSE(m_caseload->budgets().categories()->last().archived);
    ASSERT_TRUE(m_caseload->budgets().withdrawEntry(m_caseload->budgets().entries(e.budgetId)->first().id).ok());
    m_stack.undo(); // add
    EXPECT_EQ(dump(), before);
}
