// A command group (several edits as one undo step) is one transaction: all of it is kept, or none of it,
// and its undo and redo are all or nothing too.
#include "commands/CommandGroup.h"

#include "CitizenFileTest.h"
#include "DatabaseDump.h"
#include "commands/RecordStores.h"

#include <QUuid>

#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class CommandGroupTest : public TestKit::CitizenFileTest
{
protected:
    void SetUp() override { createFile("kommando-gruppe-23"); }

    /// A new household with the citizen placed in it, as the Household page makes it; @p citizenName
    /// empty makes the second step a refusal.
    std::unique_ptr<CommandGroup> newHousehold(const QString &citizenName)
    {
        Household created;
        created.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        created.name = QStringLiteral("Familien Testesen");
        Citizen after = m_citizen;
        after.householdId = created.id;
        after.name = citizenName;
        std::vector<std::unique_ptr<StoreCommand>> steps;
        steps.push_back(std::make_unique<HouseholdCommand>(
            *m_caseload, std::nullopt, created, QString(), m_editor->errorHandler()));
        steps.push_back(
            std::make_unique<CitizenCommand>(*m_caseload, m_citizen, after, QString(), m_editor->errorHandler()));
        return std::make_unique<CommandGroup>(
            *m_caseload, QStringLiteral("add household"), std::move(steps), m_editor->errorHandler());
    }

    QString dump() { return TestKit::dumpCaseload(*m_file->database()); }
};

} // namespace

TEST_F(CommandGroupTest, ARefusedStepKeepsNothingOfTheGroup)
{
    const QString before = dump();
    const Status s = m_editor->run(newHousehold(QString()));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(m_caseload->households().all().value().isEmpty()) << "the household went with the refusal";
    EXPECT_EQ(dump(), before);
    EXPECT_EQ(m_stack.count(), 0) << "a refusal never reaches the undo stack";
}

TEST_F(CommandGroupTest, TheGroupIsKeptUndoneAndRedoneAsAWhole)
{
    const QString before = dump();
    ASSERT_TRUE(m_editor->run(newHousehold(m_citizen.name)).ok());
    const QList<Household> households = m_caseload->households().all().value();
    ASSERT_EQ(households.size(), 1);
    EXPECT_EQ(m_caseload->citizens().get(m_citizen.id)->householdId, households.constFirst().id);
    const QString after = dump();
    m_stack.undo();
    EXPECT_EQ(dump(), before);
    m_stack.redo();
    EXPECT_EQ(dump(), after);
}
