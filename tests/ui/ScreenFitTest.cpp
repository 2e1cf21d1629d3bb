// On the usual municipal laptop screen (1366×768, set up by ScreenTestMain), in
// English and Danish, with a demo caseload: every tab of a citizen with a
// household and a signed family plan, and every window and dialog reachable
// from the menus and the pages, fit the screen; shortcuts are unique and work
// from anywhere in the main window.
#include "AppController.h"
#include "CaseEditor.h"
#include "MainWindow.h"
#include "ProgramSession.h"
#include "TestSupport.h"
#include "WindowProbe.h"
#include "commands/RecordStores.h"
#include "dialogs/FormDialog.h"
#include "models/CaseloadModel.h"
#include "pages/CaseloadPage.h"
#include "pages/CitizenView.h"
#include "pages/FamilyPlanPage.h"
#include "pages/WelcomeWindow.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"
#include "widgets/DateField.h"
#include "widgets/UnlockWidget.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QShortcutEvent>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Ui;

namespace {

const char *Passphrase = "skærm-pasform-1366-kaffe";

QString describe(const TestKit::WindowProbe::Seen &s)
{
    return QStringLiteral("%1 (%2, from %3): frame %4,%5 %6×%7, minimum %8×%9")
        .arg(s.name, s.title, s.origin)
        .arg(s.frame.x())
        .arg(s.frame.y())
        .arg(s.frame.width())
        .arg(s.frame.height())
        .arg(s.minimumSizeHint.width())
        .arg(s.minimumSizeHint.height());
}

/// Swallows an action's shortcut event and counts it: the key reached the action, nothing else happens.
class ShortcutCatcher : public QObject
{
public:
    using QObject::QObject;
    int fired = 0;
    int ambiguous = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            if (static_cast<QShortcutEvent *>(event)->isAmbiguous())
                ++ambiguous;
            else
                ++fired;
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

class ScreenFitTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(QGuiApplication::primaryScreen()->availableGeometry(), QRect(QPoint(), TestKit::testScreenSize()));
        {
            auto file
                = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(Passphrase), TestKit::fastKdf());
            ASSERT_TRUE(file);
            Storage::DemoCaseload::Options demo;
            demo.citizens = 30;
            ASSERT_TRUE(Storage::DemoCaseload::generate(**file, demo).ok());
        }
        m_controller = TestKit::openInProgram(m_dir.path(QStringLiteral("settings.ini")), m_dir.caseFile(),
            QString::fromUtf8(Passphrase), QString::fromLatin1(GetParam()));
        ASSERT_TRUE(main()->isVisible() && !main()->isShowingLockScreen());
        chooseCitizen();
    }

    void TearDown() override { m_controller.reset(); }

    MainWindow *main() const { return m_controller->mainWindow(); }
    QRect screen() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    /// A citizen of a household with goals, a budget and meetings; their family plan gets signed.
    void chooseCitizen()
    {
        auto *model = qobject_cast<CaseloadModel *>(
            qobject_cast<QAbstractProxyModel *>(main()->caseloadPage()->table()->model())->sourceModel());
        ASSERT_NE(model, nullptr);
        for (int r = 0; r < model->rowCount() && m_citizen.isEmpty(); ++r) {
            const auto &row = model->rowAt(r);
            if (!row.householdName.isEmpty() && row.stonesTotal >= 3 && row.hasBudget && row.lastMeeting.isValid()) {
                m_citizen = row.citizenId;
                m_household = row.householdId;
            }
        }
        ASSERT_FALSE(m_citizen.isEmpty());
        Storage::Caseload *caseload = main()->editor()->caseload();
        auto plans = caseload->plans().plans(m_household);
        ASSERT_TRUE(plans && !plans->isEmpty());
        ASSERT_TRUE(caseload->plans().signPlan(plans->constLast().id, QDate::currentDate().addDays(-20)));
        main()->caseloadPage()->selectCitizen(m_citizen);
        QTest::qWait(50);
        ASSERT_EQ(main()->citizenView()->citizenId(), m_citizen);
    }

    void expectMainWindowFits(const QString &where)
    {
        const QRect area = screen();
        const QSize minimum = main()->minimumSizeHint().expandedTo(main()->minimumSize());
        EXPECT_LE(minimum.width(), area.width()) << where.toStdString();
        EXPECT_LE(minimum.height(), area.height()) << where.toStdString();
        EXPECT_TRUE(area.contains(main()->frameGeometry()))
            << where.toStdString() << ": frame " << main()->frameGeometry().width() << "×"
            << main()->frameGeometry().height() << " at " << main()->frameGeometry().x() << ","
            << main()->frameGeometry().y();
    }

    /// Clicks every visible, enabled push button of @p page (after choosing the first row of each list).
    void clickEverything(QWidget *page, TestKit::WindowProbe &probe, const QString &origin)
    {
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
        }
        QList<QPointer<QPushButton>> buttons;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            buttons << b;
        for (const QPointer<QPushButton> &b : std::as_const(buttons)) {
            if (!b || !b->isVisible() || !b->isEnabled())
                continue;
            probe.setOrigin(origin + QStringLiteral(" ▸ ") + b->text());
            b->click();
            QTest::qWait(120);
            closeLeftovers();
        }
    }

    /// Anything a click left open that the probe could not reach (a window opened behind a modal one).
    void closeLeftovers()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != main() && w->isVisible() && w != m_controller->welcomeWindow())
                w->close();
        }
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<AppController> m_controller;
    QString m_citizen;
    QString m_household;
};

TEST_P(ScreenFitTest, MainWindowFitsOnEveryTabAndStaysThatWay)
{
    expectMainWindowFits(QStringLiteral("after opening"));
    CitizenView *view = main()->citizenView();
    for (int round = 0; round < 2; ++round) {
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            view->tabs()->setCurrentIndex(tab);
            QTest::qWait(60);
            expectMainWindowFits(QStringLiteral("tab ") + view->tabs()->tabText(tab));
        }
    }
    // The window keeps fitting when its geometry is remembered and restored at the next start.
    const QByteArray saved = main()->saveGeometry();
    MainWindow fresh;
    fresh.restoreGeometry(saved);
    EXPECT_TRUE(screen().contains(fresh.geometry()));
}

TEST_P(ScreenFitTest, EveryDialogAndWindowFitsTheScreen)
{
    TestKit::WindowProbe probe({ main(), m_controller->welcomeWindow() });
    // Each form also refusing: its text fields emptied and Save pressed; the refusal must show in full
    // and the dialog still fit.
    int refusals = 0;
    probe.setInspector([&](QWidget *w, const QString &origin) {
        QPointer<FormDialog> form = qobject_cast<FormDialog *>(w);
        if (!form)
            return;
        for (QLineEdit *edit : form->findChildren<QLineEdit *>())
            if (edit->isVisible() && edit->isEnabled() && !edit->isReadOnly())
                edit->clear();
        form->buttons()->button(QDialogButtonBox::Save)->click();
        QTest::qWait(30);
        if (!form || !form->isVisible())
            return;
        ++refusals;
        const std::string where = form->objectName().toStdString() + " refusing, from " + origin.toStdString();
        EXPECT_TRUE(screen().contains(form->frameGeometry())) << where;
        for (QLabel *label : form->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && !label->text().isEmpty()) {
                EXPECT_GE(label->height() + 1, label->heightForWidth(label->width()))
                    << where << ": " << label->objectName().toStdString() << " cut";
            }
        }
        for (QWidget *field : form->findChildren<QWidget *>()) {
            if (field->isVisible() && !qobject_cast<QLabel *>(field) && field->parentWidget() == form) {
                EXPECT_GE(field->height(), std::min(field->minimumSizeHint().height(), field->maximumHeight()))
                    << where << ": " << field->objectName().toStdString() << " squeezed";
            }
        }
    });
    CitizenView *view = main()->citizenView();
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        main()->caseloadPage()->selectCitizen(m_citizen);
        view->tabs()->setCurrentIndex(tab);
        QTest::qWait(60);
        clickEverything(view->tabs()->widget(tab), probe, view->tabs()->tabText(tab));
        expectMainWindowFits(QStringLiteral("after the dialogs of ") + view->tabs()->tabText(tab));
    }
    // The signed plan's next version, to be signed in its turn.
    auto plans = main()->editor()->caseload()->plans().plans(m_household);
    ASSERT_TRUE(plans && !plans->isEmpty());
    ASSERT_TRUE(main()->editor()->caseload()->plans().startNewVersion(plans->constFirst().id));
    view->showPage(CitizenView::Page::FamilyPlan);
    QTest::qWait(60);
    probe.setOrigin(QStringLiteral("Family plan ▸ Sign"));
    view->familyPlan()->signPlan();
    QTest::qWait(150);
    // Every menu command that opens something (not those that end the session).
    const QStringList skip { QStringLiteral("quit"), QStringLiteral("closeFile"), QStringLiteral("lock"),
        QStringLiteral("languageSystem"), QStringLiteral("languageDanish"), QStringLiteral("languageEnglish"),
        QStringLiteral("undo"), QStringLiteral("redo") };
    for (QAction *a : main()->windowActions()) {
        if (skip.contains(a->objectName()) || !a->isEnabled())
            continue;
        main()->caseloadPage()->selectCitizen(m_citizen);
        probe.setOrigin(QStringLiteral("menu ▸ ") + a->text());
        a->trigger();
        QTest::qWait(150);
        closeLeftovers();
    }
    const QRect area = screen();
    QStringList names;
    for (const auto &seen : probe.seen()) {
        names << seen.name;
        EXPECT_TRUE(area.contains(seen.frame)) << describe(seen).toStdString();
        EXPECT_LE(seen.minimumSizeHint.width(), area.width()) << describe(seen).toStdString();
        EXPECT_LE(seen.minimumSizeHint.height(), area.height()) << describe(seen).toStdString();
        EXPECT_LE(seen.minimumSize.width(), area.width()) << describe(seen).toStdString();
        EXPECT_TRUE(seen.clippedLabels.isEmpty())
            << describe(seen).toStdString() << " clips " << seen.clippedLabels.join(QLatin1Char(',')).toStdString();
    }
    // The probe saw the windows a person reaches (not a silent pass).
    for (const char *expected : { "goalDialog", "stoneDialog", "entryDialog", "budgetDialog", "interventionDialog",
             "consentDialog", "familyGoalDialog", "signDialog", "departmentsDialog", "measurementDialog",
             "indicatorsDialog", "assessmentDialog", "benefitDialog", "benefitTypesDialog", "memberDialog",
             "householdDialog", "noteDialog", "citizenDialog", "settingsDialog", "shortcutsDialog", "reportsWindow" })
        EXPECT_TRUE(names.contains(QString::fromLatin1(expected))) << expected << " never opened";
    EXPECT_GE(probe.seen().size(), 25);
    EXPECT_GE(refusals, 10) << "forms seen refusing";
}

TEST_P(ScreenFitTest, TheWelcomeWindowAndItsDialogsFit)
{
    m_controller->closeCaseFile();
    WelcomeWindow *welcome = m_controller->welcomeWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return welcome->isVisible(); }, 5000));
    EXPECT_TRUE(screen().contains(welcome->frameGeometry()));
    EXPECT_LE(welcome->minimumSizeHint().width(), screen().width());
    TestKit::WindowProbe probe({ main(), welcome });
    // (Open… shows Qt's own file dialog, which the page tests already measure.)
    for (const char *button : { "newButton", "settingsButton" }) {
        probe.setOrigin(QString::fromLatin1(button));
        auto *b = welcome->findChild<QPushButton *>(QString::fromLatin1(button));
        ASSERT_NE(b, nullptr) << button;
        b->click();
        QTest::qWait(150);
        closeLeftovers();
    }
    QTest::qWait(100); // closed dialogs deleted before the program ends
    QStringList names;
    for (const auto &seen : probe.seen()) {
        names << seen.name;
        EXPECT_TRUE(screen().contains(seen.frame)) << describe(seen).toStdString();
        EXPECT_LE(seen.minimumSizeHint.width(), screen().width()) << describe(seen).toStdString();
        EXPECT_LE(seen.minimumSizeHint.height(), screen().height()) << describe(seen).toStdString();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("newCaseFileDialog"))) << names.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("settingsDialog"))) << names.join(QLatin1Char(',')).toStdString();
    EXPECT_GE(probe.seen().size(), 2);
}

/// No two enabled actions of one window that could both be active share a key sequence.
void expectUniqueShortcuts(QWidget *window)
{
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QWidget *w : window->findChildren<QWidget *>())
        for (QAction *a : w->actions())
            if (!actions.contains(a))
                actions << a;
    const auto scope = [](QAction *a) -> QWidget * {
        // The widget a widget-scoped shortcut lives in; null for window-wide ones.
        if (a->shortcutContext() != Qt::WidgetShortcut && a->shortcutContext() != Qt::WidgetWithChildrenShortcut)
            return nullptr;
        const QList<QObject *> owners = a->associatedObjects();
        for (QObject *o : owners)
            if (auto *w = qobject_cast<QWidget *>(o); w && !qobject_cast<QMenu *>(w))
                return w;
        return nullptr;
    };
    for (int i = 0; i < actions.size(); ++i) {
        QAction *a = actions.at(i);
        if (!a->isEnabled())
            continue;
        for (int j = i + 1; j < actions.size(); ++j) {
            QAction *b = actions.at(j);
            if (!b->isEnabled())
                continue;
            for (const QKeySequence &key : a->shortcuts()) {
                if (!b->shortcuts().contains(key))
                    continue;
                QWidget *sa = scope(a);
                QWidget *sb = scope(b);
                // Two list-scoped actions in unrelated lists never compete; anything else does.
                const bool separate = sa && sb && sa != sb && !sa->isAncestorOf(sb) && !sb->isAncestorOf(sa);
                EXPECT_TRUE(separate) << window->objectName().toStdString() << ": " << key.toString().toStdString()
                                      << " on both '" << a->text().toStdString() << "' and '" << b->text().toStdString()
                                      << "'";
            }
        }
    }
}

TEST_P(ScreenFitTest, ShortcutsAreUniqueInEveryWindow)
{
    expectUniqueShortcuts(main());
    TestKit::WindowProbe probe({ main(), m_controller->welcomeWindow() });
    int inspected = 0;
    probe.setInspector([&](QWidget *w, const QString &) {
        expectUniqueShortcuts(w);
        ++inspected;
    });
    CitizenView *view = main()->citizenView();
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        view->tabs()->setCurrentIndex(tab);
        QTest::qWait(30);
        expectUniqueShortcuts(main());
        clickEverything(view->tabs()->widget(tab), probe, view->tabs()->tabText(tab));
    }
    EXPECT_GE(inspected, 15);
}

TEST_P(ScreenFitTest, EveryListedShortcutFiresFromTheCaseloadSearchField)
{
    // Something to undo and something to redo, so both are enabled.
    Storage::Caseload *caseload = main()->editor()->caseload();
    for (const char *person : { "Afløser A", "Afløser B" }) {
        auto citizen = caseload->citizens().get(m_citizen);
        ASSERT_TRUE(citizen);
        Domain::Citizen changed = *citizen;
        changed.supportPerson = QString::fromUtf8(person);
        ASSERT_TRUE(main()->editor()->run(std::make_unique<CitizenCommand>(
            *caseload, *citizen, changed, QStringLiteral("edit citizen"), main()->editor()->errorHandler())));
    }
    main()->editor()->undo();
    QLineEdit *search = main()->caseloadPage()->searchField();
    int checked = 0;
    for (QAction *a : main()->windowActions()) {
        if (a->shortcuts().isEmpty())
            continue;
        ASSERT_TRUE(a->isEnabled()) << a->text().toStdString() << " is disabled with a citizen chosen";
        for (const QKeySequence &key : a->shortcuts()) {
            ShortcutCatcher catcher;
            a->installEventFilter(&catcher);
            main()->activateWindow();
            search->setFocus(Qt::OtherFocusReason);
            QTest::keySequence(search, key);
            a->removeEventFilter(&catcher);
            EXPECT_EQ(catcher.fired, 1) << key.toString().toStdString() << " did not reach '" << a->text().toStdString()
                                        << "' from the search field";
            EXPECT_EQ(catcher.ambiguous, 0) << key.toString().toStdString() << " is ambiguous";
            ++checked;
        }
    }
    EXPECT_GE(checked, 20);
    // The help lists every one of them, under its menu.
    int listed = 0;
    for (const auto &group : main()->shortcutGroups())
        listed += int(group.entries.size());
    EXPECT_GE(listed, 20);
}

TEST_P(ScreenFitTest, PageActionsShowTheirTabForTheSelectedCitizenFromAnywhere)
{
    TestKit::WindowProbe probe({ main(), m_controller->welcomeWindow() });
    QLineEdit *search = main()->caseloadPage()->searchField();
    struct Case
    {
        QKeySequence key;
        CitizenView::Page page;
        const char *dialog;
    };
    const Case cases[] = {
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), CitizenView::Page::Goals, "goalDialog" },
        { QKeySequence(Qt::Key_Insert), CitizenView::Page::Goals, "stoneDialog" },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), CitizenView::Page::Budget, "entryDialog" },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), CitizenView::Page::FamilyPlan, nullptr },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), CitizenView::Page::Measurements, "measurementDialog" },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), CitizenView::Page::Benefits, "benefitDialog" },
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), CitizenView::Page::Journal, "noteDialog" },
        { QKeySequence(Qt::CTRL | Qt::Key_3), CitizenView::Page::Budget, nullptr },
        { QKeySequence(Qt::CTRL | Qt::Key_8), CitizenView::Page::Journal, nullptr },
    };
    for (const Case &c : cases) {
        main()->citizenView()->showPage(CitizenView::Page::Overview);
        probe.clear();
        // The window a closed dialog leaves behind is active again (offscreen does not do that by itself).
        main()->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(main()));
        search->setFocus(Qt::OtherFocusReason);
        QTest::keySequence(search, c.key);
        QTest::qWait(150);
        EXPECT_EQ(main()->citizenView()->currentPage(), c.page) << c.key.toString().toStdString();
        EXPECT_EQ(main()->citizenView()->citizenId(), m_citizen);
        if (c.dialog) {
            ASSERT_FALSE(probe.seen().isEmpty()) << c.key.toString().toStdString() << " opened nothing";
            EXPECT_EQ(probe.seen().constFirst().name, QString::fromLatin1(c.dialog));
        }
    }
    // Redo from the search field: Ctrl+Shift+Z and Ctrl+Y both redo an undone edit.
    for (const QKeySequence &redo :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        Storage::Caseload *caseload = main()->editor()->caseload();
        auto citizen = caseload->citizens().get(m_citizen);
        ASSERT_TRUE(citizen);
        Domain::Citizen changed = *citizen;
        changed.supportPerson = QStringLiteral("Afløser ") + redo.toString();
        ASSERT_TRUE(main()->editor()->run(std::make_unique<CitizenCommand>(
            *caseload, *citizen, changed, QStringLiteral("edit citizen"), main()->editor()->errorHandler())));
        main()->activateWindow();
        search->setFocus(Qt::OtherFocusReason);
        QTest::keySequence(search, QKeySequence(Qt::CTRL | Qt::Key_Z));
        EXPECT_EQ(caseload->citizens().get(m_citizen)->supportPerson, citizen->supportPerson);
        QTest::keySequence(search, redo);
        EXPECT_EQ(caseload->citizens().get(m_citizen)->supportPerson, changed.supportPerson)
            << redo.toString().toStdString();
    }
}

TEST_P(ScreenFitTest, EveryDateFieldTakesEachTypedFormAndRefusesGarbageVisibly)
{
    struct Typed
    {
        const char *text;
        QDate date;
    };
    const Typed typed[] = {
        { "15-01-2027", QDate(2027, 1, 15) },
        { "15.01.2027", QDate(2027, 1, 15) },
        { "15/1/2027", QDate(2027, 1, 15) },
        { "15/01/2027", QDate(2027, 1, 15) },
        { "15012027", QDate(2027, 1, 15) },
        { "15-01-27", QDate(2027, 1, 15) },
        { "05/12/2026", QDate(2026, 12, 5) },
        { "01/03/2027", QDate(2027, 3, 1) },
    };
    TestKit::WindowProbe probe({ main(), m_controller->welcomeWindow() });
    int fields = 0;
    QStringList dialogs;
    probe.setInspector([&](QWidget *w, const QString &origin) {
        auto *dialog = qobject_cast<FormDialog *>(w);
        if (!dialog)
            return;
        for (DateField *field : dialog->findChildren<DateField *>()) {
            if (!field->isVisible() || !field->isEnabled())
                continue;
            const std::string where = (dialog->objectName() + QLatin1Char('/') + field->objectName()).toStdString()
                + " from " + origin.toStdString();
            const QString before = field->text();
            for (const Typed &t : typed) {
                field->lineEdit()->selectAll();
                QTest::keyClick(field->lineEdit(), Qt::Key_Delete);
                QTest::keyClicks(field->lineEdit(), QString::fromLatin1(t.text));
                field->tidy();
                EXPECT_EQ(field->date(), t.date) << where << ": typed " << t.text;
                // What is shown is what is stored.
                EXPECT_EQ(field->text(), QLocale().toString(t.date, DateField::displayFormat()))
                    << where << ": typed " << t.text;
            }
            // Garbage stays as typed and is refused next to the field; the dialog stays open.
            field->lineEdit()->selectAll();
            QTest::keyClicks(field->lineEdit(), QStringLiteral("hello"));
            dialog->buttons()->button(QDialogButtonBox::Save)->click();
            EXPECT_TRUE(dialog->isVisible()) << where;
            EXPECT_EQ(field->text(), QStringLiteral("hello")) << where;
            bool refused = false;
            for (QLabel *label : dialog->findChildren<QLabel *>())
                refused = refused
                    || (label->isVisible() && label->objectName().endsWith(QStringLiteral("Error"))
                        && label->text().contains(QStringLiteral("hello")));
            EXPECT_TRUE(refused) << where << ": no refusal shown";
            field->lineEdit()->setText(before);
            ++fields;
        }
        dialogs << dialog->objectName();
    });
    CitizenView *view = main()->citizenView();
    for (int tab = 0; tab < view->tabs()->count(); ++tab) {
        main()->caseloadPage()->selectCitizen(m_citizen);
        view->tabs()->setCurrentIndex(tab);
        QTest::qWait(60);
        clickEverything(view->tabs()->widget(tab), probe, view->tabs()->tabText(tab));
    }
    probe.setOrigin(QStringLiteral("menu ▸ edit citizen"));
    main()->findChild<QAction *>(QStringLiteral("editCitizen"))->trigger();
    QTest::qWait(150);
    // Every dialog with a date: citizen, stone, budget, entry, intervention, consent, note, measurement, benefit.
    for (const char *expected : { "citizenDialog", "stoneDialog", "budgetDialog", "entryDialog", "interventionDialog",
             "consentDialog", "noteDialog", "measurementDialog", "benefitDialog" })
        EXPECT_TRUE(dialogs.contains(QString::fromLatin1(expected))) << expected << " not checked";
    EXPECT_GE(fields, 14);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, ScreenFitTest, ::testing::Values("en", "da"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

} // namespace
