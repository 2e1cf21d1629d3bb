#pragma once

#include "domain/Citizen.h"
#include "domain/TargetGroup.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Traedesten::Ui {

/**
 * Search as you type and the caseload's filters. The search matches every
 * word typed, anywhere in the name, household or goals, against text the
 * source model lower-cased once when it loaded.
 */
class CaseloadFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseloadFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    /// Empty: any status.
    void setStatus(std::optional<Domain::CitizenStatus> status);
    /// Empty: any target group.
    void setTargetGroup(std::optional<Domain::TargetGroup> group);
    /// Empty: any support person.
    void setSupportPerson(const QString &name);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<Domain::CitizenStatus> m_status;
    std::optional<Domain::TargetGroup> m_group;
    QString m_supportPerson;
};

} // namespace Traedesten::Ui
