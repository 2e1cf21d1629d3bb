#pragma once

#include "storage/BenefitRepository.h"
#include "storage/BudgetRepository.h"
#include "storage/CaseFile.h"
#include "storage/ChangeNotifier.h"
#include "storage/CitizenRepository.h"
#include "storage/FamilyPlanRepository.h"
#include "storage/GoalRepository.h"
#include "storage/HouseholdRepository.h"
#include "storage/MeasurementRepository.h"
#include "storage/NoteRepository.h"

#include <exception>

namespace Traedesten::Storage {

/**
 * The repositories of one open case file, sharing one change notifier.
 * Create it on the thread the UI's models live on.
 */
class Caseload
{
public:
    explicit Caseload(CaseFile &file)
        : m_file(file)
        , m_citizens(file)
        , m_households(file)
        , m_goals(file)
        , m_notes(file)
        , m_budgets(file)
        , m_plans(file)
        , m_measurements(file)
        , m_benefits(file)
    {
        m_file.setChangeListener([this](const QList<RecordChange> &changes) { m_notifier.publish(changes); });
    }
    ~Caseload() { m_file.setChangeListener({}); }
    Caseload(const Caseload &) = delete;
    Caseload &operator=(const Caseload &) = delete;

    ChangeNotifier &notifier() { return m_notifier; }
    /// The file itself, for what is not a record: settings and audit events of prints and exports.
    CaseFile &file() { return m_file; }
    CitizenRepository &citizens() { return m_citizens; }
    HouseholdRepository &households() { return m_households; }
    GoalRepository &goals() { return m_goals; }
    NoteRepository &notes() { return m_notes; }
    BudgetRepository &budgets() { return m_budgets; }
    FamilyPlanRepository &plans() { return m_plans; }
    MeasurementRepository &measurements() { return m_measurements; }
    BenefitRepository &benefits() { return m_benefits; }

    /**
     * Runs @p work, several of the repositories' operations returning Status, as one transaction: all of
     * them are kept, or, at the first refusal, none (that refusal is returned). The change notifications
     * go out after the commit, and not at all after a rollback.
     */
    template<typename Work> Status inOneTransaction(Work &&work)
    {
        struct Refused : std::exception
        {
        };
        Status result;
        // CaseFile::write nests: the repositories' own writes become savepoints of this one, and the
        // notifications are published once, after the outer COMMIT.
        const Status s = m_file.write([&] {
            result = work();
            if (!result)
                throw Refused {};
        });
        return result.ok() ? s : result;
    }

private:
    CaseFile &m_file;
    ChangeNotifier m_notifier;
    CitizenRepository m_citizens;
    HouseholdRepository m_households;
    GoalRepository m_goals;
    NoteRepository m_notes;
    BudgetRepository m_budgets;
    FamilyPlanRepository m_plans;
    MeasurementRepository m_measurements;
    BenefitRepository m_benefits;
};

} // namespace Traedesten::Storage
