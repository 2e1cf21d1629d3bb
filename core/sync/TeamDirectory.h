#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Traedesten::Sync {

class PgConnection;

/// One share of a case: with whom, and what it allows.
struct CaseShare
{
    QString grantee; ///< the colleague's or team's role name
    QString name; ///< their display name (the role name when they have none)
    bool isTeam = false;
    bool canWrite = false;
    QString department; ///< empty: the whole case; else a household shared for this department (with consent)

    QJsonObject toJson() const;
    static CaseShare fromJson(const QJsonObject &json);
    friend bool operator==(const CaseShare &, const CaseShare &) = default;
};

/// Who owns a case on the team server and with whom it is shared (no citizen data: ids and people).
struct CaseAccessInfo
{
    QString caseId; ///< the citizen's or household's id
    QString kind; ///< "citizen" or "household"
    QString owner; ///< the owner's role name
    QString ownerName; ///< their display name (the role name when they have none)
    QList<CaseShare> shares; ///< by grantee

    /// {"case_id", "kind", "owner", "owner_name", "shares": [{"grantee", "name", "is_team", "can_write",
    /// "department" (null for the whole case)}]}: the server's shape, kept in a case file's sync_state.
    QJsonObject toJson() const;
    static CaseAccessInfo fromJson(const QJsonObject &json);
    /// A list of them as a JSON array, and back.
    static QJsonArray toJson(const QList<CaseAccessInfo> &cases);
    static QList<CaseAccessInfo> fromJson(const QJsonArray &json);
    friend bool operator==(const CaseAccessInfo &, const CaseAccessInfo &) = default;
};

/// A support person or team a case can be transferred or shared to.
struct Colleague
{
    QString role; ///< the PostgreSQL role name (what transfer() and share() take)
    QString name; ///< the display name (the role name when they have none)
    bool isTeam = false;
    friend bool operator==(const Colleague &, const Colleague &) = default;
};

/**
 * Who is who on the team server and who may see which case, for the program's dialogs (transfer, share)
 * and its list of cases. Each call is one statement on @p connection (a support person's, as SyncEngine
 * uses: not thread-safe, run it off the GUI thread like a sync); errors are PgConnection's
 * (ServerUnreachable, ServerRefused, ServerFailed).
 */
class TeamDirectory
{
public:
    /// Every citizen's and household's case the connection's user may read (traedesten.case_overview()),
    /// with its owner and shares; ordered by kind, then id. A programme member gets every case.
    static Result<QList<CaseAccessInfo>> caseOverview(PgConnection &connection);
    /// Every support person and team but the user and the programme's members
    /// (traedesten.colleagues()), by display name.
    static Result<QList<Colleague>> colleagues(PgConnection &connection);
    /// Whether the user is a member of the programme role (figures of every case, pseudonymised, no writes).
    static Result<bool> isProgrammeMember(PgConnection &connection);
};

} // namespace Traedesten::Sync
