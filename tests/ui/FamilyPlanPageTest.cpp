// The family plan page and its prints, with real widgets over a real encrypted file.
#include "pages/FamilyPlanPage.h"

#include "CaseEditor.h"
#include "DatabaseDump.h"
#include "DomainText.h"
#include "TestSupport.h"
#include "commands/RecordStores.h"
#include "dialogs/ConsentDialog.h"
#include "dialogs/DepartmentsDialog.h"
#include "dialogs/SignDialog.h"
#include "models/CaseloadModel.h"
#include "models/InterventionModel.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/DateField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    // Pages are separated by form feeds; NFKC undoes ligatures and non-breaking spaces.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .split(QChar(u'\f'), Qt::SkipEmptyParts);
}

class FamilyPlanPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase("familie-side-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        ASSERT_TRUE(m_file->setSetting(FileSetting::MunicipalityName, QStringLiteral("Furesø Kommune")).ok());
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Bæk"), {}, {}, {} });
        Citizen mother;
        mother.name = QStringLiteral("Hanne Bæk");
        mother.cpr = QStringLiteral("070761-4285");
        mother.address = QStringLiteral("Skovvej 12, 3520 Farum");
        mother.householdId = m_household.id;
        mother.supportPerson = QStringLiteral("Sara Støtte");
        m_mother = *m_caseload->citizens().create(mother);
        Goal g;
        g.citizenId = m_mother.id;
        g.ownWords = QStringLiteral("Jeg vil have et job");
        const Goal goal = *m_caseload->goals().createGoal(g);
        ASSERT_TRUE(m_caseload->goals()
                        .createStone(SteppingStone { {}, goal.id, QStringLiteral("Kørekort"), 0, {}, {}, {}, {} })
                        .ok());
        const auto member = [&](const char *name, MemberRole role, int year, const QString &citizen = {}) {
            HouseholdMember m;
            m.householdId = m_household.id;
            m.name = QString::fromUtf8(name);
            m.role = role;
            m.birthYear = year;
            m.citizenId = citizen;
            const QString id = m_caseload->households().createMember(m).value().id;
            m_members << id;
            return id;
        };
        member("Hanne Bæk", MemberRole::Adult, 1961, m_mother.id);
        member("Michael Bæk", MemberRole::Adult, 1979);
        member("Agnes Bæk", MemberRole::Child, 2010);
        member("Oscar Bæk", MemberRole::Child, 2016);
        member("Alma Bæk", MemberRole::Child, 2019);

        m_editor = new CaseEditor(&m_stack, &m_window, &m_window);
        m_page = new FamilyPlanPage(m_editor, &m_window);
        m_window.resize(1200, 800);
        m_page->resize(1200, 800);
        m_editor->setCaseload(m_caseload.get());
        m_page->setCitizen(m_mother.id);
        m_window.show();
    }

    void TearDown() override
    {
        m_stack.clear();
        m_editor->setCaseload(nullptr);
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Household m_household;
    Citizen m_mother;
    QStringList m_members;
    QWidget m_window;
    QUndoStack m_stack;
    CaseEditor *m_editor = nullptr;
    FamilyPlanPage *m_page = nullptr;
};

} // namespace

TEST_F(FamilyPlanPageTest, FortyInterventionsPrintOverSeveralPagesWithHeadersAndCafeSafeHidesWhoTheyAre)
{
    const QString empty = dump();
    m_page->createPlan();
    ASSERT_TRUE(m_page->plan().has_value());
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto departments = m_caseload->plans().departments().value();
    QStringList titles;
    for (int n = 0; n < 40; ++n) {
        Intervention i;
        i.planId = m_page->plan()->id;
        i.departmentId = departments.at(n % departments.size()).id;
        i.memberIds = { m_members.at(n % m_members.size()) };
        i.title = QStringLiteral("Indsats nummer %1").arg(n + 1, 2, 10, QLatin1Char('0'));
        // Every cell of a row has its own mark, so a row split over two pages shows in the text.
        i.purpose = QStringLiteral("Formål %1: at støtte familien i hverdagen, så alle kommer godt i gang.").arg(n + 1);
        i.responsiblePerson = QStringLiteral("Kim Koordinator");
        i.responsibleRole = QStringLiteral("Rolle %1").arg(n + 1);
        i.startDate = QDate(2026, 1, 1);
        i.endDate = QDate(2026, 12, 31);
        titles << i.title;
        ASSERT_TRUE(m_editor
                        ->run(std::make_unique<InterventionCommand>(
                            *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                        .ok());
    }
    EXPECT_EQ(m_page->model()->rowCount(), departments.size()) << "grouped by department";
    int shown = 0;
    for (int g = 0; g < m_page->model()->rowCount(); ++g)
        shown += m_page->model()->rowCount(m_page->model()->index(g, 0));
    EXPECT_EQ(shown, 40);
    EXPECT_TRUE(m_page->model()
                    ->index(0, InterventionModel::ConsentColumn, m_page->model()->index(0, 0))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Missing")))
        << "flagged without consent, not refused";

    const QString full = m_dir.path(QStringLiteral("familieplan.pdf"));
    ASSERT_TRUE(m_page->writePdf(full, QStringLiteral("da"), false, FamilyPlanPrint::Kind::FamilyPlan).ok());
    const QStringList pages = pdfPages(full);
    if (qEnvironmentVariableIsSet("KEEP_PDF"))
        QFile::copy(full, QString::fromLocal8Bit(qgetenv("KEEP_PDF")));
    ASSERT_GE(pages.size(), 3) << "several pages";
    const QString all = pages.join(QLatin1Char('\n'));
    for (const QString &title : titles)
        EXPECT_TRUE(all.contains(title)) << qPrintable(title);
    // The interventions table starts on page 1 or 2; from there on every page repeats its header.
    // A row of the table, not the list of missing consents after it, which names interventions in quotes.
    static const QRegularExpression tableRow(QStringLiteral("(^|[^“])Indsats nummer"));
    int firstWithTable = -1;
    for (int p = 0; p < pages.size() && firstWithTable < 0; ++p) {
        if (pages.at(p).contains(tableRow))
            firstWithTable = p;
    }
    ASSERT_GE(firstWithTable, 0);
    for (int p = firstWithTable; p < pages.size(); ++p) {
        if (!pages.at(p).contains(tableRow))
            continue;
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Opfølgning"))) << "header repeated on page " << p + 1;
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Side %1 af %2").arg(p + 1).arg(pages.size())));
        EXPECT_TRUE(pages.at(p).contains(QStringLiteral("Fortroligt")));
    }
    // No row is split over two pages: its title, its purpose and its responsible's role share a page.
    for (int n = 1; n <= 40; ++n) {
        const QString title = QStringLiteral("Indsats nummer %1").arg(n, 2, 10, QLatin1Char('0'));
        int page = -1;
        for (int p = 0; p < pages.size() && page < 0; ++p) {
            if (pages.at(p).contains(title))
                page = p;
        }
        ASSERT_GE(page, 0) << qPrintable(title);
        EXPECT_TRUE(pages.at(page).contains(QStringLiteral("Formål %1:").arg(n))) << "row split: " << qPrintable(title);
        EXPECT_TRUE(pages.at(page).contains(QRegularExpression(QStringLiteral("Rolle %1\\b").arg(n))))
            << "row split: " << qPrintable(title);
    }
    EXPECT_TRUE(all.contains(QStringLiteral("070761-4285"))) << "the full plan names the CPR number";
    EXPECT_TRUE(all.contains(QStringLiteral("Furesø Kommune")));

    const QString safe = m_dir.path(QStringLiteral("cafe.pdf"));
    ASSERT_TRUE(m_page->writePdf(safe, QStringLiteral("en"), true, FamilyPlanPrint::Kind::FamilyPlan).ok());
    const QString cafe = pdfPages(safe).join(QLatin1Char('\n'));
    EXPECT_TRUE(cafe.contains(QStringLiteral("Family plan")));
    EXPECT_TRUE(cafe.contains(QStringLiteral("Indsats nummer 40")));
    EXPECT_FALSE(cafe.contains(QStringLiteral("070761"))) << "no CPR number";
    EXPECT_FALSE(cafe.contains(QStringLiteral("Skovvej"))) << "no address";
    EXPECT_FALSE(cafe.contains(QStringLiteral("Bæk"))) << "no surname, not even in the household's name";
    EXPECT_TRUE(cafe.contains(QStringLiteral("Hanne")) && cafe.contains(QStringLiteral("Oscar")));

    const QString mine = m_dir.path(QStringLiteral("minplan.pdf"));
    ASSERT_TRUE(m_page->writePdf(mine, QStringLiteral("da"), true, FamilyPlanPrint::Kind::MyPlan).ok());
    const QString myPlan = pdfPages(mine).join(QLatin1Char('\n'));
    EXPECT_TRUE(myPlan.contains(QStringLiteral("Min plan")));
    EXPECT_TRUE(myPlan.contains(QStringLiteral("Jeg vil have et job")));
    EXPECT_TRUE(myPlan.contains(QStringLiteral("Kørekort")));
    const auto events = m_file->auditEvents(3).value();
    EXPECT_EQ(events.first().entityType, QStringLiteral("my_plan"));
    EXPECT_EQ(events.at(1).entityType, QStringLiteral("family_plan"));

    for (int n = 0; n < 41; ++n)
        m_stack.undo();
    EXPECT_EQ(dump(), empty) << "every step undone, the plan too";
}

TEST_F(FamilyPlanPageTest, SigningKeepsTheVersionAndANewVersionCarriesOnUndoably)
{
    m_page->createPlan();
    Intervention i;
    i.planId = m_page->plan()->id;
    i.departmentId = m_caseload->plans().departments()->first().id;
    i.memberIds = { m_members.first() };
    i.title = QStringLiteral("Virksomhedspraktik");
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<InterventionCommand>(
                        *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    i.title = QStringLiteral("Mentor");
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<InterventionCommand>(
                        *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    // Alt+Down gives the first a lower priority.
    QApplication::setActiveWindow(&m_window);
    QTreeView *tree = m_page->interventions();
    tree->setCurrentIndex(m_page->model()->index(0, 0, m_page->model()->index(0, 0)));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(m_caseload->plans().interventions(m_page->plan()->id)->first().title, QStringLiteral("Mentor"));

    // A drag of the second back to the top, as the view delivers it.
    InterventionModel *model = m_page->model();
    const QModelIndex group = model->index(0, 0);
    std::unique_ptr<QMimeData> data(model->mimeData({ model->index(1, 0, group) }));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {})) << "not out of its department";
    model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, group);
    QApplication::processEvents(); // queued until the drop is over
    EXPECT_EQ(
        m_caseload->plans().interventions(m_page->plan()->id)->first().title, QStringLiteral("Virksomhedspraktik"));
    m_stack.undo();
    EXPECT_EQ(m_caseload->plans().interventions(m_page->plan()->id)->first().title, QStringLiteral("Mentor"));

    // Signed on the day of the meeting, which may lie before the day it is entered; never in the future.
    m_page->signPlan();
    QPointer<SignDialog> sign = m_page->findChild<SignDialog *>();
    ASSERT_NE(sign, nullptr);
    EXPECT_EQ(sign->date()->date(), QDate::currentDate()) << "today unless told otherwise";
    EXPECT_EQ(m_caseload->plans().plan(m_page->plan()->id)->status, PlanStatus::Draft) << "nothing before Sign";
    EXPECT_EQ(m_caseload->plans().signPlan(m_page->plan()->id, QDate::currentDate().addDays(1)).error().issue,
        Issue::InvalidDate)
        << "the core refuses a day that has not come";
    const QDate meeting = QDate::currentDate().addDays(-3);
    sign->date()->setDate(meeting);
    sign->buttons()->button(QDialogButtonBox::Save)->click();
    QApplication::processEvents();
    EXPECT_TRUE(sign.isNull()) << "closed once saved";
    ASSERT_EQ(m_page->plan()->status, PlanStatus::Signed);
    EXPECT_EQ(m_page->plan()->signedOn, meeting);
    const QString signedState = dump();
    m_page->startNewVersion();
    EXPECT_EQ(m_page->plan()->version, 2);
    EXPECT_EQ(m_page->plan()->status, PlanStatus::Draft);
    EXPECT_EQ(m_caseload->plans().interventions(m_page->plan()->id)->size(), 2);
    const QString withVersion2 = dump();
    m_stack.undo();
    EXPECT_EQ(dump(), signedState);
    m_stack.redo();
    EXPECT_EQ(dump(), withVersion2) << "the same version 2 comes back";
    m_stack.undo();
    m_stack.undo();
    EXPECT_EQ(m_caseload->plans().plan(m_page->plan()->id)->status, PlanStatus::Draft) << "signing undone";
}

TEST_F(FamilyPlanPageTest, FollowUpsDueShowOnTheCaseloadRowsOfTheHousehold)
{
    CaseloadModel caseload;
    QAbstractItemModelTester tester(&caseload, QAbstractItemModelTester::FailureReportingMode::Fatal);
    caseload.setSource(&m_caseload->citizens(), &m_caseload->notifier());
    const int row = caseload.rowOf(m_mother.id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(caseload.index(row, CaseloadModel::FollowUpColumn).data().toString().isEmpty());

    m_page->createPlan();
    Intervention i;
    i.planId = m_page->plan()->id;
    i.departmentId = m_caseload->plans().departments()->first().id;
    i.memberIds = { m_members.at(2) }; // a child: the row is the mother's, as the household's citizen
    i.title = QStringLiteral("Skolestøtte");
    i.nextFollowUp = QDate::currentDate().addDays(10);
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<InterventionCommand>(
                        *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    const QModelIndex cell = caseload.index(caseload.rowOf(m_mother.id), CaseloadModel::FollowUpColumn);
    EXPECT_EQ(cell.data().toString(), DomainText::shortDate(i.nextFollowUp)) << "updated from the change signal";
    EXPECT_TRUE(cell.data(Qt::ForegroundRole).isValid()) << "due within 14 days stands out";
    m_stack.undo();
    EXPECT_TRUE(caseload.index(caseload.rowOf(m_mother.id), CaseloadModel::FollowUpColumn).data().toString().isEmpty());
}

TEST_F(FamilyPlanPageTest, AWithdrawnConsentIsEditedInPlaceAndTheWarningComesBack)
{
    m_page->createPlan();
    const QString department = m_caseload->plans().departments()->first().id;
    Intervention i;
    i.planId = m_page->plan()->id;
    i.departmentId = department;
    i.memberIds = { m_members.first() };
    i.title = QStringLiteral("Praktik");
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<InterventionCommand>(
                        *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    Consent c { {}, m_household.id, m_members.first(), department, {}, QDate::currentDate().addDays(-10), {}, {}, {},
        {} };
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<ConsentCommand>(
                        *m_caseload, std::nullopt, c, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    const QModelIndex consentCell
        = m_page->model()->index(0, InterventionModel::ConsentColumn, m_page->model()->index(0, 0));
    EXPECT_FALSE(consentCell.data().toString().startsWith(QStringLiteral("Missing")));

    m_page->editConsent(0);
    ConsentDialog *dialog = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (dialog = m_page->findChild<ConsentDialog *>()) && dialog->isVisible(); }, 3000));
    // Given, expires, withdrawn: note the withdrawal.
    const auto dates = dialog->findChildren<DateField *>();
    ASSERT_EQ(dates.size(), 3);
    dates.at(2)->setDate(QDate::currentDate().addDays(-1));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(m_caseload->plans().consents(m_household.id)->first().withdrawnOn.isValid());
    EXPECT_TRUE(m_page->model()
                    ->index(0, InterventionModel::ConsentColumn, m_page->model()->index(0, 0))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Missing")))
        << "withdrawn: the intervention is flagged again";
    m_stack.undo();
    EXPECT_FALSE(m_caseload->plans().consents(m_household.id)->first().withdrawnOn.isValid());
}

TEST_F(FamilyPlanPageTest, TheDepartmentListIsTheFilesOwnAndEveryChangeIsUndoable)
{
    const QString before = dump();
    m_page->createPlan();
    const QString withPlan = dump();
    DepartmentsDialog dialog(m_editor, &m_window);
    const int builtIn = dialog.list()->count();
    ASSERT_EQ(builtIn, m_caseload->plans().departments()->size());
    EXPECT_EQ(dialog.list()->item(0)->text(), QStringLiteral("Job centre")) << "built-in names in the UI's language";

    QString told;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(dialog.addEntry(QStringLiteral("  "))) << "a name is required";
    EXPECT_EQ(told, QStringLiteral("This must be filled in.")) << "told why";
    EXPECT_EQ(dump(), withPlan) << "nothing half-saved";
    ASSERT_TRUE(dialog.addEntry(QStringLiteral("Ungeenheden")));
    ASSERT_EQ(dialog.list()->count(), builtIn + 1);
    const Department own = m_caseload->plans().departments()->last();
    EXPECT_EQ(own.name, QStringLiteral("Ungeenheden"));

    // Used by an intervention, it is archived rather than deleted, and the plan still names it.
    Intervention i;
    i.planId = m_page->plan()->id;
    i.departmentId = own.id;
    i.memberIds = { m_members.first() };
    i.title = QStringLiteral("Ungementor");
    ASSERT_TRUE(m_editor
                    ->run(std::make_unique<InterventionCommand>(
                        *m_caseload, std::nullopt, i, QStringLiteral("test"), m_editor->errorHandler()))
                    .ok());
    EXPECT_EQ(m_caseload->plans().removeDepartment(own.id).error().issue, Issue::InUse);
    dialog.list()->setCurrentRow(builtIn);
    dialog.toggleArchived();
    EXPECT_TRUE(m_caseload->plans().departments()->last().archived);
    EXPECT_EQ(dialog.list()->item(builtIn)->text(), QStringLiteral("Ungeenheden (archived)"));
    QApplication::processEvents();
    bool shown = false;
    for (int g = 0; g < m_page->model()->rowCount(); ++g)
        shown = shown || m_page->model()->index(g, 0).data().toString() == QStringLiteral("Ungeenheden");
    EXPECT_TRUE(shown) << "the plan's page follows the list";

    // Undo the archive, the intervention and the new department: back to the plan without them.
    m_stack.undo();
    EXPECT_FALSE(m_caseload->plans().departments()->last().archived);
    m_stack.undo();
    m_stack.undo();
    EXPECT_EQ(dump(), withPlan);
    m_stack.undo();
    EXPECT_EQ(dump(), before);
}
