-- Trædesten team server, schema version 1 (docs/team-server-design.md).
-- Applied by `traedesten-cli server init` as a superuser, in one transaction, with
-- `SET ROLE traedesten_owner` (a NOLOGIN role with BYPASSRLS that owns everything here): the functions
-- below run as that owner; people never write a table directly.

CREATE TABLE traedesten.schema_migration (
    version     integer PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Which server this is: a case file remembers it and refuses to synchronise with another one.
CREATE TABLE traedesten.installation (
    id  uuid PRIMARY KEY DEFAULT gen_random_uuid()
);
INSERT INTO traedesten.installation DEFAULT VALUES;

-- The support persons and teams the server knows (their PostgreSQL roles exist as well).
CREATE TABLE traedesten.person (
    role_name     name PRIMARY KEY,
    display_name  text NOT NULL DEFAULT '',
    is_team       boolean NOT NULL DEFAULT false
);

-- The unit of sharing is a case: a citizen's course (its id is the citizen's), a household with its
-- family plan (the household's id), or the team's shared catalogues ('catalogue': departments, spending
-- categories, indicators, kinds of benefit), which every user reads and writes. Each case but the
-- catalogue has one owner; a share gives a colleague or a team read or read-write access, to the whole
-- case or, for a household, to what concerns one department (its interventions, consents and benefits,
-- besides the household, its members, the plan and the family goals).
CREATE TABLE traedesten.case_owner (
    case_id  text PRIMARY KEY,
    kind     text NOT NULL CHECK (kind IN ('citizen', 'household', 'catalogue')),
    owner    name REFERENCES traedesten.person (role_name),
    CHECK ((kind = 'catalogue') = (owner IS NULL))
);
INSERT INTO traedesten.case_owner (case_id, kind, owner) VALUES ('catalogue', 'catalogue', NULL);
CREATE TABLE traedesten.case_share (
    case_id     text NOT NULL REFERENCES traedesten.case_owner (case_id) ON DELETE CASCADE,
    grantee     name NOT NULL REFERENCES traedesten.person (role_name),
    can_write   boolean NOT NULL,
    department  text, -- NULL: the whole case; else a household shared with this department's participant
    PRIMARY KEY (case_id, grantee)
);

-- The records as the server holds them now: one row per record, its fields as the client's record
-- registry describes them (JSON), a version raised by every change, a tombstone for a deletion.
CREATE TABLE traedesten.record (
    kind        text NOT NULL,
    id          text NOT NULL,
    case_id  text NOT NULL REFERENCES traedesten.case_owner (case_id),
    version     bigint NOT NULL CHECK (version > 0),
    fields      jsonb NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    changed_by  name NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX record_citizen ON traedesten.record (case_id);
-- What a budget has used is summed over its entries at every new purchase (push_batch's cap check).
CREATE INDEX record_ledger_budget ON traedesten.record ((fields->>'budget_id')) WHERE kind = 'ledger_entry';

-- Append-only, in the server's order: (tx, seq), read only below the oldest running transaction (pull).
CREATE TABLE traedesten.change_log (
    seq         bigserial PRIMARY KEY,
    tx          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    batch_id    uuid,
    kind        text NOT NULL,
    id          text NOT NULL,
    case_id  text NOT NULL,
    version     bigint NOT NULL,
    fields      jsonb NOT NULL,
    deleted     boolean NOT NULL,
    author      name NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_log_order ON traedesten.change_log (tx, seq);
CREATE INDEX change_log_citizen ON traedesten.change_log (case_id, tx, seq);

-- Every batch pushed, by the client's id: a retry gets the stored result and changes nothing.
CREATE TABLE traedesten.batch (
    batch_id    uuid PRIMARY KEY,
    author      name NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    result      jsonb NOT NULL
);

-- The same field changed on both sides: the server's value stays, both are kept here for a person.
CREATE TABLE traedesten.conflict (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL,
    record_id    text NOT NULL,
    case_id   text NOT NULL,
    field        text NOT NULL,
    base         jsonb,
    mine         jsonb,
    theirs       jsonb,
    who          name NOT NULL,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    resolved_by  name,
    resolved_at  timestamptz,
    resolution   jsonb
);
CREATE INDEX conflict_citizen ON traedesten.conflict (case_id) WHERE resolved_at IS NULL;

-- Who pulled or pushed whose data, and when: written by the functions only.
CREATE TABLE traedesten.access_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    who         name NOT NULL,
    case_id  text NOT NULL,
    action      text NOT NULL CHECK (action IN ('pulled', 'pushed', 'transferred', 'shared', 'unshared', 'erased'))
);
CREATE INDEX access_log_citizen ON traedesten.access_log (case_id, at);

-- Is @p_who the grantee @p_grantee: that person, or a member of that team.
CREATE FUNCTION traedesten.is_grantee(p_grantee name, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT p_grantee = p_who
        OR (p_grantee IN (SELECT rolname FROM pg_roles) AND pg_has_role(p_who, p_grantee, 'MEMBER'))
$$;

-- @p_who's access to the whole case by itself: 'write' (the catalogue, the owner, a read-write share),
-- 'read' (a read share) or NULL. Department shares do not count here.
CREATE FUNCTION traedesten.direct_access(p_case text, p_who name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM traedesten.case_owner o
                     WHERE o.case_id = p_case AND (o.kind = 'catalogue' OR o.owner = p_who)) THEN 'write'
        WHEN EXISTS (SELECT 1 FROM traedesten.case_share s
                     WHERE s.case_id = p_case AND s.department IS NULL AND s.can_write
                       AND traedesten.is_grantee(s.grantee, p_who)) THEN 'write'
        WHEN EXISTS (SELECT 1 FROM traedesten.case_share s
                     WHERE s.case_id = p_case AND s.department IS NULL
                       AND traedesten.is_grantee(s.grantee, p_who)) THEN 'read'
    END
$$;

-- @p_who's access to the whole case: direct, or for a household the best access to one of its members'
-- citizens (whoever follows a citizen sees the citizen's household and family plan).
CREATE FUNCTION traedesten.case_access(p_case text, p_who name) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(traedesten.direct_access(p_case, p_who),
                    (SELECT max(traedesten.direct_access(m.fields->>'citizen_id', p_who))
                     FROM traedesten.record m
                     WHERE m.case_id = p_case AND m.kind = 'household_member' AND NOT m.deleted
                       AND m.fields->>'citizen_id' IS NOT NULL))
$$;

-- The departments for which a household was shared with @p_who (for writing only: read-write shares).
CREATE FUNCTION traedesten.shared_departments(p_case text, p_who name, p_writing boolean) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(array_agg(s.department), '{}') FROM traedesten.case_share s
    WHERE s.case_id = p_case AND s.department IS NOT NULL AND (s.can_write OR NOT p_writing)
      AND traedesten.is_grantee(s.grantee, p_who)
$$;

-- May @p_who read anything of the case. The policies pass current_user: inside these functions
-- current_user is their owner, so they use session_user.
CREATE FUNCTION traedesten.may_read(p_case text, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT traedesten.case_access(p_case, p_who) IS NOT NULL
        OR cardinality(traedesten.shared_departments(p_case, p_who, false)) > 0
$$;

-- Whether a record (@p_kind, @p_fields) may be seen by someone with @p_whole access to its case (NULL:
-- none) and a share for @p_departments: all of it with whole-case access; a department's participant sees
-- the household, its members, the plan and its family goals, and the interventions, consents and benefits
-- of that department. The one rule; may_see() and pull() give it the access they looked up.
CREATE FUNCTION traedesten.visible(p_kind text, p_fields jsonb, p_whole text, p_departments text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT p_whole IS NOT NULL
        OR COALESCE(CASE WHEN p_kind IN ('household', 'household_member', 'family_plan', 'family_goal')
                         THEN cardinality(p_departments) > 0
                         WHEN p_kind IN ('intervention', 'consent', 'benefit')
                         THEN p_fields->>'department_id' = ANY (p_departments)
                    END, false)
$$;

-- May @p_who see the record (@p_kind, @p_fields) of the case.
CREATE FUNCTION traedesten.may_see(p_case text, p_kind text, p_fields jsonb, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT traedesten.visible(p_kind, p_fields, traedesten.case_access(p_case, p_who),
                              traedesten.shared_departments(p_case, p_who, false))
$$;

-- May @p_who write the record: whole-case write access, or a department participant with a read-write
-- share writing an intervention of that department (their own interventions and follow-ups).
CREATE FUNCTION traedesten.may_write(p_case text, p_kind text, p_fields jsonb, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(traedesten.case_access(p_case, p_who) = 'write', false)
        OR COALESCE(p_kind = 'intervention'
                    AND p_fields->>'department_id' = ANY (traedesten.shared_departments(p_case, p_who, true)), false)
$$;

-- The fields by which a conflict's visibility is judged: its record's as they stand (or, for a purchase
-- that never reached the server, the purchase itself), so a department's participant sees the conflicts
-- of their department's records only.
CREATE FUNCTION traedesten.conflict_fields(p_conflict bigint) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(r.fields, CASE WHEN jsonb_typeof(c.mine) = 'object' THEN c.mine END, '{}'::jsonb)
    FROM traedesten.conflict c
    LEFT JOIN traedesten.record r ON r.kind = c.kind AND r.id = c.record_id
    WHERE c.id = p_conflict
$$;

-- Row-level security, forced (the owner role bypasses it by BYPASSRLS, as the functions must).
ALTER TABLE traedesten.case_owner ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.case_owner FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.case_owner FOR SELECT USING (traedesten.may_read(case_id, current_user));
ALTER TABLE traedesten.case_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.case_share FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.case_share FOR SELECT USING (traedesten.may_read(case_id, current_user));
ALTER TABLE traedesten.record ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.record FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.record FOR SELECT
    USING (traedesten.may_see(case_id, kind, fields, current_user));
ALTER TABLE traedesten.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.change_log FOR SELECT
    USING (traedesten.may_see(case_id, kind, fields, current_user));
ALTER TABLE traedesten.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.conflict FOR SELECT
    USING (traedesten.may_see(case_id, kind, traedesten.conflict_fields(id), current_user));
ALTER TABLE traedesten.access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.access_log FORCE ROW LEVEL SECURITY;
CREATE POLICY own_cases ON traedesten.access_log FOR SELECT
    USING (EXISTS (SELECT 1 FROM traedesten.case_owner o WHERE o.case_id = access_log.case_id
                   AND o.owner = current_user));
ALTER TABLE traedesten.batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.batch FORCE ROW LEVEL SECURITY;
CREATE POLICY own_batches ON traedesten.batch FOR SELECT USING (author = current_user);
ALTER TABLE traedesten.person ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.person FORCE ROW LEVEL SECURITY;
CREATE POLICY everyone ON traedesten.person FOR SELECT USING (true); -- colleagues to share with

-- What a budget has used on the server (minor units) and its cap; see push_batch.
CREATE FUNCTION traedesten.budget_used(p_budget text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(sum(CASE WHEN r.fields->>'state' = 'voided' THEN 0
                             WHEN r.fields->>'kind' = 'refund' THEN -(r.fields->>'amount_minor')::bigint
                             ELSE (r.fields->>'amount_minor')::bigint END), 0)::bigint
    FROM traedesten.record r
    WHERE r.kind = 'ledger_entry' AND NOT r.deleted AND r.fields->>'budget_id' = p_budget
$$;

CREATE FUNCTION traedesten.budget_cap(p_budget text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT (r.fields->>'cap_minor')::bigint FROM traedesten.record r WHERE r.kind = 'budget' AND r.id = p_budget
$$;

-- True when the entry @p_entry would take its budget past the cap. Locks the budget's row, so two pushes
-- spending from one budget at once are checked one after the other.
CREATE FUNCTION traedesten.breaches_cap(p_entry jsonb) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, traedesten AS $$
DECLARE
    cap bigint;
BEGIN
    IF p_entry->>'state' = 'voided' OR p_entry->>'kind' = 'refund' THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM traedesten.record WHERE kind = 'budget' AND id = p_entry->>'budget_id' FOR UPDATE;
    cap := traedesten.budget_cap(p_entry->>'budget_id');
    RETURN cap IS NOT NULL
       AND traedesten.budget_used(p_entry->>'budget_id') + (p_entry->>'amount_minor')::bigint > cap;
END
$$;

-- What a deleted record keeps: nothing but the department it belonged to, so that a department's
-- participant, who sees only that department's records, also sees it go (visible()).
CREATE FUNCTION traedesten.tombstone(p_fields jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT CASE WHEN p_fields ? 'department_id' THEN jsonb_build_object('department_id', p_fields->'department_id')
                ELSE '{}'::jsonb END
$$;

/*
 * Pushes one batch of changes, exactly once. @p_changes is a JSON array of
 *   {"kind", "id", "case_id", "base_version" (0: new), "fields": {changed field: new value},
 *    "base": {changed field: value at base_version}, "deleted": bool, "append_only": bool}
 * in the client's order (parents first). A citizen or household seen for the first time (its own record,
 * new) becomes the caller's case. Returns
 *   {"applied": n, "conflicts": n, "refused": [{"kind", "id", "reason"}]}
 * and the same again for a batch id already applied.
 */
CREATE FUNCTION traedesten.push_batch(p_batch uuid, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    who        name := session_user;
    done       jsonb;
    change     jsonb;
    current    traedesten.record%ROWTYPE;
    merged     jsonb;
    field      text;
    mine       jsonb;
    theirs     jsonb;
    applied    integer := 0;
    conflicts  integer := 0;
    refused    jsonb := '[]';
    records    jsonb[] := '{}'; -- an array, appended in place: jsonb || jsonb would copy it each time
    touched    text[] := '{}';
    writable   text[] := '{}'; -- cases the caller may write as a whole, asked once per batch
    case_of    text;
    is_new     boolean;
    result     jsonb;
BEGIN
    -- Two pushes of one batch at once: the second waits for the first and then finds its result.
    PERFORM pg_advisory_xact_lock(hashtextextended(p_batch::text, 0));
    SELECT b.result INTO done FROM traedesten.batch b WHERE b.batch_id = p_batch;
    IF FOUND THEN
        RETURN done;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM traedesten.person WHERE role_name = who) THEN
        RAISE EXCEPTION 'not a Trædesten user: %', who USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Every record the batch changes, and every budget its entries spend from, locked at once in one order:
    -- concurrent pushes touching the same records wait for each other instead of deadlocking.
    PERFORM 1 FROM traedesten.record r
    WHERE (r.kind, r.id) IN (SELECT c->>'kind', c->>'id' FROM jsonb_array_elements(p_changes) c
                             UNION
                             SELECT 'budget', c->'fields'->>'budget_id' FROM jsonb_array_elements(p_changes) c
                             WHERE c->>'kind' = 'ledger_entry' AND c->'fields' ? 'budget_id')
    ORDER BY r.kind, r.id
    FOR UPDATE;

    FOR change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        case_of := change->>'case_id';
        IF NOT EXISTS (SELECT 1 FROM traedesten.case_owner WHERE case_id = case_of) THEN
            IF change->>'kind' NOT IN ('citizen', 'household') OR change->>'id' <> case_of
               OR (change->>'base_version')::bigint <> 0 THEN
                refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                         'reason', 'unknown_case');
                CONTINUE;
            END IF;
            INSERT INTO traedesten.case_owner (case_id, kind, owner) VALUES (case_of, change->>'kind', who);
            writable := writable || case_of;
        ELSIF NOT case_of = ANY (writable) AND traedesten.case_access(case_of, who) = 'write' THEN
            writable := writable || case_of;
        END IF;

        SELECT * INTO current FROM traedesten.record r
        WHERE r.kind = change->>'kind' AND r.id = change->>'id' FOR UPDATE;
        is_new := NOT FOUND;
        IF NOT is_new AND current.case_id <> case_of THEN
            refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                     'reason', 'other_case');
            CONTINUE;
        END IF;
        -- Without whole-case write access, both the record as it is and as it would be must be writable
        -- (a department's participant cannot move another department's intervention into their own).
        IF NOT case_of = ANY (writable)
           AND NOT (traedesten.may_write(case_of, change->>'kind',
                                         COALESCE(current.fields, '{}') || COALESCE(change->'fields', '{}'), who)
                    AND (is_new OR traedesten.may_write(case_of, current.kind, current.fields, who))) THEN
            refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                     'reason', 'not_allowed');
            CONTINUE;
        END IF;

        IF is_new THEN
            merged := COALESCE(change->'fields', '{}');
            -- The budget cap holds across devices: a new entry that would take its budget past the cap (as
            -- the ledger stands on the server, this push's earlier entries included) is not applied but kept
            -- as a conflict for a person. The rule for money used is the client's view ledger_use: voided
            -- entries use nothing, a refund gives back, purchases and adjustments use.
            IF change->>'kind' = 'ledger_entry' AND traedesten.breaches_cap(merged) THEN
                INSERT INTO traedesten.conflict (kind, record_id, case_id, field, base, mine, theirs, who)
                VALUES ('ledger_entry', change->>'id', case_of, 'budget_cap', NULL, merged,
                        jsonb_build_object('used_minor', traedesten.budget_used(merged->>'budget_id'),
                                           'cap_minor', traedesten.budget_cap(merged->>'budget_id')), who);
                conflicts := conflicts + 1;
                CONTINUE;
            END IF;
            INSERT INTO traedesten.record (kind, id, case_id, version, fields, deleted, changed_by, changed_at)
            VALUES (change->>'kind', change->>'id', case_of, 1,
                    CASE WHEN COALESCE((change->>'deleted')::boolean, false) THEN '{}' ELSE merged END,
                    COALESCE((change->>'deleted')::boolean, false), who, clock_timestamp())
            RETURNING * INTO current;
        ELSIF COALESCE((change->>'append_only')::boolean, false) AND (change->>'base_version')::bigint = 0 THEN
            CONTINUE; -- created on two devices under one id (a retry): merged by id, it is already here
        ELSE
            merged := current.fields;
            -- Three-way, field by field: a field the server changed since the client's base (its value is
            -- no longer the base) and the client changed to something else keeps the server's value and
            -- becomes a conflict. Timestamps never conflict: the record was created at the earliest and
            -- changed at the latest of the two.
            FOR field IN SELECT jsonb_object_keys(COALESCE(change->'fields', '{}')) LOOP
                mine := change->'fields'->field;
                theirs := current.fields->field;
                IF field = 'created_at' AND theirs IS NOT NULL THEN
                    merged := jsonb_set(merged, ARRAY[field], to_jsonb(least(mine->>0, theirs->>0)));
                ELSIF field = 'updated_at' AND theirs IS NOT NULL THEN
                    merged := jsonb_set(merged, ARRAY[field], to_jsonb(greatest(mine->>0, theirs->>0)));
                ELSIF mine IS DISTINCT FROM theirs
                   AND theirs IS DISTINCT FROM (change->'base'->field)
                   AND (change->>'base_version')::bigint < current.version THEN
                    INSERT INTO traedesten.conflict (kind, record_id, case_id, field, base, mine, theirs, who)
                    VALUES (current.kind, current.id, case_of, field, change->'base'->field, mine, theirs, who);
                    conflicts := conflicts + 1;
                ELSE
                    merged := jsonb_set(merged, ARRAY[field], mine, true);
                END IF;
            END LOOP;
            UPDATE traedesten.record
            -- A deletion leaves a tombstone without content.
            SET fields = CASE WHEN current.deleted OR COALESCE((change->>'deleted')::boolean, false)
                              THEN traedesten.tombstone(current.fields) ELSE merged END,
                version = current.version + 1,
                deleted = current.deleted OR COALESCE((change->>'deleted')::boolean, false),
                changed_by = who, changed_at = clock_timestamp()
            WHERE kind = current.kind AND id = current.id
            RETURNING * INTO current;
        END IF;
        IF current.deleted THEN
            -- A deleted record's earlier versions leave the log: nobody who gets access later reads them.
            DELETE FROM traedesten.change_log l WHERE l.kind = current.kind AND l.id = current.id;
        END IF;
        INSERT INTO traedesten.change_log (batch_id, kind, id, case_id, version, fields, deleted, author)
        VALUES (p_batch, current.kind, current.id, current.case_id, current.version, current.fields,
                current.deleted, who);
        records := array_append(records, jsonb_build_object('kind', current.kind, 'id', current.id,
                                                            'case_id', current.case_id, 'version', current.version,
                                                            'fields', current.fields, 'deleted', current.deleted));
        applied := applied + 1;
        IF NOT case_of = ANY (touched) THEN
            touched := touched || case_of;
        END IF;
    END LOOP;

    INSERT INTO traedesten.access_log (who, case_id, action)
    SELECT who, t, 'pushed' FROM unnest(touched) t WHERE t <> 'catalogue';
    -- Kept for a retry without the records: the batch table holds no content (a retried batch's program
    -- gets its records by pulling).
    result := jsonb_build_object('applied', applied, 'conflicts', conflicts, 'refused', refused);
    INSERT INTO traedesten.batch (batch_id, author, result) VALUES (p_batch, who, result);
    RETURN result || jsonb_build_object('records', to_jsonb(records));
END
$$;

/*
 * A change of who may see a case, in the change log like any change so it arrives in the server's order:
 * kind 'access', addressed to one person or team (fields.user), saying what happened (fields.access:
 * 'write', 'read', 'none' or 'erased'). The addressee's program asks my_access() what it may now do (a
 * person who lost a share may still see the case through a team) and fetches the case with snapshot() or
 * removes it; 'erased' erases it. A citizen's change reaches the households the citizen belongs to too,
 * since whoever follows a citizen sees the citizen's household (case_access).
 */
CREATE FUNCTION traedesten.log_access(p_case text, p_user name, p_access text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    INSERT INTO traedesten.change_log (kind, id, case_id, version, fields, deleted, author)
    SELECT 'access', c, c, 0, jsonb_build_object('user', p_user, 'access', a), a IN ('none', 'erased'), session_user
    FROM (SELECT p_case AS c, p_access AS a
          UNION ALL
          SELECT DISTINCT m.case_id, CASE WHEN p_access = 'erased' THEN 'none' ELSE p_access END
          FROM traedesten.record m
          WHERE m.kind = 'household_member' AND m.fields->>'citizen_id' = p_case AND m.case_id <> p_case) changed
$$;

-- What the caller may now do with the case: 'write', 'read', 'department' (a share for one department of
-- a household), or NULL (nothing: the program removes it).
CREATE FUNCTION traedesten.my_access(p_case text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(traedesten.case_access(p_case, session_user),
                    CASE WHEN cardinality(traedesten.shared_departments(p_case, session_user, false)) > 0
                         THEN 'department' END)
$$;

/*
 * The changes after the cursor (p_tx, p_seq) that the caller may see, in the server's order, only of
 * transactions older than every one still running, so a late commit is never skipped. At most p_limit
 * changes are examined; what the caller may see of them is returned, and when the last one examined is not
 * among them a row of kind 'cursor' (no content) says how far the server looked. The cursor to pass next is
 * the last row's (tx, seq); an empty answer means nothing more. Access is looked up once per case in the
 * window, not per row. Logs one 'pulled' per case returned.
 */
CREATE FUNCTION traedesten.pull(p_tx xid8, p_seq bigint, p_limit integer)
RETURNS TABLE (tx xid8, seq bigint, kind text, id text, case_id text, version bigint, fields jsonb,
               deleted boolean, author name, at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    who name := session_user;
BEGIN
    RETURN QUERY
    WITH examined AS MATERIALIZED (
        SELECT c.* FROM traedesten.change_log c
        WHERE (c.tx, c.seq) > (p_tx, p_seq)
          AND c.tx < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY c.tx, c.seq
        LIMIT greatest(p_limit, 1)),
    access AS MATERIALIZED (
        SELECT k.case_id, traedesten.case_access(k.case_id, who) AS whole,
               traedesten.shared_departments(k.case_id, who, false) AS departments
        FROM (SELECT DISTINCT e.case_id FROM examined e WHERE e.kind <> 'access') k),
    picked AS MATERIALIZED (
        SELECT e.* FROM examined e LEFT JOIN access a ON a.case_id = e.case_id
        WHERE CASE WHEN e.kind = 'access'
                   THEN traedesten.is_grantee((e.fields->>'user')::name, who)
                   ELSE traedesten.visible(e.kind, e.fields, a.whole, a.departments) END),
    logged AS (
        INSERT INTO traedesten.access_log (who, case_id, action)
        SELECT DISTINCT who, p.case_id, 'pulled' FROM picked p WHERE p.case_id <> 'catalogue'),
    last AS (
        SELECT e.tx, e.seq FROM examined e ORDER BY e.tx DESC, e.seq DESC LIMIT 1)
    SELECT p.tx, p.seq, p.kind, p.id, p.case_id, p.version, p.fields, p.deleted, p.author, p.at FROM picked p
    UNION ALL
    SELECT l.tx, l.seq, 'cursor'::text, ''::text, ''::text, 0::bigint, '{}'::jsonb, false, who, clock_timestamp()
    FROM last l WHERE NOT EXISTS (SELECT 1 FROM picked p WHERE p.tx = l.tx AND p.seq = l.seq)
    ORDER BY 1, 2;
END
$$;

-- Raises insufficient_privilege unless the caller owns the case: @p_what says what was refused.
CREATE FUNCTION traedesten.require_owner(p_case text, p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM traedesten.case_owner WHERE case_id = p_case AND owner = session_user) THEN
        RAISE EXCEPTION 'only the owner may %', p_what USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Gives a case (a citizen's course, a household) to a colleague; only its owner may. The old owner loses it at their next pull.
CREATE FUNCTION traedesten.transfer(p_case text, p_to name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_case, 'transfer a case');
    IF NOT EXISTS (SELECT 1 FROM traedesten.person WHERE role_name = p_to AND NOT is_team) THEN
        RAISE EXCEPTION 'no such colleague: %', p_to USING ERRCODE = 'undefined_object';
    END IF;
    UPDATE traedesten.case_owner SET owner = p_to WHERE case_id = p_case;
    PERFORM traedesten.log_access(p_case, session_user, 'none');
    PERFORM traedesten.log_access(p_case, p_to, 'write');
    INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'transferred');
END
$$;

-- Shares a case with a colleague or a team (read, or read and write); the owner only. A household may be
-- shared for one department (@p_department, a department's id): its participant sees the plan and that
-- department's part of it (may_see).
CREATE FUNCTION traedesten.share(p_case text, p_with name, p_can_write boolean, p_department text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_case, 'share a case');
    IF NOT EXISTS (SELECT 1 FROM traedesten.person WHERE role_name = p_with) THEN
        RAISE EXCEPTION 'no such colleague or team: %', p_with USING ERRCODE = 'undefined_object';
    END IF;
    IF p_department IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM traedesten.case_owner WHERE case_id = p_case AND kind = 'household') THEN
        RAISE EXCEPTION 'only a household is shared for a department' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO traedesten.case_share (case_id, grantee, can_write, department)
    VALUES (p_case, p_with, p_can_write, p_department)
    ON CONFLICT (case_id, grantee) DO UPDATE SET can_write = excluded.can_write, department = excluded.department;
    PERFORM traedesten.log_access(p_case, p_with, CASE WHEN p_can_write THEN 'write' ELSE 'read' END);
    INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'shared');
END
$$;

CREATE FUNCTION traedesten.unshare(p_case text, p_with name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_case, 'withdraw a share');
    DELETE FROM traedesten.case_share WHERE case_id = p_case AND grantee = p_with;
    PERFORM traedesten.log_access(p_case, p_with, 'none');
    INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'unshared');
END
$$;

/*
 * A person resolves a conflict (the owner or a colleague who may write): for a field, @p_value becomes
 * its value (mine, theirs or a merged value; the record's new version reaches every program at its next
 * pull). For a purchase past the budget cap, a number is a new amount, applied only if it now fits, and
 * {"void_reason": text} keeps the purchase as a voided entry with that reason, so it is never lost.
 * Returns the record's new version.
 */
CREATE FUNCTION traedesten.resolve_conflict(p_conflict bigint, p_value jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    caller name := session_user;
    c    traedesten.conflict%ROWTYPE;
    r    traedesten.record%ROWTYPE;
    entry jsonb;
BEGIN
    SELECT * INTO c FROM traedesten.conflict WHERE id = p_conflict FOR UPDATE;
    IF NOT FOUND OR NOT traedesten.may_write(c.case_id, c.kind,
                                             COALESCE((SELECT x.fields FROM traedesten.record x
                                                       WHERE x.kind = c.kind AND x.id = c.record_id), c.mine),
                                             caller) THEN
        RAISE EXCEPTION 'no such conflict, or not yours to resolve' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF c.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'already resolved by %', c.resolved_by USING ERRCODE = 'unique_violation';
    END IF;
    UPDATE traedesten.conflict SET resolved_by = caller, resolved_at = clock_timestamp(), resolution = p_value
    WHERE id = p_conflict;
    IF c.field = 'budget_cap' THEN
        IF jsonb_typeof(p_value) = 'number' THEN
            entry := jsonb_set(c.mine, '{amount_minor}', p_value);
            IF traedesten.breaches_cap(entry) THEN
                RAISE EXCEPTION 'still past the budget cap' USING ERRCODE = 'check_violation';
            END IF;
        ELSIF jsonb_typeof(p_value) = 'object' AND p_value ? 'void_reason' THEN
            entry := c.mine || jsonb_build_object('state', 'voided', 'void_reason', p_value->'void_reason');
        ELSE
            RAISE EXCEPTION 'a new amount or a reason to void it' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO traedesten.record (kind, id, case_id, version, fields, deleted, changed_by, changed_at)
        VALUES ('ledger_entry', c.record_id, c.case_id, 1, entry, false, caller, clock_timestamp())
        RETURNING * INTO r;
    ELSE
        UPDATE traedesten.record
        SET fields = jsonb_set(fields, ARRAY[c.field], COALESCE(p_value, 'null'::jsonb), true),
            version = version + 1, changed_by = caller, changed_at = clock_timestamp()
        WHERE kind = c.kind AND id = c.record_id
        RETURNING * INTO r;
    END IF;
    INSERT INTO traedesten.change_log (kind, id, case_id, version, fields, deleted, author)
    VALUES (r.kind, r.id, r.case_id, r.version, r.fields, r.deleted, caller);
    INSERT INTO traedesten.access_log (who, case_id, action) VALUES (caller, r.case_id, 'pushed');
    RETURN r.version;
END
$$;

-- The case's records as they stand and as the caller may see them, for a program that was just given
-- access (an 'access' change).
CREATE FUNCTION traedesten.snapshot(p_case text)
RETURNS TABLE (kind text, id text, version bigint, fields jsonb, deleted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    IF NOT traedesten.may_read(p_case, session_user) THEN
        RAISE EXCEPTION 'no access to this case' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_case <> 'catalogue' THEN
        INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'pulled');
    END IF;
    RETURN QUERY SELECT r.kind, r.id, r.version, r.fields, r.deleted FROM traedesten.record r
                 WHERE r.case_id = p_case AND traedesten.may_see(r.case_id, r.kind, r.fields, session_user)
                 ORDER BY r.kind, r.id;
END
$$;

/*
 * Erasure (GDPR art. 17), by the owner: the server keeps nothing of the citizen's content (records,
 * change log, conflicts); everyone who could see the citizen gets an 'erased' access change, so their
 * programs erase it too at the next pull. The access log keeps its rows, which hold no content.
 */
CREATE FUNCTION traedesten.erase(p_case text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    addressee name;
    addressees name[];
BEGIN
    PERFORM traedesten.require_owner(p_case, 'erase a citizen');
    PERFORM 1 FROM traedesten.case_owner WHERE case_id = p_case FOR UPDATE; -- no push of it meanwhile
    -- Everyone who could ever see it: the owner, the shares, and everyone an access change was addressed to
    -- (a colleague whose share was withdrawn while offline has not pulled that yet and still holds it).
    addressees := ARRAY(SELECT session_user
                        UNION SELECT s.grantee FROM traedesten.case_share s WHERE s.case_id = p_case
                        UNION SELECT (l.fields->>'user')::name FROM traedesten.change_log l
                              WHERE l.case_id = p_case AND l.kind = 'access');
    -- The access changes stay, so those not yet pulled still arrive, followed by the erasure.
    DELETE FROM traedesten.change_log WHERE case_id = p_case AND kind <> 'access';
    DELETE FROM traedesten.conflict WHERE case_id = p_case;
    DELETE FROM traedesten.record WHERE case_id = p_case;
    FOREACH addressee IN ARRAY addressees LOOP
        PERFORM traedesten.log_access(p_case, addressee, 'erased');
    END LOOP;
    -- The citizen as a member of a household: its earlier versions go, a tombstone stays.
    DELETE FROM traedesten.change_log WHERE kind = 'household_member' AND fields->>'citizen_id' = p_case;
    WITH gone AS (
        UPDATE traedesten.record SET fields = '{}', deleted = true, version = version + 1,
                                     changed_by = session_user, changed_at = clock_timestamp()
        WHERE kind = 'household_member' AND fields->>'citizen_id' = p_case
        RETURNING *)
    INSERT INTO traedesten.change_log (kind, id, case_id, version, fields, deleted, author)
    SELECT kind, id, case_id, version, fields, deleted, session_user FROM gone;
    DELETE FROM traedesten.case_owner WHERE case_id = p_case; -- and its shares
    INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'erased');
END
$$;

-- People (members of traedesten_user, made by server init) use the functions; they read the tables only
-- through the policies and write none.
REVOKE ALL ON ALL TABLES IN SCHEMA traedesten FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA traedesten FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA traedesten TO traedesten_user;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA traedesten TO traedesten_user;
