#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Traedesten::Storage {

class CaseFile;
class Database;

/// A JSON value as compact text ("\"x\"", "3", "null"), as the server's jsonb and sync_conflict hold it.
QString jsonValueText(const QJsonValue &value);
/// The value of such a text; an empty text (SQL NULL) is JSON null.
QJsonValue jsonValueFromText(const QString &text);

/// One record's change as the team server knows it (docs/team-server-design.md).
struct SyncChange
{
    QString kind; ///< the record kind's audit name, e.g. "stepping_stone"
    QString id;
    QString caseId; ///< the case it is shared in: a citizen's id, a household's id, or "catalogue"
    qint64 version = 0; ///< going out: the base version (0: new to the server); coming in: the server's version
    QJsonObject fields; ///< going out: the changed fields; coming in: every field
    QJsonObject base; ///< going out: the changed fields' values at the base version
    bool deleted = false;
    bool appendOnly = false;
    QString author; ///< coming in: who made the change on the server (the audit log names them)

    QJsonObject toJson() const;
};

/// A field changed on both sides, kept by the server until a person resolves it.
struct SyncConflict
{
    qint64 id = 0; ///< the server's
    QString kind;
    QString recordId;
    QString caseId;
    QString field; ///< a column name, or "budget_cap" for a purchase past the budget cap
    QJsonValue base;
    QJsonValue mine; ///< the value pushed (for budget_cap: the whole entry)
    QJsonValue theirs; ///< the server's value (for budget_cap: {"used_minor", "cap_minor"})
    QString who;
    QDateTime at;
    std::optional<QJsonValue> resolution; ///< chosen here, sent at the next synchronisation
    QString title; ///< what the record is called here (a goal's words, a stone's title, …), if it is here
    QString caseName; ///< the citizen's or household's name here, if it is here
};

/// What one push sends, made once and kept in the file until the server has answered, so that a retry
/// after a lost answer sends the same batch id and the server applies nothing twice.
struct OutgoingBatch
{
    QString batchId;
    qint64 uptoSeq = 0; ///< the audit sequence the batch covers; the next one starts after it
    QList<SyncChange> changes; ///< parents before children; deletions last, children first
    QStringList erasedCitizens; ///< erased here: the server erases them too (owner only)
    QList<std::pair<qint64, QJsonValue>> resolutions; ///< conflict id, chosen value
    bool resent = false; ///< a batch made earlier whose answer never came

    bool isEmpty() const { return changes.isEmpty() && erasedCitizens.isEmpty() && resolutions.isEmpty(); }
    QByteArray changesJson() const;
};

/// Where the last pull stopped: the server's (transaction, sequence) of its last change.
struct PullCursor
{
    QByteArray tx = "0";
    qint64 seq = 0;
};

/**
 * The case file's side of synchronisation: the outbox (what changed here since the last push, read from
 * the audit log, which every change already writes in its own transaction), the records as the server last
 * had them (sync_base), and applying what the server sends. Every function is one transaction of the
 * CaseFile; none speaks to the server (SyncEngine does), so the network can wait on a worker thread.
 */
class SyncStore
{
public:
    /// Ties the file to one server and user at its first synchronisation; afterwards refuses another
    /// (ErrorCode::SyncOtherServer): its cursors and bases mean nothing there.
    static Status bindServer(CaseFile &file, const QString &serverId, const QString &user);
    /// The batch to push: the one kept from an unanswered push, else a new one (kept until pushed()).
    /// The file's first push sends every record it holds, as new.
    static Result<OutgoingBatch> outgoing(CaseFile &file);
    /// The server answered @p batch with @p answer (push_batch's): the next batch starts after it; what it
    /// refused ({"kind", "id", "reason"}) is kept for the person to see; the records as the push left
    /// them become their bases (and show the server's value of a field that became a conflict).
    static Status pushed(CaseFile &file, const OutgoingBatch &batch, const QJsonObject &answer);

    static Result<PullCursor> cursor(CaseFile &file);
    /// Applies pulled changes in the server's order and moves the cursor to @p next, in one transaction.
    /// A record changed here and not yet pushed is left as it is: the next push merges it on the server.
    /// Returns how many records changed here.
    static Result<int> applyPulled(CaseFile &file, const QList<SyncChange> &changes, const PullCursor &next);
    /// Applies a case's records as they stand on the server (access was just given), then moves the cursor.
    static Result<int> applySnapshot(CaseFile &file, const QList<SyncChange> &records, const PullCursor &next);
    /// Removes every record of the case (access withdrawn, or @p erased everywhere) with its bases and
    /// conflicts, then moves the cursor. Returns how many records went.
    static Result<int> removeCase(CaseFile &file, const QString &caseId, bool erased, const PullCursor &next);
    /// The cases this file holds records of (citizens, households; not the catalogue).
    static Result<bool> holdsCase(CaseFile &file, const QString &caseId);

    /**
     * Inside an erasure's transaction: forgets what synchronisation kept of the citizen (the bases of the
     * records @p removed, "kind:id", the case's conflicts and refusals, its changes in a batch not yet
     * answered), so no trace stays in the file. The server erases the citizen at the next push.
     */
    static void forgetCitizen(Database &db, const QString &citizenId, const QStringList &removed);

    /// Replaces the open conflicts by the server's, keeping resolutions chosen here and not yet sent.
    static Status replaceConflicts(CaseFile &file, const QList<SyncConflict> &open);
    static Result<QList<SyncConflict>> conflicts(CaseFile &file);
    /// Chooses @p value for the conflict (none: no choice yet); it is sent at the next synchronisation.
    /// ErrorCode::AlreadySynced when the conflict is no longer here (its resolution was sent).
    static Status resolve(CaseFile &file, qint64 conflictId, const std::optional<QJsonValue> &value);
    static Status resolve(CaseFile &file, qint64 conflictId, const QJsonValue &value)
    {
        return resolve(file, conflictId, std::optional<QJsonValue>(value));
    }
    /// What the server said last of who owns and shares the cases this file holds (JSON; empty: never
    /// asked), so the caseload shows it offline too.
    static Result<QByteArray> caseAccess(CaseFile &file);
    static Status setCaseAccess(CaseFile &file, const QByteArray &json);
    /// Changes the server refused ("kind", "id", "case_id", "reason"), newest first.
    static Result<QJsonArray> refusals(CaseFile &file);
    /// How many records changed here since the last push (the status bar's "n changes waiting").
    static Result<int> waitingChanges(CaseFile &file);
};

} // namespace Traedesten::Storage
