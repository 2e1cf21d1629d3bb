// The caseload list at 1366×768: which columns it shows, that no text in them
// is cut in either language, the column chooser and its memory, the page's
// minimum width, and the plural forms of counts.
#include "AppController.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "models/CaseloadFilterModel.h"
#include "models/CaseloadModel.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/WelcomeWindow.h"
#include "print/PrintLanguage.h"
#include "storage/CaseFile.h"
#include "storage/DemoCaseload.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Ui;

namespace {

const char *const Passphrase = "kolonne-bredde-17-fjordlys";
constexpr int ScreenWidth = 1366;
constexpr int ScreenHeight = 768;
/// The most the list may ask for beside the citizen's pages (of a 1366 px window).
constexpr int ListWidth = 700;

class CaseloadColumnsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        ASSERT_TRUE(Storage::DemoCaseload::generate(**file, { 60, 2026, {} }).ok());
        (void)(*file)->setSetting(Domain::FileSetting::MunicipalityName, QStringLiteral("Furesø Kommune"));
    }

    void TearDown() override { close(); }

    /// Starts the program with the settings in the test's folder and opens the demo caseload.
    MainWindow *open()
    {
        m_controller = TestKit::openInProgram(settingsFile(), m_dir.caseFile(), QString::fromUtf8(Passphrase));
        MainWindow *main = m_controller->mainWindow();
        if (!main->isVisible() || main->isShowingLockScreen())
            return nullptr;
        main->resize(ScreenWidth, ScreenHeight);
        QCoreApplication::processEvents();
        return main;
    }

    void close()
    {
        if (!m_controller)
            return;
        m_controller->setLanguage(QStringLiteral("en")); // the next test starts in English
        m_controller.reset();
    }

    QString settingsFile() const { return m_dir.path(QStringLiteral("settings.ini")); }

    static CaseloadModel *modelOf(CaseloadPage *page)
    {
        return qobject_cast<CaseloadModel *>(
            qobject_cast<QAbstractProxyModel *>(page->table()->model())->sourceModel());
    }

    /// Gives the caseload @p width pixels of the window, the rest to the citizen's pages.
    static void giveWidth(MainWindow *main, int width)
    {
        auto *splitter = main->findChild<QSplitter *>(QStringLiteral("workspace"));
        splitter->setSizes({ width, splitter->width() - width - splitter->handleWidth() });
        QCoreApplication::processEvents();
    }

    /// Every displayed text that does not fit its cell (or header), as "column/row: text".
    static QStringList cutTexts(QTableView *table)
    {
        QStringList cut;
        const QFontMetrics fm(table->font());
        const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        const int grid = table->showGrid() ? 1 : 0;
        QAbstractItemModel *model = table->model();
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < model->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            const int room = table->columnWidth(c) - grid - 2 * textMargin;
            if (table->columnWidth(c) < header->sectionSizeHint(c))
                cut << QStringLiteral("header %1: %2").arg(c).arg(model->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString text = model->index(r, c).data().toString();
                if (fm.horizontalAdvance(text) > room)
                    cut << QStringLiteral("%1/%2: %3 (%4 > %5)")
                               .arg(c)
                               .arg(r)
                               .arg(text)
                               .arg(fm.horizontalAdvance(text))
                               .arg(room);
            }
        }
        return cut;
    }

    static QList<int> visibleColumns(QTableView *table)
    {
        QList<int> columns;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (!table->isColumnHidden(c))
                columns << c;
        }
        return columns;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<AppController> m_controller;
};

} // namespace

TEST_F(CaseloadColumnsTest, ShowsTheFiveDefaultColumnsWithNoTextCutInEitherLanguage)
{
    MainWindow *main = open();
    ASSERT_NE(main, nullptr);
    CaseloadPage *page = main->caseloadPage();
    QTableView *table = page->table();
    ASSERT_EQ(table->model()->rowCount(), 60);
    EXPECT_EQ(visibleColumns(table),
        QList<int>({ CaseloadModel::NameColumn, CaseloadModel::StatusColumn, CaseloadModel::NextStoneColumn,
            CaseloadModel::FollowUpColumn, CaseloadModel::RemainingColumn }));
    EXPECT_EQ(page->visibleColumnKeys(), CaseloadPage::defaultColumnKeys());

    // What the list asks for fits beside the citizen's pages, and given that, nothing is cut.
    const int english = page->sizeHint().width();
    EXPECT_LE(english, ListWidth) << "English";
    giveWidth(main, english);
    EXPECT_EQ(page->width(), english);
    EXPECT_EQ(cutTexts(table), QStringList()) << "English";
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());

    // Danish amounts ("7.176,50 kr."), dates, statuses and headers are measured again after the switch:
    // with the splitter as it was, only the next stepping stone (free text, whole in its tooltip) may give way.
    m_controller->setLanguage(QStringLiteral("da"));
    QCoreApplication::processEvents();
    EXPECT_EQ(
        table->model()->headerData(CaseloadModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Borger"));
    QStringList amounts;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        amounts << table->model()->index(r, CaseloadModel::RemainingColumn).data().toString();
    EXPECT_TRUE(amounts.join(QLatin1Char('|')).contains(QStringLiteral(" kr.")));
    QStringList cut = cutTexts(table);
    cut.removeIf(
        [](const QString &s) { return s.startsWith(QStringLiteral("%1/").arg(CaseloadModel::NextStoneColumn)); });
    EXPECT_EQ(cut, QStringList()) << "Danish, the splitter as it was";
    const int danish = page->sizeHint().width();
    EXPECT_LE(danish, ListWidth) << "Danish";
    giveWidth(main, danish);
    EXPECT_EQ(cutTexts(table), QStringList()) << "Danish";

    // And back: nothing kept from the Danish widths cuts the English texts.
    m_controller->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(page->sizeHint().width(), english);
    giveWidth(main, english);
    EXPECT_EQ(cutTexts(table), QStringList()) << "English again";
}

TEST_F(CaseloadColumnsTest, TheNameColumnTakesTheRoomAndTheStoneGivesWayFirstWhenNarrowed)
{
    MainWindow *main = open();
    ASSERT_NE(main, nullptr);
    CaseloadPage *page = main->caseloadPage();
    QTableView *table = page->table();
    EXPECT_EQ(page->maximumWidth(), QWIDGETSIZE_MAX) << "the splitter can widen the list";

    const int atDefault = page->sizeHint().width();
    giveWidth(main, atDefault);
    const int nameAtDefault = table->columnWidth(CaseloadModel::NameColumn);
    const int stoneAtDefault = table->columnWidth(CaseloadModel::NextStoneColumn);
    giveWidth(main, atDefault + 40);
    EXPECT_EQ(page->width(), atDefault + 40) << "the list grows when the splitter is dragged";
    EXPECT_GT(table->columnWidth(CaseloadModel::NameColumn), nameAtDefault) << "the name takes the room";
    EXPECT_EQ(table->columnWidth(CaseloadModel::NextStoneColumn), stoneAtDefault) << "the others fit their texts";
    EXPECT_EQ(cutTexts(table), QStringList());

    // A little narrower: the next stepping stone gives way, the names stay whole.
    giveWidth(main, atDefault - 60);
    EXPECT_EQ(table->columnWidth(CaseloadModel::NameColumn), nameAtDefault) << "the names stay whole";
    EXPECT_LT(table->columnWidth(CaseloadModel::NextStoneColumn), stoneAtDefault) << "the stone gives way first";

    giveWidth(main, 420);
    EXPECT_LT(table->columnWidth(CaseloadModel::NameColumn), nameAtDefault) << "much narrower: the name gives way too";
    EXPECT_LT(table->columnWidth(CaseloadModel::NextStoneColumn), stoneAtDefault);
}

TEST_F(CaseloadColumnsTest, TheFiltersNeverCutTheirTextsAndThePageCanBeNarrow)
{
    MainWindow *main = open();
    ASSERT_NE(main, nullptr);
    CaseloadPage *page = main->caseloadPage();
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("da") }) {
        m_controller->setLanguage(language);
        QCoreApplication::processEvents();
        EXPECT_LE(page->minimumSizeHint().width(), 420) << qPrintable(language);
        for (int width : { 420, page->sizeHint().width() }) {
            giveWidth(main, width);
            const auto combos = page->findChildren<QComboBox *>();
            ASSERT_EQ(combos.size(), 3);
            for (QComboBox *combo : combos) {
                EXPECT_TRUE(combo->isVisible());
                // The widest choice fits the combo: "Alle statusser", "Alle støttepersoner", …
                for (int i = 0; i < combo->count(); ++i) {
                    QStyleOptionComboBox option;
                    option.initFrom(combo);
                    const QRect text = combo->style()->subControlRect(
                        QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                    EXPECT_LE(combo->fontMetrics().horizontalAdvance(combo->itemText(i)), text.width())
                        << qPrintable(language) << " at " << width << ": " << qPrintable(combo->itemText(i));
                }
                EXPECT_LE(combo->geometry().right(), page->width()) << qPrintable(combo->itemText(0));
            }
        }
    }
    EXPECT_EQ(page->findChild<QComboBox *>()->itemText(0), QStringLiteral("Alle statusser"));
}

TEST_F(CaseloadColumnsTest, TheColumnChooserShowsAndHidesColumnsAndTheChoiceIsRemembered)
{
    MainWindow *main = open();
    ASSERT_NE(main, nullptr);
    CaseloadPage *page = main->caseloadPage();
    QTableView *table = page->table();
    QMenu *menu = page->columnsMenu();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(page->columnsButton()->menu(), menu) << "the Columns button opens the same list";
    EXPECT_EQ(page->columnsButton()->focusPolicy(), Qt::StrongFocus) << "reachable with Tab";

    // Right-click on the header opens the checkable list.
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(CaseloadModel::StatusColumn) + 5, header->height() / 2);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, header->mapToGlobal(at));
    QCoreApplication::sendEvent(header->viewport(), &click);
    EXPECT_TRUE(QTest::qWaitFor([&] { return menu->isVisible(); }, 2000));
    menu->hide();

    auto *household = menu->findChild<QAction *>(QStringLiteral("column_household"));
    auto *status = menu->findChild<QAction *>(QStringLiteral("column_status"));
    auto *name = menu->findChild<QAction *>(QStringLiteral("column_name"));
    ASSERT_TRUE(household && status && name);
    EXPECT_TRUE(household->isCheckable());
    EXPECT_FALSE(household->isChecked());
    EXPECT_TRUE(name->isChecked());
    EXPECT_FALSE(name->isEnabled()) << "the name is always shown";
    EXPECT_EQ(household->text(), QStringLiteral("Household"));

    household->trigger();
    EXPECT_FALSE(table->isColumnHidden(CaseloadModel::HouseholdColumn));
    EXPECT_GT(table->columnWidth(CaseloadModel::HouseholdColumn), 20) << "a shown column fits its texts";
    status->trigger();
    EXPECT_TRUE(table->isColumnHidden(CaseloadModel::StatusColumn));
    EXPECT_FALSE(status->isChecked());

    // Sorting still works on a chosen column.
    table->sortByColumn(CaseloadModel::HouseholdColumn, Qt::DescendingOrder);
    QAbstractItemModel *shown = table->model();
    for (int r = 1; r < shown->rowCount(); ++r) {
        EXPECT_GE(QString::localeAwareCompare(
                      shown->index(r - 1, CaseloadModel::HouseholdColumn).data(CaseloadModel::SortRole).toString(),
                      shown->index(r, CaseloadModel::HouseholdColumn).data(CaseloadModel::SortRole).toString()),
            0);
    }

    const QStringList expected { QStringLiteral("name"), QStringLiteral("nextStone"), QStringLiteral("followUp"),
        QStringLiteral("remaining"), QStringLiteral("household") };
    EXPECT_EQ(page->visibleColumnKeys(), expected);

    // Remembered in the settings (column names only) and restored at the next start.
    close();
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        EXPECT_EQ(settings.value(QStringLiteral("ui/caseloadColumns")).toStringList(), expected);
    }
    main = open();
    ASSERT_NE(main, nullptr);
    page = main->caseloadPage();
    EXPECT_EQ(page->visibleColumnKeys(), expected);
    EXPECT_FALSE(page->table()->isColumnHidden(CaseloadModel::HouseholdColumn));
    EXPECT_TRUE(page->table()->isColumnHidden(CaseloadModel::StatusColumn));
    EXPECT_TRUE(page->columnsMenu()->findChild<QAction *>(QStringLiteral("column_household"))->isChecked());

    // "Default columns" goes back to the five.
    page->columnsMenu()->findChild<QAction *>(QStringLiteral("defaultColumns"))->trigger();
    EXPECT_EQ(page->visibleColumnKeys(), CaseloadPage::defaultColumnKeys());
    EXPECT_TRUE(page->table()->isColumnHidden(CaseloadModel::HouseholdColumn));
}

TEST_F(CaseloadColumnsTest, TheModelPassesTheTesterThroughALanguageSwitchAndAReload)
{
    MainWindow *main = open();
    ASSERT_NE(main, nullptr);
    CaseloadPage *page = main->caseloadPage();
    CaseloadModel *model = modelOf(page);
    ASSERT_NE(model, nullptr);
    QAbstractItemModelTester sourceTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page->filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int c = 0; c < CaseloadModel::ColumnCount; ++c) {
        EXPECT_EQ(CaseloadModel::columnForKey(CaseloadModel::columnKey(c)), c);
        EXPECT_FALSE(model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    EXPECT_EQ(CaseloadModel::columnForKey(QStringLiteral("no such column")), -1);
    m_controller->setLanguage(QStringLiteral("da"));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->headerData(CaseloadModel::SupportPersonColumn, Qt::Horizontal).toString(),
        QStringLiteral("Støtteperson"));
    model->reload();
    page->filterModel()->setSearchText(QStringLiteral("a"));
    page->filterModel()->sort(CaseloadModel::RemainingColumn, Qt::AscendingOrder);
    EXPECT_GT(page->filterModel()->rowCount(), 0);
}

TEST(CaseloadPlurals, CountsMeetNounsInTheirPluralFormsInBothLanguages)
{
    LanguageManager language;
    const auto text = [](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    struct Expected
    {
        const char *language;
        QStringList citizens;
        QStringList stones;
        QStringList years;
        QStringList printed;
    };
    const QList<Expected> expected {
        { "en", { QStringLiteral("0 citizens"), QStringLiteral("1 citizen"), QStringLiteral("2 citizens") },
            { QStringLiteral("0 of 0 stepping stones done"), QStringLiteral("0 of 1 stepping stone done"),
                QStringLiteral("0 of 2 stepping stones done") },
            { QStringLiteral("x (0 years)"), QStringLiteral("x (1 year)"), QStringLiteral("x (2 years)") },
            { QStringLiteral("0 citizens: 3 active, 4 closed."), QStringLiteral("1 citizen: 3 active, 4 closed."),
                QStringLiteral("2 citizens: 3 active, 4 closed.") } },
        { "da", { QStringLiteral("0 borgere"), QStringLiteral("1 borger"), QStringLiteral("2 borgere") },
            { QStringLiteral("0 af 0 trædesten nået"), QStringLiteral("0 af 1 trædesten nået"),
                QStringLiteral("0 af 2 trædesten nået") },
            { QStringLiteral("x (0 år)"), QStringLiteral("x (1 år)"), QStringLiteral("x (2 år)") },
            { QStringLiteral("0 borgere: 3 aktive, 4 afsluttede."), QStringLiteral("1 borger: 3 aktive, 4 afsluttede."),
                QStringLiteral("2 borgere: 3 aktive, 4 afsluttede.") } },
    };
    for (const Expected &e : expected) {
        const QString code = QString::fromLatin1(e.language);
        ASSERT_EQ(language.apply(code), code);
        for (int n = 0; n <= 2; ++n) {
            EXPECT_EQ(text("Traedesten::Ui::CaseloadPage", "%n citizen(s)", n), e.citizens.at(n));
            EXPECT_EQ(
                text("Traedesten::Ui::OverviewPage", "%1 of %n stepping stone(s) done", n).arg(0), e.stones.at(n));
            EXPECT_EQ(
                text("Traedesten::Ui::OverviewPage", "%1 (%n year(s))", n).arg(QStringLiteral("x")), e.years.at(n));
            // Prints choose their language apart from the program's.
            EXPECT_EQ(PrintLanguage(code)
                          .plural("CaseloadReportPrint", "%n citizen(s): %1 active, %2 closed.", n)
                          .arg(3)
                          .arg(4),
                e.printed.at(n));
        }
        EXPECT_EQ(text("Traedesten::Ui::CaseloadPage", "Showing %1 of %n citizen(s)", 1).arg(1),
            code == u"da" ? QStringLiteral("Viser 1 af 1 borger") : QStringLiteral("Showing 1 of 1 citizen"));
    }
    // The other language of a print, whatever the program's.
    EXPECT_EQ(PrintLanguage(QStringLiteral("en"))
                  .plural("CaseloadReportPrint", "%n budget(s) in another currency are left out.", 1),
        QStringLiteral("1 budget in another currency is left out."));
    language.apply(QStringLiteral("en"));
}
