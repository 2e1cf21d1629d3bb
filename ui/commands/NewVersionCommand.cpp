#include "NewVersionCommand.h"

#include "storage/Caseload.h"

namespace Traedesten::Ui {

NewVersionCommand::NewVersionCommand(
    Storage::Caseload &caseload, QString fromPlanId, const QString &text, ErrorHandler onError)
    : StoreCommand(text, std::move(onError))
    , m_caseload(caseload)
    , m_from(std::move(fromPlanId))
{ }

Status NewVersionCommand::apply()
{
    if (m_created)
        return m_caseload.plans().restorePlan(m_plan, m_goals, m_interventions);
    auto next = m_caseload.plans().startNewVersion(m_from);
    if (!next)
        return next.error();
    m_plan = *next;
    m_goals = m_caseload.plans().goals(m_plan.id).value_or({});
    m_interventions = m_caseload.plans().interventions(m_plan.id).value_or({});
    m_created = true;
    return {};
}

Status NewVersionCommand::revert()
{
    return m_caseload.plans().removePlan(m_plan.id);
}

} // namespace Traedesten::Ui
