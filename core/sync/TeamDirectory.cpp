#include "TeamDirectory.h"

#include "PgConnection.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace Traedesten::Sync {

QJsonObject CaseShare::toJson() const
{
    return QJsonObject { { QStringLiteral("grantee"), grantee }, { QStringLiteral("name"), name },
        { QStringLiteral("is_team"), isTeam }, { QStringLiteral("can_write"), canWrite },
        { QStringLiteral("department"),
            department.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(department) } };
}

CaseShare CaseShare::fromJson(const QJsonObject &json)
{
    return CaseShare { json.value(QStringLiteral("grantee")).toString(), json.value(QStringLiteral("name")).toString(),
        json.value(QStringLiteral("is_team")).toBool(), json.value(QStringLiteral("can_write")).toBool(),
        json.value(QStringLiteral("department")).toString() };
}

QJsonObject CaseAccessInfo::toJson() const
{
    QJsonArray list;
    for (const CaseShare &share : shares)
        list.append(share.toJson());
    return QJsonObject { { QStringLiteral("case_id"), caseId }, { QStringLiteral("kind"), kind },
        { QStringLiteral("owner"), owner }, { QStringLiteral("owner_name"), ownerName },
        { QStringLiteral("shares"), list } };
}

CaseAccessInfo CaseAccessInfo::fromJson(const QJsonObject &json)
{
    CaseAccessInfo info { json.value(QStringLiteral("case_id")).toString(),
        json.value(QStringLiteral("kind")).toString(), json.value(QStringLiteral("owner")).toString(),
        json.value(QStringLiteral("owner_name")).toString(), {} };
    for (const QJsonValue &share : json.value(QStringLiteral("shares")).toArray())
        info.shares.append(CaseShare::fromJson(share.toObject()));
    return info;
}

QJsonArray CaseAccessInfo::toJson(const QList<CaseAccessInfo> &cases)
{
    QJsonArray out;
    for (const CaseAccessInfo &info : cases)
        out.append(info.toJson());
    return out;
}

QList<CaseAccessInfo> CaseAccessInfo::fromJson(const QJsonArray &json)
{
    QList<CaseAccessInfo> out;
    out.reserve(json.size());
    for (const QJsonValue &info : json)
        out.append(fromJson(info.toObject()));
    return out;
}

Result<QList<CaseAccessInfo>> TeamDirectory::caseOverview(PgConnection &connection)
{
    auto rows
        = connection.exec("SELECT case_id, kind, owner, owner_name, shares::text FROM traedesten.case_overview()");
    if (!rows)
        return rows.error();
    QList<CaseAccessInfo> cases;
    cases.reserve(rows->rows());
    for (int i = 0; i < rows->rows(); ++i) {
        CaseAccessInfo info { rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3), {} };
        for (const QJsonValue &share : QJsonDocument::fromJson(rows->text(i, 4).toUtf8()).array())
            info.shares.append(CaseShare::fromJson(share.toObject()));
        cases.append(info);
    }
    return cases;
}

Result<QList<Colleague>> TeamDirectory::colleagues(PgConnection &connection)
{
    auto rows = connection.exec("SELECT role_name, display_name, is_team FROM traedesten.colleagues()");
    if (!rows)
        return rows.error();
    QList<Colleague> people;
    people.reserve(rows->rows());
    for (int i = 0; i < rows->rows(); ++i)
        people.append(Colleague { rows->text(i, 0), rows->text(i, 1), rows->text(i, 2) == QLatin1String("t") });
    return people;
}

Result<bool> TeamDirectory::isProgrammeMember(PgConnection &connection)
{
    auto rows = connection.exec("SELECT traedesten.is_programme(session_user)");
    if (!rows)
        return rows.error();
    return rows->rows() == 1 && rows->text(0, 0) == QLatin1String("t");
}

} // namespace Traedesten::Sync
