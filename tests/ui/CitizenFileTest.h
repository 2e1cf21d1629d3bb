#pragma once
// Test support: a real temporary case file with one citizen and a long-term goal, the editor the pages
// edit through (with its undo stack), and a window for pages and dialogs.

#include "CaseEditor.h"
#include "LanguageManager.h"
#include "TestSupport.h"
#include "domain/Citizen.h"
#include "domain/Goal.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"

#include <QDate>
#include <QUndoStack>
#include <QWidget>

#include <gtest/gtest.h>
#include <memory>

namespace Traedesten::TestKit {

class CitizenFileTest : public ::testing::Test
{
protected:
    /// Creates the file (with @p passphrase), Maja Testesen (started two months ago, support person Sara Støtte)
    /// and her goal "Jeg vil have et job"; the editor has the caseload.
    void createFile(const char *passphrase)
    {
        auto file = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase(passphrase), fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        Domain::Citizen c;
        c.name = QStringLiteral("Maja Testesen");
        c.startDate = QDate::currentDate().addMonths(-2);
        c.supportPerson = QStringLiteral("Sara Støtte");
        m_citizen = *m_caseload->citizens().create(c);
        Domain::Goal g;
        g.citizenId = m_citizen.id;
        g.ownWords = QStringLiteral("Jeg vil have et job");
        m_goal = *m_caseload->goals().createGoal(g);
        m_editor = new Ui::CaseEditor(&m_stack, &m_window, &m_window);
        m_editor->setCaseload(m_caseload.get());
    }

    /// A stepping stone toward the goal.
    Domain::SteppingStone addStone(const QString &title)
    {
        return *m_caseload->goals().createStone(Domain::SteppingStone { {}, m_goal.id, title, 0, {}, {}, {}, {} });
    }

    void TearDown() override
    {
        m_stack.clear();
        if (m_editor)
            m_editor->setCaseload(nullptr);
        m_languages.apply(QStringLiteral("en")); // the next test starts in English
    }

    Ui::LanguageManager m_languages;
    TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    Domain::Citizen m_citizen;
    Domain::Goal m_goal;
    QWidget m_window;
    QUndoStack m_stack;
    Ui::CaseEditor *m_editor = nullptr;
};

} // namespace Traedesten::TestKit
