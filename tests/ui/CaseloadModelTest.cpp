#include "models/CaseloadModel.h"

#include "TestSupport.h"
#include "models/CaseloadFilterModel.h"
#include "storage/CaseFile.h"
#include "storage/Caseload.h"
#include "storage/DemoCaseload.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Traedesten;
using namespace Traedesten::Domain;
using namespace Traedesten::Ui;

namespace {

class CaseloadModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file
            = Storage::CaseFile::create(m_dir.caseFile(), TestKit::passphrase("model-model-17"), TestKit::fastKdf());
        ASSERT_TRUE(file.ok());
        m_file = std::move(file).value();
        ASSERT_TRUE(Storage::DemoCaseload::generate(*m_file, { 60, 11, QDate(2026, 11, 1) }).ok());
        m_caseload = std::make_unique<Storage::Caseload>(*m_file);
        m_model.setSource(&m_caseload->citizens(), &m_caseload->notifier());
        m_filter.setSourceModel(&m_model);
    }

    /// Counts the source rows for which @p predicate holds: the expected filter result.
    int count(const std::function<bool(const Storage::CaseloadRow &)> &predicate) const
    {
        int n = 0;
        for (int i = 0; i < m_model.rowCount(); ++i)
            n += predicate(m_model.rowAt(i)) ? 1 : 0;
        return n;
    }

    TestKit::TempFolder m_dir;
    std::unique_ptr<Storage::CaseFile> m_file;
    std::unique_ptr<Storage::Caseload> m_caseload;
    CaseloadModel m_model;
    CaseloadFilterModel m_filter;
};

} // namespace

TEST_F(CaseloadModelTest, PassesTheModelTesterThroughInsertUpdateAndRemove)
{
    QAbstractItemModelTester sourceTester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&m_filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(m_model.rowCount(), 60);

    Citizen c;
    c.name = QStringLiteral("Aage Aagesen");
    c.startDate = QDate(2026, 1, 1);
    auto created = m_caseload->citizens().create(c);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(m_model.rowCount(), 61);
    EXPECT_EQ(m_model.rowOf(created->id), 0) << "inserted in name order";

    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(
        m_caseload->goals()
            .createGoal(Goal { {}, created->id, QStringLiteral("Køre bil"), GoalCategory::Employment, {}, 0, {}, {} })
            .ok());
    EXPECT_EQ(changed.count(), 1) << "one row refreshed, not the whole model";
    EXPECT_TRUE(
        m_model.index(0, 0).data(CaseloadModel::SearchTextRole).toString().contains(QStringLiteral("køre bil")));

    ASSERT_TRUE(m_caseload->citizens().remove(created->id).ok());
    EXPECT_EQ(m_model.rowCount(), 60);
    EXPECT_EQ(m_model.rowOf(created->id), -1);

    m_model.setSource(nullptr, nullptr); // what locking does
    EXPECT_EQ(m_model.rowCount(), 0);
}

TEST_F(CaseloadModelTest, SearchAndFiltersOnAGeneratedCaseloadMatchWhatTheDataSay)
{
    // Search: every word must occur in the name, household or goals.
    m_filter.setSearchText(QStringLiteral("ARBEJDE"));
    const int withJob = count([](const Storage::CaseloadRow &r) {
        return r.goalWords.contains(QStringLiteral("arbejde"), Qt::CaseInsensitive)
            || r.name.contains(QStringLiteral("arbejde"), Qt::CaseInsensitive);
    });
    EXPECT_GT(withJob, 0);
    EXPECT_LT(withJob, 60);
    EXPECT_EQ(m_filter.rowCount(), withJob);

    const QString someone = m_model.rowAt(17).name;
    m_filter.setSearchText(
        someone.section(QLatin1Char(' '), 1) + QLatin1Char(' ') + someone.section(QLatin1Char(' '), 0, 0));
    EXPECT_GE(m_filter.rowCount(), 1) << "words in any order";
    bool found = false;
    for (int i = 0; i < m_filter.rowCount(); ++i)
        found |= m_filter.index(i, 0).data().toString() == someone;
    EXPECT_TRUE(found);

    m_filter.setSearchText(QStringLiteral("familien"));
    EXPECT_EQ(m_filter.rowCount(), count([](const Storage::CaseloadRow &r) { return !r.householdName.isEmpty(); }));

    m_filter.setSearchText({});
    m_filter.setStatus(CitizenStatus::Closed);
    const int closed = count([](const Storage::CaseloadRow &r) { return r.status == CitizenStatus::Closed; });
    EXPECT_EQ(m_filter.rowCount(), closed);

    m_filter.setStatus(std::nullopt);
    m_filter.setTargetGroup(TargetGroup::YoungPeople);
    EXPECT_EQ(m_filter.rowCount(),
        count([](const Storage::CaseloadRow &r) { return r.targetGroups.testFlag(TargetGroup::YoungPeople); }));

    const QString person = m_model.supportPersons().first();
    m_filter.setTargetGroup(std::nullopt);
    m_filter.setSupportPerson(person);
    EXPECT_EQ(m_filter.rowCount(), count([&](const Storage::CaseloadRow &r) { return r.supportPerson == person; }));

    m_filter.setSupportPerson({});
    m_filter.setSearchText(QStringLiteral("zzzz-ingen"));
    EXPECT_EQ(m_filter.rowCount(), 0);
}

TEST_F(CaseloadModelTest, SortingByNextStoneUsesDatesNotText)
{
    // The order the data call for, worked out from the rows themselves (not from the role the proxy sorts
    // by): earliest due first, citizens with no stone due last.
    QList<QDate> expected;
    for (int i = 0; i < m_model.rowCount(); ++i)
        expected << m_model.rowAt(i).nextStoneDue;
    std::stable_sort(expected.begin(), expected.end(),
        [](const QDate &a, const QDate &b) { return a.isValid() && (!b.isValid() || a < b); });
    ASSERT_TRUE(expected.constFirst().isValid());
    ASSERT_TRUE(std::any_of(expected.cbegin(), expected.cend(), [](const QDate &d) { return d.day() >= 10; }))
        << "days of two digits, where a sort by text would go wrong";
    const auto shown = [this] {
        QList<QDate> dates;
        for (int i = 0; i < m_filter.rowCount(); ++i) {
            const QString id = m_filter.index(i, 0).data(CaseloadModel::CitizenIdRole).toString();
            dates << m_model.rowAt(m_model.rowOf(id)).nextStoneDue;
        }
        return dates;
    };
    m_filter.sort(CaseloadModel::NextStoneColumn, Qt::AscendingOrder);
    EXPECT_EQ(shown(), expected);
    m_filter.sort(CaseloadModel::NextStoneColumn, Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    EXPECT_EQ(shown(), expected);
}
