#pragma once

#include "Migration.h"

#include <QByteArrayList>

namespace Traedesten::Storage::Schema {

/// PRAGMA application_id of a case file: "TRDS".
constexpr int ApplicationId = 0x54524453;

/// Every migration of the case-file schema, version 1 onwards.
const MigrationPlan &migrations();

/// The schema version this program writes.
int currentVersion();

/// The tables the schema's triggers keep from other tables (what each budget has used, from the ledger; what
/// the caseload list shows of each citizen's goals, stepping stones and journal): derived data, no record
/// kind's. The program never writes them; they hold nothing of their own to export, erase or synchronise
/// (their rows go with the budget or the citizen), and they are the same for the same records.
const QByteArrayList &derivedTables();

/// The tables synchronisation with the team server keeps (SyncStore): its state, the records as the server
/// last had them, open conflicts and refused changes. No record kind's; an erasure clears the citizen's rows.
const QByteArrayList &syncTables();

} // namespace Traedesten::Storage::Schema
