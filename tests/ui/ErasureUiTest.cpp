// Erasing a closed case from the UI: the action is disabled with its reason for an active case, the
// confirmation names the citizen and what goes and wants the name typed, the erasure clears Undo and the
// citizen is gone; the retention review lists the old closed cases, or says there are none.
// With TRAEDESTEN_SCREENSHOT_DIR set, the confirmation and the review are saved there in both languages.
#include "CitizenEraser.h"
#include "CitizenFileTest.h"
#include "LanguageManager.h"
#include "dialogs/EraseCitizenDialog.h"
#include "dialogs/RetentionDialog.h"
#include "storage/Erasure.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QUndoCommand>

using namespace Traedesten;
using namespace Traedesten::Domain;

namespace {

class ErasureUiTest : public TestKit::CitizenFileTest
{
protected:
    void closeCase(Citizen &c, const QDate &on)
    {
        c = m_caseload->citizens().get(c.id).value();
        c.status = CitizenStatus::Closed;
        c.startDate = on.addYears(-1);
        c.endDate = on;
        ASSERT_TRUE(m_caseload->citizens().update(c).ok());
    }

    static void shoot(QWidget *w, const char *name)
    {
        const QByteArray dir = qgetenv("TRAEDESTEN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w->show();
        QApplication::processEvents();
        w->grab().save(
            QString::fromLocal8Bit(dir) + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
};

TEST_F(ErasureUiTest, TheConfirmationNamesWhatGoesWantsTheNameAndTheErasureClearsUndo)
{
    createFile("erase-ui-passphrase-3");
    Note n;
    n.citizenId = m_citizen.id;
    n.date = QDate::currentDate().addYears(-7);
    n.text = QStringLiteral("Første samtale");
    ASSERT_TRUE(m_caseload->notes().create(n).ok());
    addStone(QStringLiteral("Skrive CV"));
    addStone(QStringLiteral("Søge tre job"));

    Ui::CitizenEraser eraser(m_editor, &m_stack, &m_window);
    eraser.setCitizen(m_citizen.id);
    EXPECT_FALSE(eraser.eraseAction()->isEnabled()) << "an active case";
    EXPECT_TRUE(eraser.eraseAction()->toolTip().contains(QStringLiteral("Close the case first")));

    closeCase(m_citizen, QDate::currentDate().addYears(-6));
    eraser.setCitizen(m_citizen.id);
    ASSERT_TRUE(eraser.eraseAction()->isEnabled());
    m_stack.push(new QUndoCommand(QStringLiteral("an earlier edit")));
    ASSERT_EQ(m_stack.count(), 1);

    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        eraser.eraseAction()->trigger();
        auto *dialog = m_window.findChild<Ui::EraseCitizenDialog *>();
        ASSERT_NE(dialog, nullptr);
        const QString shown = dialog->findChildren<QLabel *>().first()->text();
        EXPECT_TRUE(shown.contains(m_citizen.name)) << "the heading names the citizen";
        const QStringList items = dialog->items();
        if (QLatin1String(language) == QLatin1String("en")) {
            EXPECT_TRUE(items.contains(QStringLiteral("1 long-term goal")));
            EXPECT_TRUE(items.contains(QStringLiteral("2 stepping stones")));
            EXPECT_TRUE(items.contains(QStringLiteral("1 journal note")));
        } else {
            EXPECT_TRUE(items.contains(QStringLiteral("1 langsigtet mål")));
            EXPECT_TRUE(items.contains(QStringLiteral("2 trædesten")));
        }
        EXPECT_FALSE(dialog->eraseButton()->isEnabled());
        dialog->nameField()->setText(QStringLiteral("Maja"));
        EXPECT_FALSE(dialog->eraseButton()->isEnabled()) << "a part of the name is not enough";
        dialog->nameField()->setText(QStringLiteral("  maja testesen "));
        EXPECT_TRUE(dialog->eraseButton()->isEnabled());
        dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
        shoot(dialog, qstrcmp(language, "en") == 0 ? "erase-confirmation-en" : "erase-confirmation-da");
        if (QLatin1String(language) == QLatin1String("en")) {
            const QPointer<Ui::EraseCitizenDialog> open(dialog); // it deletes itself on close
            dialog->reject();
            QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            delete open.data();
            EXPECT_TRUE(m_caseload->citizens().get(m_citizen.id).ok()) << "cancel keeps everything";
            continue;
        }
        QSignalSpy reclaimed(&eraser, &Ui::CitizenEraser::reclaimed);
        QSignalSpy erased(&eraser, &Ui::CitizenEraser::erased);
        dialog->eraseButton()->click();
        ASSERT_EQ(erased.count(), 1);
        EXPECT_EQ(m_stack.count(), 0) << "Undo may not bring the citizen back";
        ASSERT_TRUE(reclaimed.count() == 1 || reclaimed.wait(20000));
        EXPECT_TRUE(reclaimed.first().first().toBool());
    }
    EXPECT_FALSE(m_caseload->citizens().get(m_citizen.id).ok());
    EXPECT_NE(m_window.findChild<QMessageBox *>(QStringLiteral("erasedNotice")), nullptr);
    EXPECT_FALSE(eraser.eraseAction()->isEnabled()) << "no citizen any more";
}

TEST_F(ErasureUiTest, TheReviewListsClosedCasesPastThePeriodOrSaysThereAreNone)
{
    createFile("erase-ui-passphrase-4");
    closeCase(m_citizen, QDate::currentDate().addYears(-2)); // inside the period
    const auto load = [this]() -> Result<std::pair<QList<Storage::RetentionCase>, int>> {
        auto cases = Storage::Erasure::pastRetention(*m_file, QDate::currentDate());
        if (!cases)
            return cases.error();
        return std::make_pair(*cases, Storage::Erasure::retentionYears(*m_file).value());
    };
    Ui::LanguageManager languages; // the English plural forms
    languages.apply(QStringLiteral("en"));
    {
        Ui::RetentionDialog empty(load, &m_window);
        EXPECT_EQ(empty.list()->topLevelItemCount(), 0);
        EXPECT_TRUE(empty.emptyLabel()->isVisibleTo(&empty));
        EXPECT_EQ(empty.emptyLabel()->text(),
            QStringLiteral("No closed case is older than the retention period of 5 years."));
        EXPECT_FALSE(empty.eraseButton()->isEnabled());
    }
    const char *names[] = { "Ole Olsen", "Birte Bach", "Karim Khan" };
    const int years[] = { 6, 9, 12 };
    for (int i = 0; i < 3; ++i) {
        Citizen c;
        c.name = QString::fromUtf8(names[i]);
        c.supportPerson = QStringLiteral("Sara Støtte");
        c = m_caseload->citizens().create(c).value();
        closeCase(c, QDate::currentDate().addYears(-years[i]).addMonths(-i));
    }
    for (const char *language : { "en", "da" }) {
        m_languages.apply(QString::fromLatin1(language));
        Ui::RetentionDialog review(load, &m_window);
        ASSERT_EQ(review.list()->topLevelItemCount(), 3);
        EXPECT_EQ(review.list()->topLevelItem(0)->text(0), QStringLiteral("Karim Khan")) << "oldest first";
        EXPECT_TRUE(review.eraseButton()->isEnabled());
        QSignalSpy asked(&review, &Ui::RetentionDialog::eraseRequested);
        review.eraseButton()->click();
        ASSERT_EQ(asked.count(), 1);
        EXPECT_NE(asked.first().first().toString(), m_citizen.id);
        review.resize(700, 420);
        shoot(&review, qstrcmp(language, "en") == 0 ? "retention-review-en" : "retention-review-da");
    }
}

} // namespace
