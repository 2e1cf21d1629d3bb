#include "Schema.h"

#include "Database.h"
#include "Statement.h"

#include <QStringList>

namespace Traedesten::Storage::Schema {

namespace {

// Version 1: the file's own settings and the append-only audit log.
void version1(Database &db)
{
    db.execute("PRAGMA application_id = 1414677587"); // 0x54524453, "TRDS"
    db.execute(R"sql(
        CREATE TABLE file_setting (
            key         TEXT PRIMARY KEY NOT NULL,
            value       TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        ) WITHOUT ROWID
    )sql");
    db.execute(R"sql(
        CREATE TABLE audit_event (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            id          TEXT NOT NULL UNIQUE,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            action      TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id   TEXT,
            citizen_id  TEXT
        )
    )sql");
    db.execute("CREATE INDEX audit_event_citizen ON audit_event (citizen_id, seq)");
    db.execute(R"sql(
        CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END
    )sql");
    db.execute(R"sql(
        CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END
    )sql");
}

// Version 2: the caseload: households and members, citizens, long-term
// goals, stepping stones and journal notes.
void version2(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE household (
            id                  TEXT PRIMARY KEY NOT NULL,
            name                TEXT NOT NULL,
            family_coordinator  TEXT NOT NULL DEFAULT '',
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL
        )
    )sql");
    db.execute(R"sql(
        CREATE TABLE citizen (
            id              TEXT PRIMARY KEY NOT NULL,
            name            TEXT NOT NULL,
            cpr             TEXT NOT NULL DEFAULT '',
            birth_date      TEXT,
            phone           TEXT NOT NULL DEFAULT '',
            email           TEXT NOT NULL DEFAULT '',
            address         TEXT NOT NULL DEFAULT '',
            target_groups   TEXT NOT NULL DEFAULT '',
            status          TEXT NOT NULL CHECK (status IN ('active', 'closed')),
            start_date      TEXT,
            end_date        TEXT,
            support_person  TEXT NOT NULL DEFAULT '',
            household_id    TEXT REFERENCES household (id) ON DELETE SET NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX citizen_household ON citizen (household_id)");
    db.execute(R"sql(
        CREATE TABLE household_member (
            id                      TEXT PRIMARY KEY NOT NULL,
            household_id            TEXT NOT NULL REFERENCES household (id) ON DELETE CASCADE,
            name                    TEXT NOT NULL,
            birth_year              INTEGER NOT NULL DEFAULT 0,
            role                    TEXT NOT NULL CHECK (role IN ('adult', 'child')),
            relation                TEXT NOT NULL DEFAULT '',
            parental_responsibility INTEGER NOT NULL DEFAULT 0,
            citizen_id              TEXT REFERENCES citizen (id) ON DELETE SET NULL,
            position                INTEGER NOT NULL DEFAULT 0,
            created_at              TEXT NOT NULL,
            updated_at              TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX household_member_household ON household_member (household_id, position)");
    db.execute(R"sql(
        CREATE TABLE goal (
            id          TEXT PRIMARY KEY NOT NULL,
            citizen_id  TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
            own_words   TEXT NOT NULL,
            category    TEXT NOT NULL,
            status      TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'dropped')),
            position    INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX goal_citizen ON goal (citizen_id, position)");
    db.execute(R"sql(
        CREATE TABLE stepping_stone (
            id          TEXT PRIMARY KEY NOT NULL,
            goal_id     TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
            title       TEXT NOT NULL,
            position    INTEGER NOT NULL DEFAULT 0,
            due_date    TEXT,
            status      TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX stepping_stone_goal ON stepping_stone (goal_id, position)");
    db.execute("CREATE INDEX stepping_stone_due ON stepping_stone (status, due_date)");
    db.execute(R"sql(
        CREATE TABLE note (
            id           TEXT PRIMARY KEY NOT NULL,
            citizen_id   TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
            date         TEXT NOT NULL,
            place        TEXT NOT NULL DEFAULT '',
            participants TEXT NOT NULL DEFAULT '',
            text         TEXT NOT NULL,
            agreements   TEXT NOT NULL DEFAULT '',
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX note_citizen_date ON note (citizen_id, date)");
}

// Version 3: personal budgets, their ledgers, spending categories and receipts.
void version3(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE budget (
            id            TEXT PRIMARY KEY NOT NULL,
            citizen_id    TEXT NOT NULL UNIQUE REFERENCES citizen (id) ON DELETE CASCADE,
            cap_minor     INTEGER NOT NULL CHECK (cap_minor > 0),
            currency      TEXT NOT NULL,
            period_start  TEXT NOT NULL,
            months        INTEGER NOT NULL CHECK (months IN (12, 15)),
            status        TEXT NOT NULL CHECK (status IN ('active', 'closed')),
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        )
    )sql");
    db.execute(R"sql(
        CREATE TABLE spending_category (
            id          TEXT PRIMARY KEY NOT NULL,
            code        TEXT NOT NULL DEFAULT '',
            name        TEXT NOT NULL DEFAULT '',
            position    INTEGER NOT NULL DEFAULT 0,
            archived    INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        )
    )sql");
    // The built-in categories, with fixed ids so files can be compared and merged.
    const char *const codes[] = { "transport", "health", "clothing", "housing", "furniture", "phone_it", "education",
        "leisure", "documents", "debt", "other" };
    Statement insert = db.prepare(R"sql(
        INSERT INTO spending_category (id, code, name, position, archived, created_at, updated_at)
        VALUES (?1, ?1, '', ?2, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )sql");
    int position = 0;
    for (const char *code : codes) {
        insert.bind(1, QString::fromLatin1(code)).bind(2, position++).run();
        insert.reset();
    }
    // Stepping stones and categories with purchases cannot be deleted (RESTRICT): the money stays explained.
    db.execute(R"sql(
        CREATE TABLE ledger_entry (
            id                    TEXT PRIMARY KEY NOT NULL,
            budget_id             TEXT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
            kind                  TEXT NOT NULL CHECK (kind IN ('purchase', 'refund', 'adjustment')),
            state                 TEXT NOT NULL CHECK (state IN ('reserved', 'paid', 'voided')),
            date                  TEXT NOT NULL,
            amount_minor          INTEGER NOT NULL,
            payee                 TEXT NOT NULL DEFAULT '',
            description           TEXT NOT NULL DEFAULT '',
            category_id           TEXT REFERENCES spending_category (id) ON DELETE RESTRICT,
            stone_id              TEXT REFERENCES stepping_stone (id) ON DELETE RESTRICT,
            bought_by             TEXT NOT NULL DEFAULT '',
            decided_with_citizen  INTEGER NOT NULL DEFAULT 0,
            void_reason           TEXT NOT NULL DEFAULT '',
            created_at            TEXT NOT NULL,
            updated_at            TEXT NOT NULL,
            CHECK (kind <> 'purchase' OR stone_id IS NOT NULL)
        )
    )sql");
    db.execute("CREATE INDEX ledger_entry_budget ON ledger_entry (budget_id, date)");
    db.execute("CREATE INDEX ledger_entry_stone ON ledger_entry (stone_id)");
    db.execute(R"sql(
        CREATE TABLE attachment (
            id          TEXT PRIMARY KEY NOT NULL,
            entry_id    TEXT NOT NULL REFERENCES ledger_entry (id) ON DELETE CASCADE,
            file_name   TEXT NOT NULL,
            mime_type   TEXT NOT NULL,
            size        INTEGER NOT NULL,
            bytes       BLOB NOT NULL,
            created_at  TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX attachment_entry ON attachment (entry_id)");
}

// Version 4: the shared family plan: departments, versioned plans, family
// goals, interventions in priority order, and consents per member and department.
void version4(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE department (
            id          TEXT PRIMARY KEY NOT NULL,
            code        TEXT NOT NULL DEFAULT '',
            name        TEXT NOT NULL DEFAULT '',
            position    INTEGER NOT NULL DEFAULT 0,
            archived    INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        )
    )sql");
    const char *const codes[] = { "job_centre", "family", "housing_social", "school", "health_psychiatry" };
    Statement insert = db.prepare(R"sql(
        INSERT INTO department (id, code, name, position, archived, created_at, updated_at)
        VALUES (?1, ?1, '', ?2, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )sql");
    int position = 0;
    for (const char *code : codes) {
        insert.bind(1, QString::fromLatin1(code)).bind(2, position++).run();
        insert.reset();
    }
    db.execute(R"sql(
        CREATE TABLE family_plan (
            id            TEXT PRIMARY KEY NOT NULL,
            household_id  TEXT NOT NULL REFERENCES household (id) ON DELETE CASCADE,
            version       INTEGER NOT NULL CHECK (version > 0),
            status        TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
            signed_on     TEXT,
            review_date   TEXT,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            UNIQUE (household_id, version)
        )
    )sql");
    db.execute(R"sql(
        CREATE TABLE family_goal (
            id               TEXT PRIMARY KEY NOT NULL,
            plan_id          TEXT NOT NULL REFERENCES family_plan (id) ON DELETE CASCADE,
            text             TEXT NOT NULL,
            linked_goal_ids  TEXT NOT NULL DEFAULT '',
            position         INTEGER NOT NULL DEFAULT 0,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX family_goal_plan ON family_goal (plan_id, position)");
    db.execute(R"sql(
        CREATE TABLE intervention (
            id                  TEXT PRIMARY KEY NOT NULL,
            plan_id             TEXT NOT NULL REFERENCES family_plan (id) ON DELETE CASCADE,
            member_ids          TEXT NOT NULL DEFAULT '',
            department_id       TEXT NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
            title               TEXT NOT NULL,
            purpose             TEXT NOT NULL DEFAULT '',
            responsible_person  TEXT NOT NULL DEFAULT '',
            responsible_role    TEXT NOT NULL DEFAULT '',
            start_date          TEXT,
            end_date            TEXT,
            status              TEXT NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'stopped')),
            position            INTEGER NOT NULL DEFAULT 0,
            next_follow_up      TEXT,
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX intervention_plan ON intervention (plan_id, department_id, position)");
    db.execute("CREATE INDEX intervention_follow_up ON intervention (next_follow_up)");
    db.execute(R"sql(
        CREATE TABLE consent (
            id             TEXT PRIMARY KEY NOT NULL,
            household_id   TEXT NOT NULL REFERENCES household (id) ON DELETE CASCADE,
            member_id      TEXT NOT NULL REFERENCES household_member (id) ON DELETE CASCADE,
            department_id  TEXT NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
            scope          TEXT NOT NULL DEFAULT '',
            given_on       TEXT NOT NULL,
            expires_on     TEXT,
            withdrawn_on   TEXT,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX consent_household ON consent (household_id, member_id, department_id)");
}

// Version 5: effect. End assessments of goals, indicators and measurements, and the public
// benefits of household members with their monthly cost (relational budgeting).
void version5(Database &db)
{
    db.execute("ALTER TABLE goal ADD COLUMN own_assessment TEXT NOT NULL DEFAULT ''");
    db.execute("ALTER TABLE goal ADD COLUMN support_assessment TEXT NOT NULL DEFAULT ''");
    db.execute(R"sql(
        CREATE TABLE indicator (
            id                TEXT PRIMARY KEY NOT NULL,
            code              TEXT NOT NULL DEFAULT '',
            name              TEXT NOT NULL DEFAULT '',
            unit              TEXT NOT NULL DEFAULT '',
            type              TEXT NOT NULL CHECK (type IN ('number', 'scale', 'category', 'yes_no')),
            minimum           REAL NOT NULL DEFAULT 0,
            maximum           REAL NOT NULL DEFAULT 0,
            categories        TEXT NOT NULL DEFAULT '',
            higher_is_better  INTEGER NOT NULL DEFAULT 1,
            position          INTEGER NOT NULL DEFAULT 0,
            archived          INTEGER NOT NULL DEFAULT 0,
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL
        )
    )sql");
    struct BuiltIn
    {
        const char *code;
        const char *type;
        double minimum;
        double maximum;
        const char *categories; // newline-separated codes
        bool higherIsBetter;
    };
    const BuiltIn indicators[] = {
        { "employment_status", "category", 0, 0,
            "ordinary_job\nsubsidised_job\neducation\nunemployed\nsick_leave\ndisability_pension\nother", true },
        { "weekly_hours", "number", 0, 80, "", true },
        { "monthly_income", "number", 0, 0, "", true },
        { "housing", "category", 0, 0,
            "own_home\nwith_family_or_friends\nsupported_housing\nhostel\nrough_sleeping\ninstitution\nother", true },
        { "who5", "scale", 0, 100, "", true },
        { "self_rated_health", "scale", 1, 5, "", true },
        { "school_absence", "number", 0, 100, "", false },
        { "leisure_activity", "yes_no", 0, 1, "", true },
        { "ffb_self_care", "scale", 0, 4, "", false },
        { "ffb_practical", "scale", 0, 4, "", false },
        { "ffb_mobility", "scale", 0, 4, "", false },
        { "ffb_community", "scale", 0, 4, "", false },
        { "ffb_social", "scale", 0, 4, "", false },
        { "ffb_health", "scale", 0, 4, "", false },
        { "ffb_communication", "scale", 0, 4, "", false },
        { "ffb_mental", "scale", 0, 4, "", false },
        { "cash_benefit", "category", 0, 0, "self_supporting\npartly_on_benefits\nfully_on_benefits", true },
    };
    Statement insertIndicator = db.prepare(R"sql(
        INSERT INTO indicator (id, code, type, minimum, maximum, categories, higher_is_better, position,
                               created_at, updated_at)
        VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )sql");
    int position = 0;
    for (const BuiltIn &i : indicators) {
        insertIndicator.bind(1, QString::fromLatin1(i.code))
            .bind(2, QString::fromLatin1(i.type))
            .bind(3, i.minimum)
            .bind(4, i.maximum)
            .bind(5, QString::fromLatin1(i.categories))
            .bind(6, i.higherIsBetter ? 1 : 0)
            .bind(7, position++)
            .run();
        insertIndicator.reset();
    }
    db.execute(R"sql(
        CREATE TABLE measurement (
            id            TEXT PRIMARY KEY NOT NULL,
            citizen_id    TEXT NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
            indicator_id  TEXT NOT NULL REFERENCES indicator (id) ON DELETE RESTRICT,
            measured_on   TEXT NOT NULL,
            value         REAL NOT NULL DEFAULT 0,
            category      TEXT NOT NULL DEFAULT '',
            items         TEXT NOT NULL DEFAULT '',
            measured_by   TEXT NOT NULL DEFAULT '',
            note          TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL
        )
    )sql");
    db.execute("CREATE INDEX measurement_citizen ON measurement (citizen_id, indicator_id, measured_on)");
    // Covering indexes for the caseload report: baseline and latest per citizen and indicator,
    // and the use of each budget, read without visiting the tables' pages.
    db.execute("CREATE INDEX measurement_series ON measurement (indicator_id, citizen_id, measured_on, created_at, "
               "id, value)");
    db.execute("CREATE INDEX ledger_entry_use ON ledger_entry (budget_id, state, kind, amount_minor, category_id)");

    db.execute(R"sql(
        CREATE TABLE benefit_type (
            id             TEXT PRIMARY KEY NOT NULL,
            code           TEXT NOT NULL DEFAULT '',
            name           TEXT NOT NULL DEFAULT '',
            department_id  TEXT REFERENCES department (id) ON DELETE SET NULL,
            position       INTEGER NOT NULL DEFAULT 0,
            archived       INTEGER NOT NULL DEFAULT 0,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL
        )
    )sql");
    const std::pair<const char *, const char *> types[] = {
        { "cash_benefit", "job_centre" },
        { "housing_benefit", "housing_social" },
        { "sickness_benefit", "job_centre" },
        { "disability_pension", "job_centre" },
        { "family_treatment", "family" },
        { "placement", "family" },
        { "contact_person", "family" },
        { "preventive_measures", "family" },
        { "psychiatric_support", "health_psychiatry" },
        { "other", "" },
    };
    Statement insertType = db.prepare(R"sql(
        INSERT INTO benefit_type (id, code, department_id, position, created_at, updated_at)
        VALUES (?1, ?1, (SELECT id FROM department WHERE code = ?2 AND code <> ''), ?3,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )sql");
    position = 0;
    for (const auto &[code, department] : types) {
        insertType.bind(1, QString::fromLatin1(code))
            .bind(2, QString::fromLatin1(department))
            .bind(3, position++)
            .run();
        insertType.reset();
    }
    db.execute(R"sql(
        CREATE TABLE benefit (
            id                  TEXT PRIMARY KEY NOT NULL,
            member_id           TEXT NOT NULL REFERENCES household_member (id) ON DELETE CASCADE,
            type_id             TEXT NOT NULL REFERENCES benefit_type (id) ON DELETE RESTRICT,
            department_id       TEXT NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
            monthly_cost_minor  INTEGER NOT NULL CHECK (monthly_cost_minor >= 0),
            start_date          TEXT NOT NULL,
            end_date            TEXT,
            note                TEXT NOT NULL DEFAULT '',
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL,
            CHECK (end_date IS NULL OR end_date >= start_date)
        )
    )sql");
    db.execute("CREATE INDEX benefit_member ON benefit (member_id, start_date)");
}

/// Moves the comma-joined ids of @p column in @p table into @p joinTable, in their order, keeping those that
/// @p keep (SQL with ?1 the owner's id and ?2 the listed id) accepts; a repeated id is kept once.
void moveList(Database &db, const char *table, const char *column, const char *joinTable, const char *ownerColumn,
    const char *valueColumn, const char *keep)
{
    Statement rows = db.prepare(
        (QByteArray("SELECT id, ") + column + " FROM " + table + " WHERE " + column + " <> ''").constData());
    Statement insert = db.prepare((QByteArray("INSERT INTO ") + joinTable + " (" + ownerColumn + ", " + valueColumn
        + ", position) SELECT ?1, ?2, ?3 WHERE " + keep)
                                      .constData());
    while (rows.next()) {
        const QString owner = rows.text(0);
        QStringList kept;
        for (const QString &id : rows.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (kept.contains(id))
                continue;
            insert.bind(1, owner).bind(2, id).bind(3, static_cast<int>(kept.size())).run();
            if (db.changes() > 0)
                kept.append(id);
            insert.reset();
        }
    }
}

// Version 6: references that the database keeps. An intervention's members and a family goal's links to
// citizens' goals move from comma-joined text into join tables with foreign keys (ids that name nothing, or
// a member of another household, are dropped); a consent's household is its member's household (a
// composite foreign key, the consent table rebuilt); what a ledger entry uses of its budget is said once,
// in the view ledger_use. Runs with foreign keys off for the rebuild.
void version6(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE intervention_member (
            intervention_id  TEXT NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
            member_id        TEXT NOT NULL REFERENCES household_member (id) ON DELETE CASCADE,
            position         INTEGER NOT NULL,
            PRIMARY KEY (intervention_id, member_id)
        ) WITHOUT ROWID
    )sql");
    db.execute("CREATE INDEX intervention_member_member ON intervention_member (member_id)");
    db.execute(R"sql(
        CREATE TABLE family_goal_link (
            family_goal_id  TEXT NOT NULL REFERENCES family_goal (id) ON DELETE CASCADE,
            goal_id         TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            PRIMARY KEY (family_goal_id, goal_id)
        ) WITHOUT ROWID
    )sql");
    db.execute("CREATE INDEX family_goal_link_goal ON family_goal_link (goal_id)");
    moveList(db, "intervention", "member_ids", "intervention_member", "intervention_id", "member_id", R"sql(
        EXISTS (SELECT 1 FROM intervention i JOIN family_plan p ON p.id = i.plan_id
                JOIN household_member m ON m.household_id = p.household_id WHERE i.id = ?1 AND m.id = ?2))sql");
    moveList(db, "family_goal", "linked_goal_ids", "family_goal_link", "family_goal_id", "goal_id",
        "EXISTS (SELECT 1 FROM goal WHERE id = ?2)");
    db.execute("ALTER TABLE intervention DROP COLUMN member_ids");
    db.execute("ALTER TABLE family_goal DROP COLUMN linked_goal_ids");

    // The consent's member decides its household.
    db.execute("CREATE UNIQUE INDEX household_member_identity ON household_member (household_id, id)");
    db.execute(R"sql(
        CREATE TABLE consent_v6 (
            id             TEXT PRIMARY KEY NOT NULL,
            household_id   TEXT NOT NULL REFERENCES household (id) ON DELETE CASCADE,
            member_id      TEXT NOT NULL,
            department_id  TEXT NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
            scope          TEXT NOT NULL DEFAULT '',
            given_on       TEXT NOT NULL,
            expires_on     TEXT,
            withdrawn_on   TEXT,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL,
            FOREIGN KEY (household_id, member_id) REFERENCES household_member (household_id, id)
                ON DELETE CASCADE ON UPDATE CASCADE
        )
    )sql");
    db.execute(R"sql(
        INSERT INTO consent_v6 (id, household_id, member_id, department_id, scope, given_on, expires_on,
                                withdrawn_on, created_at, updated_at)
        SELECT c.id, m.household_id, c.member_id, c.department_id, c.scope, c.given_on, c.expires_on,
               c.withdrawn_on, c.created_at, c.updated_at
        FROM consent c JOIN household_member m ON m.id = c.member_id
    )sql");
    db.execute("DROP TABLE consent");
    db.execute("ALTER TABLE consent_v6 RENAME TO consent");
    db.execute("CREATE INDEX consent_household ON consent (household_id, member_id, department_id)");
    db.execute("CREATE INDEX consent_member ON consent (member_id)");

    // The rule for money used, in one place: a voided entry uses nothing, a refund gives its amount back,
    // a purchase (paid or reserved) and an adjustment use theirs.
    db.execute(R"sql(
        CREATE VIEW ledger_use AS
        SELECT id, budget_id, stone_id, category_id, kind, state, date, amount_minor,
               CASE kind WHEN 'refund' THEN -amount_minor ELSE amount_minor END AS used_minor
        FROM ledger_entry WHERE state <> 'voided'
    )sql");
}

// Version 7: what each budget has used, kept by triggers as ledger entries change, so that the caseload
// list, the report and the export read one row per budget instead of summing the whole ledger (~500,000
// entries at 10,000 citizens). Derived data, not records: the triggers are the only writers, and what they
// add or take away is read from the view ledger_use, so the rule for money used stays in one place. A budget
// has a row while it has entries that use money (not voided), a (budget, category) pair while it has
// purchases or refunds in that category ('' for none); the sums agree with the view exactly.
void version7(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE budget_use (
            budget_id   TEXT PRIMARY KEY NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
            used_minor  INTEGER NOT NULL,
            entries     INTEGER NOT NULL
        ) WITHOUT ROWID
    )sql");
    db.execute(R"sql(
        CREATE TABLE budget_category_use (
            budget_id    TEXT NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
            category_id  TEXT NOT NULL,
            used_minor   INTEGER NOT NULL,
            entries      INTEGER NOT NULL,
            PRIMARY KEY (budget_id, category_id)
        ) WITHOUT ROWID
    )sql");
    db.execute(R"sql(
        INSERT INTO budget_use (budget_id, used_minor, entries)
        SELECT budget_id, SUM(used_minor), COUNT(*) FROM ledger_use GROUP BY budget_id
    )sql");
    db.execute(R"sql(
        INSERT INTO budget_category_use (budget_id, category_id, used_minor, entries)
        SELECT budget_id, COALESCE(category_id, ''), SUM(used_minor), COUNT(*) FROM ledger_use
        WHERE kind IN ('purchase', 'refund') GROUP BY budget_id, COALESCE(category_id, '')
    )sql");

    // An entry's share is added once it is in the table (AFTER) and taken away while it still is (BEFORE),
    // each time as the view reads it; an update takes the old share away and adds the new. Rows left with no
    // entries go, so the tables hold exactly what summing the view gives.
    const char *const add = R"sql(
        INSERT INTO budget_use (budget_id, used_minor, entries)
        SELECT budget_id, used_minor, 1 FROM ledger_use WHERE id = NEW.id
        ON CONFLICT (budget_id) DO UPDATE SET used_minor = budget_use.used_minor + excluded.used_minor,
                                              entries = budget_use.entries + 1;
        INSERT INTO budget_category_use (budget_id, category_id, used_minor, entries)
        SELECT budget_id, COALESCE(category_id, ''), used_minor, 1 FROM ledger_use
        WHERE id = NEW.id AND kind IN ('purchase', 'refund')
        ON CONFLICT (budget_id, category_id) DO UPDATE
            SET used_minor = budget_category_use.used_minor + excluded.used_minor,
                entries = budget_category_use.entries + 1;
    )sql";
    const char *const remove = R"sql(
        UPDATE budget_use SET used_minor = budget_use.used_minor - u.used_minor, entries = budget_use.entries - 1
        FROM (SELECT budget_id, used_minor FROM ledger_use WHERE id = OLD.id) AS u
        WHERE budget_use.budget_id = u.budget_id;
        DELETE FROM budget_use WHERE budget_id = OLD.budget_id AND entries = 0;
        UPDATE budget_category_use
        SET used_minor = budget_category_use.used_minor - u.used_minor, entries = budget_category_use.entries - 1
        FROM (SELECT budget_id, COALESCE(category_id, '') AS category_id, used_minor FROM ledger_use
              WHERE id = OLD.id AND kind IN ('purchase', 'refund')) AS u
        WHERE budget_category_use.budget_id = u.budget_id AND budget_category_use.category_id = u.category_id;
        DELETE FROM budget_category_use WHERE budget_id = OLD.budget_id AND entries = 0;
    )sql";
    // Only the columns the view's rule and grouping read: editing a payee or a description costs nothing.
    const char *const columns = "budget_id, kind, state, amount_minor, category_id, id";
    db.execute((QByteArray("CREATE TRIGGER ledger_entry_use_insert AFTER INSERT ON ledger_entry BEGIN ") + add + " END")
                   .constData());
    db.execute(
        (QByteArray("CREATE TRIGGER ledger_entry_use_delete BEFORE DELETE ON ledger_entry BEGIN ") + remove + " END")
            .constData());
    db.execute((QByteArray("CREATE TRIGGER ledger_entry_use_update_before BEFORE UPDATE OF ") + columns
        + " ON ledger_entry BEGIN " + remove + " END")
                   .constData());
    db.execute((QByteArray("CREATE TRIGGER ledger_entry_use_update_after AFTER UPDATE OF ") + columns
        + " ON ledger_entry BEGIN " + add + " END")
                   .constData());
}

// Version 8: what the caseload list shows of each citizen's goals, stepping stones and journal, kept by
// triggers as budget_use keeps the money (issue 13, item 8: grouping every stepping stone of the caseload
// took most of the 300 ms between unlocking and the list at 10,000 citizens). The view citizen_summary_now
// holds the rule, one row per citizen, each figure a correlated lookup through the indexes; the table
// citizen_summary is that view kept, one row per citizen, rewritten from the view for the one citizen
// whose goals, stones or notes a statement touched. Derived data, not a record kind.
void version8(Database &db)
{
    db.execute(R"sql(
        CREATE VIEW citizen_summary_now AS
        SELECT c.id AS citizen_id,
            (SELECT min(CASE WHEN s.status IN ('planned', 'in_progress') AND s.due_date IS NOT NULL
                             THEN s.due_date || char(31) || printf('%06d', s.position) || char(31) || s.title END)
             FROM goal g JOIN stepping_stone s ON s.goal_id = g.id WHERE g.citizen_id = c.id) AS next_stone,
            (SELECT count(*) FROM goal g JOIN stepping_stone s ON s.goal_id = g.id
             WHERE g.citizen_id = c.id AND s.status = 'done') AS stones_done,
            (SELECT count(*) FROM goal g JOIN stepping_stone s ON s.goal_id = g.id
             WHERE g.citizen_id = c.id AND s.status <> 'dropped') AS stones_total,
            (SELECT group_concat(g.own_words, char(10) ORDER BY g.position) FROM goal g
             WHERE g.citizen_id = c.id) AS goal_words,
            (SELECT max(n.date) FROM note n WHERE n.citizen_id = c.id) AS last_meeting
        FROM citizen c
    )sql");
    db.execute(R"sql(
        CREATE TABLE citizen_summary (
            citizen_id    TEXT PRIMARY KEY NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
            next_stone    TEXT,
            stones_done   INTEGER NOT NULL,
            stones_total  INTEGER NOT NULL,
            goal_words    TEXT,
            last_meeting  TEXT
        ) WITHOUT ROWID
    )sql");
    db.execute("INSERT INTO citizen_summary SELECT * FROM citizen_summary_now");

    // A deleted citizen's row goes by the foreign key; rewriting it for a citizen who is gone (a goal or a
    // note removed with them) selects nothing.
    const auto refresh = [](const QByteArray &citizen) {
        return QByteArray(
                   "INSERT OR REPLACE INTO citizen_summary SELECT * FROM citizen_summary_now WHERE citizen_id = ")
            + citizen + ";";
    };
    const auto trigger = [&](const char *name, const char *when, const QByteArray &body) {
        db.execute((QByteArray("CREATE TRIGGER ") + name + ' ' + when + " BEGIN " + body + " END").constData());
    };
    trigger("citizen_summary_citizen", "AFTER INSERT ON citizen", refresh("NEW.id"));
    const QByteArray stoneOf = "(SELECT citizen_id FROM goal WHERE id = %1.goal_id)";
    const auto ofStone = [&](const char *row) {
        return QByteArray(stoneOf).replace("%1", row);
    };
    trigger("citizen_summary_stone_insert", "AFTER INSERT ON stepping_stone", refresh(ofStone("NEW")));
    trigger("citizen_summary_stone_delete", "AFTER DELETE ON stepping_stone", refresh(ofStone("OLD")));
    trigger("citizen_summary_stone_update",
        "AFTER UPDATE OF goal_id, title, position, due_date, status ON stepping_stone",
        refresh(ofStone("OLD")) + refresh(ofStone("NEW")));
    trigger("citizen_summary_goal_insert", "AFTER INSERT ON goal", refresh("NEW.citizen_id"));
    trigger("citizen_summary_goal_delete", "AFTER DELETE ON goal", refresh("OLD.citizen_id"));
    trigger("citizen_summary_goal_update", "AFTER UPDATE OF citizen_id, own_words, position ON goal",
        refresh("OLD.citizen_id") + refresh("NEW.citizen_id"));
    trigger("citizen_summary_note_insert", "AFTER INSERT ON note", refresh("NEW.citizen_id"));
    trigger("citizen_summary_note_delete", "AFTER DELETE ON note", refresh("OLD.citizen_id"));
    trigger("citizen_summary_note_update", "AFTER UPDATE OF citizen_id, date ON note",
        refresh("OLD.citizen_id") + refresh("NEW.citizen_id"));
}

// Version 9: synchronisation with the team server (issue 14, docs/team-server-design.md). The audit log is
// the outbox: what changed since sync_state's "pushed_seq" is pushed. sync_base holds each record as the
// server last had it (its version and fields, as JSON of its columns), so a push sends only the fields
// changed here and their base values; a record without one is new to the server. sync_conflict holds the
// server's open conflicts for the people here to resolve, and sync_refusal the changes the server refused
// and those from the server this file could not take yet (with the change, tried again at each pull).
void version9(Database &db)
{
    db.execute(R"sql(
        CREATE TABLE sync_state (
            key    TEXT PRIMARY KEY NOT NULL,
            value  TEXT NOT NULL
        ) WITHOUT ROWID
    )sql");
    db.execute(R"sql(
        CREATE TABLE sync_base (
            kind       TEXT NOT NULL,
            id         TEXT NOT NULL,
            case_id    TEXT NOT NULL,
            parent_id  TEXT,
            version    INTEGER NOT NULL CHECK (version > 0),
            fields     TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        )
    )sql"); // a rowid table: its rows (every field as JSON) are too large for WITHOUT ROWID to pay
    db.execute("CREATE INDEX sync_base_parent ON sync_base (parent_id)");
    db.execute("CREATE INDEX sync_base_case ON sync_base (case_id)");
    db.execute(R"sql(
        CREATE TABLE sync_conflict (
            id          INTEGER PRIMARY KEY NOT NULL,
            kind        TEXT NOT NULL,
            record_id   TEXT NOT NULL,
            case_id     TEXT NOT NULL,
            field       TEXT NOT NULL,
            base        TEXT,
            mine        TEXT,
            theirs      TEXT,
            who         TEXT NOT NULL,
            at          TEXT NOT NULL,
            resolution  TEXT
        )
    )sql");
    db.execute("CREATE INDEX sync_conflict_case ON sync_conflict (case_id)");
    db.execute(R"sql(
        CREATE TABLE sync_refusal (
            kind     TEXT NOT NULL,
            id       TEXT NOT NULL,
            case_id  TEXT NOT NULL,
            reason   TEXT NOT NULL,
            at       TEXT NOT NULL,
            change   TEXT,
            PRIMARY KEY (kind, id)
        )
    )sql");
}

} // namespace

const MigrationPlan &migrations()
{
    static const MigrationPlan plan {
        { 1, version1 },
        { 2, version2 },
        { 3, version3 },
        { 4, version4 },
        { 5, version5 },
        { 6, version6, true },
        { 7, version7 },
        { 8, version8 },
        { 9, version9 },
    };
    return plan;
}

int currentVersion()
{
    return MigrationRunner::targetVersion(migrations());
}

const QByteArrayList &derivedTables()
{
    static const QByteArrayList tables { QByteArrayLiteral("budget_category_use"), QByteArrayLiteral("budget_use"),
        QByteArrayLiteral("citizen_summary") };
    return tables;
}

const QByteArrayList &syncTables()
{
    static const QByteArrayList tables { QByteArrayLiteral("sync_base"), QByteArrayLiteral("sync_conflict"),
        QByteArrayLiteral("sync_refusal"), QByteArrayLiteral("sync_state") };
    return tables;
}

} // namespace Traedesten::Storage::Schema
