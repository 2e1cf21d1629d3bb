#pragma once

#include "StoreCommand.h"
#include "domain/FamilyPlan.h"

#include <QList>

namespace Traedesten::Storage {
class Caseload;
}

namespace Traedesten::Ui {

/// Starts a new version of a family plan from the newest one; undo removes it, redo puts back exactly the same.
class NewVersionCommand : public StoreCommand
{
public:
    NewVersionCommand(Storage::Caseload &caseload, QString fromPlanId, const QString &text, ErrorHandler onError);
    const Domain::FamilyPlan &plan() const { return m_plan; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Storage::Caseload &m_caseload;
    QString m_from;
    bool m_created = false;
    Domain::FamilyPlan m_plan;
    QList<Domain::FamilyGoal> m_goals;
    QList<Domain::Intervention> m_interventions;
};

} // namespace Traedesten::Ui
