// The Measurements and Benefits tabs and the caseload report window, with real widgets over a
// real encrypted file.
#include "CaseEditor.h"
#include "DatabaseDump.h"
#include "TestSupport.h"
#include "dialogs/AssessmentDialog.h"
#include "dialogs/BenefitDialog.h"
#include "dialogs/MeasurementDialog.h"
#include "domain/Who5.h"
#include "models/BenefitModel.h"
#include "models/IndicatorSummaryModel.h"
#include "pages/BenefitsPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/ReportsWindow.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "widgets/DateField.h"
#include "widgets/IndicatorChart.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class EffectPagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase("effekt-side-23"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        m_household = *m_caseload->households().create(Household { {}, QStringLiteral("Familien Holm"), {}, {}, {} });
        Citizen c;
        c.name = QStringLiteral("Lise Holm");
        c.cpr = QStringLiteral("120385-1234");
        c.householdId = m_household.id;
        c.supportPerson = QStringLiteral("Sara Støtte");
        c.startDate = QDate::currentDate().addMonths(-6);
        m_citizen = *m_caseload->citizens().create(c);
        Goal g;
        g.citizenId = m_citizen.id;
        g.ownWords = QStringLiteral("Jeg vil have min egen lejlighed");
        m_goal = *m_caseload->goals().createGoal(g);
        HouseholdMember m;
        m.householdId = m_household.id;
        m.name = QStringLiteral("Lise Holm");
        m.citizenId = m_citizen.id;
        m_member = m_caseload->households().createMember(m).value().id;
        m_editor = new CaseEditor(&m_stack, &m_window, &m_window);
        m_editor->setCaseload(m_caseload.get());
        m_window.resize(1200, 800);
        m_window.show();
    }

    void TearDown() override
    {
        m_stack.clear();
        m_editor->setCaseload(nullptr);
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }

    template<typename T> T *openDialog()
    {
        QApplication::processEvents();
        return m_window.findChild<T *>();
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Household m_household;
    Citizen m_citizen;
    Goal m_goal;
    QString m_member;
    QWidget m_window;
    QUndoStack m_stack;
    CaseEditor *m_editor = nullptr;
};

} // namespace

TEST_F(EffectPagesTest, Who5IsAnsweredAsItsFiveStatementsScoredAndChartedWithItsThresholds)
{
    auto *page = new MeasurementsPage(m_editor, &m_window);
    page->setCitizen(m_citizen.id);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString before = dump();
    ASSERT_GT(page->model()->rowCount(), 10) << "the built-in indicators are listed, measured or not";

    page->newMeasurement(QStringLiteral("who5"));
    QPointer<MeasurementDialog> dialog = openDialog<MeasurementDialog>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->who5Answers().size(), Who5::ItemCount);
    // Four answers only: refused under the value, nothing written.
    const QList<int> answers { 3, 2, 4, 1, 3 };
    for (int i = 0; i < 4; ++i)
        dialog->who5Answers().at(i)->setCurrentIndex(Who5::ItemMaximum - answers.at(i));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_FALSE(dialog->errorText(QStringLiteral("value")).isEmpty());
    EXPECT_EQ(dump(), before);
    dialog->who5Answers().at(4)->setCurrentIndex(Who5::ItemMaximum - answers.at(4));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isNull()) << "closed once saved";

    const int row = page->model()->rowOf(QStringLiteral("who5"));
    ASSERT_GE(row, 0);
    const Storage::IndicatorSummary *summary = page->model()->summaryAt(row);
    ASSERT_EQ(summary->count, 1);
    EXPECT_EQ(summary->baseline->items, answers);
    EXPECT_EQ(summary->baseline->value, (3 + 2 + 4 + 1 + 3) * 4) << "raw × 4";
    EXPECT_EQ(page->indicators()->currentIndex().row(), row) << "the new measurement's indicator is shown";
    // The chart shows WHO-5 with its 50 and 35 lines.
    QStringList thresholds;
    for (QAbstractSeries *s : page->chart()->view()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s); line && line->objectName().startsWith(u"threshold"))
            thresholds << QString::number(line->at(0).y());
    }
    EXPECT_EQ(thresholds, QStringList({ QStringLiteral("50"), QStringLiteral("35") }));

    // A second, later measurement: the change shows against the baseline.
    Measurement later = *summary->baseline;
    later.id.clear();
    later.measuredOn = QDate::currentDate();
    later.items = { 5, 4, 4, 4, 4 };
    ASSERT_TRUE(m_caseload->measurements().createMeasurement(later).ok());
    QApplication::processEvents();
    const Storage::IndicatorSummary *changed = page->model()->summaryAt(page->model()->rowOf(QStringLiteral("who5")));
    ASSERT_EQ(changed->count, 2);
    EXPECT_EQ(IndicatorSummaryModel::direction(*changed), 1) << "from 52 to 84: a meaningful improvement";
    ASSERT_TRUE(m_caseload->measurements().removeMeasurement(changed->latest->id).ok());

    m_stack.undo();
    EXPECT_EQ(dump(), before) << "the measurement is undone exactly";
}

TEST_F(EffectPagesTest, EndAssessmentsAreKeptSideBySideAndUndoable)
{
    auto *page = new MeasurementsPage(m_editor, &m_window);
    page->setCitizen(m_citizen.id);
    const QString before = dump();
    ASSERT_EQ(page->assessmentTable()->rowCount(), 1);
    page->assessmentTable()->setCurrentCell(0, 0);
    page->assessGoal();
    QPointer<AssessmentDialog> dialog = openDialog<AssessmentDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->own()->setCurrentIndex(2); // got closer
    dialog->support()->setCurrentIndex(4); // to a high degree
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QApplication::processEvents();
    const Goal stored = m_caseload->goals().goal(m_goal.id)->goal;
    EXPECT_EQ(stored.ownAssessment, OwnAssessment::GotCloser);
    EXPECT_EQ(stored.supportAssessment, SupportAssessment::HighDegree);
    EXPECT_EQ(page->assessmentTable()->item(0, 1)->text(), QStringLiteral("Got closer to the goal"));
    EXPECT_EQ(page->assessmentTable()->item(0, 2)->text(), QStringLiteral("To a high degree"));
    m_stack.undo();
    EXPECT_EQ(dump(), before);
}

TEST_F(EffectPagesTest, BenefitsAddUpToTheHouseholdsMonthlyCostByDepartment)
{
    auto *page = new BenefitsPage(m_editor, &m_window);
    page->setCitizen(m_citizen.id);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString before = dump();
    page->addBenefit();
    QPointer<BenefitDialog> dialog = openDialog<BenefitDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->type()->setCurrentIndex(dialog->type()->findText(QStringLiteral("Cash benefit")));
    EXPECT_EQ(dialog->department()->currentText(), QStringLiteral("Job centre")) << "the type suggests its department";
    dialog->cost()->setText(QStringLiteral("12.5.0"));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    EXPECT_FALSE(dialog->errorText(QStringLiteral("monthlyCostMinor")).isEmpty()) << "not an amount";
    EXPECT_EQ(dump(), before);
    dialog->cost()->setText(QStringLiteral("12,400.00"));
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    dialog->start()->setDate(thisMonth.addMonths(-2));
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QApplication::processEvents();
    EXPECT_TRUE(dialog.isNull());
    ASSERT_EQ(page->model()->rowCount(), 1);

    // The series runs from the first month to this one; full months cost the whole amount.
    const auto &series = page->series();
    ASSERT_EQ(series.size(), 3);
    EXPECT_EQ(series.first().month, thisMonth.addMonths(-2));
    EXPECT_EQ(series.first().totalMinor, 12'400'00);
    EXPECT_TRUE(page->summary().contains(QStringLiteral("DKK 12,400.00"))) << qPrintable(page->summary());
    m_stack.undo();
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(page->model()->rowCount(), 0);
}

TEST_F(EffectPagesTest, TheReportWindowPrintsThePdfAndWritesTheEvaluationExport)
{
    Measurement m;
    m.citizenId = m_citizen.id;
    m.indicatorId = QStringLiteral("self_rated_health");
    m.measuredOn = QDate::currentDate().addMonths(-3);
    m.value = 2;
    ASSERT_TRUE(m_caseload->measurements().createMeasurement(m).ok());
    m.measuredOn = QDate::currentDate();
    m.value = 4;
    ASSERT_TRUE(m_caseload->measurements().createMeasurement(m).ok());
    ReportsWindow window(m_editor);
    ASSERT_TRUE(window.report().has_value());
    EXPECT_EQ(window.report()->citizens, 1);
    EXPECT_TRUE(window.text()->toPlainText().contains(QStringLiteral("Self-rated health")));

    const QString pdf = m_dir.path(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(window.writePdf(pdf, QStringLiteral("da")).ok());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    p.waitForFinished(30000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("Sagsstammerapport")));
    EXPECT_TRUE(text.contains(QStringLiteral("Selvvurderet helbred")));
    EXPECT_TRUE(text.contains(QStringLiteral("Side 1 af")));
    EXPECT_FALSE(text.contains(QStringLiteral("Lise"))) << "aggregates only";

    const QString csv = m_dir.path(QStringLiteral("evaluering.csv"));
    ASSERT_TRUE(window.writeEvaluation(csv).ok());
    QFile rows(csv);
    ASSERT_TRUE(rows.open(QIODevice::ReadOnly));
    const QByteArray content = rows.readAll();
    EXPECT_FALSE(content.contains("Lise")) << "no names";
    EXPECT_FALSE(content.contains("120385")) << "no CPR number";
    EXPECT_TRUE(QFile::exists(m_dir.path(QStringLiteral("evaluering-tables.csv"))));

    // Locking closes the window: the figures go with the key.
    window.show();
    m_editor->setCaseload(nullptr);
    QApplication::processEvents();
    EXPECT_FALSE(window.isVisible());
    m_editor->setCaseload(m_caseload.get());
}
