#include "FamilyPlanRules.h"

#include <QSet>

namespace Traedesten::Domain {

QHash<QString, QStringList> missingConsents(
    const QList<Intervention> &interventions, const QList<Consent> &consents, const QDate &day)
{
    QSet<QString> valid; // "member|department"
    for (const Consent &c : consents) {
        if (c.isValidOn(day))
            valid.insert(c.memberId + QLatin1Char('|') + c.departmentId);
    }
    QHash<QString, QStringList> missing;
    for (const Intervention &i : interventions) {
        for (const QString &m : i.memberIds) {
            if (!valid.contains(m + QLatin1Char('|') + i.departmentId))
                missing[i.id] << m;
        }
    }
    return missing;
}

bool signsFamilyPlan(const HouseholdMember &member, const QDate &birthDate, const QDate &day)
{
    if (member.role == MemberRole::Adult)
        return member.parentalResponsibility || !member.citizenId.isEmpty();
    if (birthDate.isValid() && day.isValid()) {
        const QDate fifteenth = birthDate.addYears(OwnSignatureAge);
        return fifteenth.isValid() && fifteenth <= day;
    }
    return member.birthYear > 0 && day.isValid() && day.year() - member.birthYear >= OwnSignatureAge;
}

} // namespace Traedesten::Domain
