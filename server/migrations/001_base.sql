-- Trædesten team server, schema version 1 (docs/team-server-design.md).
-- Applied by `traedesten-cli server init` as a superuser, in one transaction, with
-- `SET ROLE traedesten_owner` (a NOLOGIN role with BYPASSRLS that owns everything here): the functions
-- below run as that owner; people never write a table directly.

CREATE TABLE traedesten.schema_migration (
    version     integer PRIMARY KEY,
    applied_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The support persons and teams the server knows (their PostgreSQL roles exist as well).
CREATE TABLE traedesten.person (
    role_name     name PRIMARY KEY,
    display_name  text NOT NULL DEFAULT '',
    is_team       boolean NOT NULL DEFAULT false
);

-- Who owns each citizen's course, and with whom it is shared.
CREATE TABLE traedesten.citizen_owner (
    citizen_id  text PRIMARY KEY,
    owner       name NOT NULL REFERENCES traedesten.person (role_name)
);
CREATE TABLE traedesten.citizen_share (
    citizen_id  text NOT NULL REFERENCES traedesten.citizen_owner (citizen_id) ON DELETE CASCADE,
    grantee     name NOT NULL REFERENCES traedesten.person (role_name),
    can_write   boolean NOT NULL,
    PRIMARY KEY (citizen_id, grantee)
);

-- The records as the server holds them now: one row per record, its fields as the client's record
-- registry describes them (JSON), a version raised by every change, a tombstone for a deletion.
CREATE TABLE traedesten.record (
    kind        text NOT NULL,
    id          text NOT NULL,
    citizen_id  text NOT NULL REFERENCES traedesten.citizen_owner (citizen_id),
    version     bigint NOT NULL CHECK (version > 0),
    fields      jsonb NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    changed_by  name NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX record_citizen ON traedesten.record (citizen_id);
-- What a budget has used is summed over its entries at every new purchase (push_batch's cap check).
CREATE INDEX record_ledger_budget ON traedesten.record ((fields->>'budget_id')) WHERE kind = 'ledger_entry';

-- Append-only, in the server's order: (tx, seq), read only below the oldest running transaction (pull).
CREATE TABLE traedesten.change_log (
    seq         bigserial PRIMARY KEY,
    tx          xid8 NOT NULL DEFAULT pg_current_xact_id(),
    batch_id    uuid,
    kind        text NOT NULL,
    id          text NOT NULL,
    citizen_id  text NOT NULL,
    version     bigint NOT NULL,
    fields      jsonb NOT NULL,
    deleted     boolean NOT NULL,
    author      name NOT NULL,
    at          timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX change_log_order ON traedesten.change_log (tx, seq);
CREATE INDEX change_log_citizen ON traedesten.change_log (citizen_id, tx, seq);

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
    citizen_id   text NOT NULL,
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
CREATE INDEX conflict_citizen ON traedesten.conflict (citizen_id) WHERE resolved_at IS NULL;

-- Who pulled or pushed whose data, and when: written by the functions only.
CREATE TABLE traedesten.access_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    who         name NOT NULL,
    citizen_id  text NOT NULL,
    action      text NOT NULL CHECK (action IN ('pulled', 'pushed', 'transferred', 'shared', 'unshared', 'erased'))
);
CREATE INDEX access_log_citizen ON traedesten.access_log (citizen_id, at);

-- May @who read (or write) the citizen: the owner, a person it is shared with, or a member of a team it
-- is shared with. The policies pass current_user: inside these functions current_user is their owner.
CREATE FUNCTION traedesten.may_read(p_citizen text, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT EXISTS (SELECT 1 FROM traedesten.citizen_owner o WHERE o.citizen_id = p_citizen AND o.owner = p_who)
        OR EXISTS (SELECT 1 FROM traedesten.citizen_share s
                   WHERE s.citizen_id = p_citizen
                     AND (s.grantee = p_who OR (s.grantee IN (SELECT rolname FROM pg_roles)
                                                AND pg_has_role(p_who, s.grantee, 'MEMBER'))))
$$;

CREATE FUNCTION traedesten.may_write(p_citizen text, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT EXISTS (SELECT 1 FROM traedesten.citizen_owner o WHERE o.citizen_id = p_citizen AND o.owner = p_who)
        OR EXISTS (SELECT 1 FROM traedesten.citizen_share s
                   WHERE s.citizen_id = p_citizen AND s.can_write
                     AND (s.grantee = p_who OR (s.grantee IN (SELECT rolname FROM pg_roles)
                                                AND pg_has_role(p_who, s.grantee, 'MEMBER'))))
$$;

-- Row-level security, forced (the owner role bypasses it by BYPASSRLS, as the functions must).
ALTER TABLE traedesten.citizen_owner ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.citizen_owner FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.citizen_owner FOR SELECT USING (traedesten.may_read(citizen_id, current_user));
ALTER TABLE traedesten.citizen_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.citizen_share FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.citizen_share FOR SELECT USING (traedesten.may_read(citizen_id, current_user));
ALTER TABLE traedesten.record ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.record FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.record FOR SELECT USING (traedesten.may_read(citizen_id, current_user));
ALTER TABLE traedesten.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.change_log FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.change_log FOR SELECT USING (traedesten.may_read(citizen_id, current_user));
ALTER TABLE traedesten.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY readable ON traedesten.conflict FOR SELECT USING (traedesten.may_read(citizen_id, current_user));
ALTER TABLE traedesten.access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.access_log FORCE ROW LEVEL SECURITY;
CREATE POLICY own_citizens ON traedesten.access_log FOR SELECT
    USING (EXISTS (SELECT 1 FROM traedesten.citizen_owner o WHERE o.citizen_id = access_log.citizen_id
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

/*
 * Pushes one batch of changes, exactly once. @p_changes is a JSON array of
 *   {"kind", "id", "citizen_id", "base_version" (0: new), "fields": {changed field: new value},
 *    "base": {changed field: value at base_version}, "deleted": bool, "append_only": bool}
 * in the client's order. A citizen seen for the first time becomes the caller's. Returns
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
    applied    integer := 0;
    conflicts  integer := 0;
    refused    jsonb := '[]';
    touched    text[] := '{}';
    writable   text[] := '{}';
    citizen    text;
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

    FOR change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        citizen := change->>'citizen_id';
        IF NOT EXISTS (SELECT 1 FROM traedesten.citizen_owner WHERE citizen_id = citizen) THEN
            IF change->>'kind' <> 'citizen' OR (change->>'base_version')::bigint <> 0 THEN
                refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                         'reason', 'unknown_citizen');
                CONTINUE;
            END IF;
            INSERT INTO traedesten.citizen_owner (citizen_id, owner) VALUES (citizen, who);
            writable := writable || citizen;
        ELSIF NOT citizen = ANY (writable) AND NOT traedesten.may_write(citizen, who) THEN
            refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                     'reason', 'not_allowed');
            CONTINUE;
        END IF;
        IF NOT citizen = ANY (writable) THEN
            writable := writable || citizen; -- asked once per citizen and batch
        END IF;

        SELECT * INTO current FROM traedesten.record r
        WHERE r.kind = change->>'kind' AND r.id = change->>'id' FOR UPDATE;
        IF NOT FOUND THEN
            merged := COALESCE(change->'fields', '{}');
            -- The budget cap holds across devices: a new entry that would take its budget past the cap (as
            -- the ledger stands on the server, this push's earlier entries included) is not applied but kept
            -- as a conflict for a person. The rule for money used is the client's view ledger_use: voided
            -- entries use nothing, a refund gives back, purchases and adjustments use.
            IF change->>'kind' = 'ledger_entry' AND traedesten.breaches_cap(merged) THEN
                INSERT INTO traedesten.conflict (kind, record_id, citizen_id, field, base, mine, theirs, who)
                VALUES ('ledger_entry', change->>'id', citizen, 'budget_cap', NULL, merged,
                        jsonb_build_object('used_minor', traedesten.budget_used(merged->>'budget_id'),
                                           'cap_minor', traedesten.budget_cap(merged->>'budget_id')), who);
                conflicts := conflicts + 1;
                CONTINUE;
            END IF;
            INSERT INTO traedesten.record (kind, id, citizen_id, version, fields, deleted, changed_by, changed_at)
            VALUES (change->>'kind', change->>'id', citizen, 1, merged, COALESCE((change->>'deleted')::boolean, false),
                    who, clock_timestamp())
            RETURNING * INTO current;
        ELSIF COALESCE((change->>'append_only')::boolean, false) AND NOT COALESCE((change->>'deleted')::boolean, false) THEN
            CONTINUE; -- merged by id: it is already here
        ELSE
            IF current.citizen_id <> citizen THEN
                refused := refused || jsonb_build_object('kind', change->>'kind', 'id', change->>'id',
                                                         'reason', 'other_citizen');
                CONTINUE;
            END IF;
            merged := current.fields;
            -- Three-way, field by field: a field the server changed since the client's base (its value is
            -- no longer the base) and the client changed to something else keeps the server's value.
            FOR field IN SELECT jsonb_object_keys(COALESCE(change->'fields', '{}')) LOOP
                IF (change->'fields'->field) IS DISTINCT FROM (current.fields->field)
                   AND (current.fields->field) IS DISTINCT FROM (change->'base'->field)
                   AND (change->>'base_version')::bigint < current.version THEN
                    INSERT INTO traedesten.conflict (kind, record_id, citizen_id, field, base, mine, theirs, who)
                    VALUES (current.kind, current.id, citizen, field, change->'base'->field,
                            change->'fields'->field, current.fields->field, who);
                    conflicts := conflicts + 1;
                ELSE
                    merged := jsonb_set(merged, ARRAY[field], change->'fields'->field, true);
                END IF;
            END LOOP;
            UPDATE traedesten.record
            SET fields = merged, version = current.version + 1,
                deleted = current.deleted OR COALESCE((change->>'deleted')::boolean, false),
                changed_by = who, changed_at = clock_timestamp()
            WHERE kind = current.kind AND id = current.id
            RETURNING * INTO current;
        END IF;
        INSERT INTO traedesten.change_log (batch_id, kind, id, citizen_id, version, fields, deleted, author)
        VALUES (p_batch, current.kind, current.id, current.citizen_id, current.version, current.fields,
                current.deleted, who);
        applied := applied + 1;
        IF NOT citizen = ANY (touched) THEN
            touched := touched || citizen;
        END IF;
    END LOOP;

    INSERT INTO traedesten.access_log (who, citizen_id, action) SELECT who, unnest(touched), 'pushed';
    result := jsonb_build_object('applied', applied, 'conflicts', conflicts, 'refused', refused);
    INSERT INTO traedesten.batch (batch_id, author, result) VALUES (p_batch, who, result);
    RETURN result;
END
$$;

/*
 * A change of who may see a citizen, in the change log like any change so it arrives in the server's order:
 * kind 'access', addressed to one person or team (fields.user) with what they may now do (fields.access:
 * 'write', 'read', 'none' or 'erased'). 'none' and 'erased' tell that person's program to remove the
 * citizen; 'read' and 'write' to fetch the citizen's records with snapshot().
 */
CREATE FUNCTION traedesten.log_access(p_citizen text, p_user name, p_access text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    INSERT INTO traedesten.change_log (kind, id, citizen_id, version, fields, deleted, author)
    VALUES ('access', p_citizen, p_citizen, 0, jsonb_build_object('user', p_user, 'access', p_access),
            p_access IN ('none', 'erased'), session_user)
$$;

/*
 * The changes after the cursor (p_tx, p_seq) that the caller may read, in the server's order, at most
 * p_limit, and only of transactions older than every one still running, so a late commit is never
 * skipped. The cursor to pass next is the last row's (tx, seq). Logs one 'pulled' per citizen returned.
 */
CREATE FUNCTION traedesten.pull(p_tx xid8, p_seq bigint, p_limit integer)
RETURNS TABLE (tx xid8, seq bigint, kind text, id text, citizen_id text, version bigint, fields jsonb,
               deleted boolean, author name, at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    who name := session_user;
BEGIN
    RETURN QUERY
    WITH picked AS (
        SELECT c.* FROM traedesten.change_log c
        WHERE (c.tx, c.seq) > (p_tx, p_seq)
          AND c.tx < pg_snapshot_xmin(pg_current_snapshot())
          AND CASE WHEN c.kind = 'access'
                   THEN c.fields->>'user' = who
                        OR (c.fields->>'user' IN (SELECT rolname FROM pg_roles)
                            AND pg_has_role(who, (c.fields->>'user')::name, 'MEMBER'))
                   ELSE traedesten.may_read(c.citizen_id, who) END
        ORDER BY c.tx, c.seq
        LIMIT greatest(p_limit, 1)),
    logged AS (
        INSERT INTO traedesten.access_log (who, citizen_id, action)
        SELECT DISTINCT who, p.citizen_id, 'pulled' FROM picked p)
    SELECT p.tx, p.seq, p.kind, p.id, p.citizen_id, p.version, p.fields, p.deleted, p.author, p.at
    FROM picked p ORDER BY p.tx, p.seq;
END
$$;

-- Raises insufficient_privilege unless the caller owns the citizen: @p_what says what was refused.
CREATE FUNCTION traedesten.require_owner(p_citizen text, p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM traedesten.citizen_owner WHERE citizen_id = p_citizen AND owner = session_user) THEN
        RAISE EXCEPTION 'only the owner may %', p_what USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- Gives a citizen's course to a colleague; only its owner may. The old owner loses it at their next pull.
CREATE FUNCTION traedesten.transfer(p_citizen text, p_to name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_citizen, 'transfer a citizen');
    IF NOT EXISTS (SELECT 1 FROM traedesten.person WHERE role_name = p_to AND NOT is_team) THEN
        RAISE EXCEPTION 'no such colleague: %', p_to USING ERRCODE = 'undefined_object';
    END IF;
    UPDATE traedesten.citizen_owner SET owner = p_to WHERE citizen_id = p_citizen;
    PERFORM traedesten.log_access(p_citizen, session_user, 'none');
    PERFORM traedesten.log_access(p_citizen, p_to, 'write');
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (session_user, p_citizen, 'transferred');
END
$$;

-- Shares a citizen's course with a colleague or a team (read, or read and write); the owner only.
CREATE FUNCTION traedesten.share(p_citizen text, p_with name, p_can_write boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_citizen, 'share a citizen');
    IF NOT EXISTS (SELECT 1 FROM traedesten.person WHERE role_name = p_with) THEN
        RAISE EXCEPTION 'no such colleague or team: %', p_with USING ERRCODE = 'undefined_object';
    END IF;
    INSERT INTO traedesten.citizen_share (citizen_id, grantee, can_write) VALUES (p_citizen, p_with, p_can_write)
    ON CONFLICT (citizen_id, grantee) DO UPDATE SET can_write = excluded.can_write;
    PERFORM traedesten.log_access(p_citizen, p_with, CASE WHEN p_can_write THEN 'write' ELSE 'read' END);
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (session_user, p_citizen, 'shared');
END
$$;

CREATE FUNCTION traedesten.unshare(p_citizen text, p_with name) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.require_owner(p_citizen, 'withdraw a share');
    DELETE FROM traedesten.citizen_share WHERE citizen_id = p_citizen AND grantee = p_with;
    PERFORM traedesten.log_access(p_citizen, p_with, 'none');
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (session_user, p_citizen, 'unshared');
END
$$;

/*
 * A person resolves a conflict (the owner or a colleague who may write): for a field, @p_value becomes
 * its value (mine, theirs or a merged value; the record's new version reaches every program at its next
 * pull); for a purchase past the budget cap, NULL drops it and a number is a new amount, applied only if
 * it now fits. Returns the record's new version, or 0 when nothing was applied.
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
    IF NOT FOUND OR NOT traedesten.may_write(c.citizen_id, caller) THEN
        RAISE EXCEPTION 'no such conflict, or not yours to resolve' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF c.resolved_at IS NOT NULL THEN
        RAISE EXCEPTION 'already resolved by %', c.resolved_by USING ERRCODE = 'unique_violation';
    END IF;
    UPDATE traedesten.conflict SET resolved_by = caller, resolved_at = clock_timestamp(), resolution = p_value
    WHERE id = p_conflict;
    IF c.field = 'budget_cap' THEN
        IF p_value IS NULL OR jsonb_typeof(p_value) <> 'number' THEN
            RETURN 0; -- dropped
        END IF;
        entry := jsonb_set(c.mine, '{amount_minor}', p_value);
        IF traedesten.breaches_cap(entry) THEN
            RAISE EXCEPTION 'still past the budget cap' USING ERRCODE = 'check_violation';
        END IF;
        INSERT INTO traedesten.record (kind, id, citizen_id, version, fields, deleted, changed_by, changed_at)
        VALUES ('ledger_entry', c.record_id, c.citizen_id, 1, entry, false, caller, clock_timestamp())
        RETURNING * INTO r;
    ELSE
        UPDATE traedesten.record
        SET fields = jsonb_set(fields, ARRAY[c.field], COALESCE(p_value, 'null'::jsonb), true),
            version = version + 1, changed_by = caller, changed_at = clock_timestamp()
        WHERE kind = c.kind AND id = c.record_id
        RETURNING * INTO r;
    END IF;
    INSERT INTO traedesten.change_log (kind, id, citizen_id, version, fields, deleted, author)
    VALUES (r.kind, r.id, r.citizen_id, r.version, r.fields, r.deleted, caller);
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (caller, r.citizen_id, 'pushed');
    RETURN r.version;
END
$$;

-- The citizen's records as they stand, for a program that was just given access (an 'access' change).
CREATE FUNCTION traedesten.snapshot(p_citizen text)
RETURNS TABLE (kind text, id text, version bigint, fields jsonb, deleted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    IF NOT traedesten.may_read(p_citizen, session_user) THEN
        RAISE EXCEPTION 'no access to this citizen' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (session_user, p_citizen, 'pulled');
    RETURN QUERY SELECT r.kind, r.id, r.version, r.fields, r.deleted FROM traedesten.record r
                 WHERE r.citizen_id = p_citizen ORDER BY r.kind, r.id;
END
$$;

/*
 * Erasure (GDPR art. 17), by the owner: the server keeps nothing of the citizen's content (records,
 * change log, conflicts); everyone who could see the citizen gets an 'erased' access change, so their
 * programs erase it too at the next pull. The access log keeps its rows, which hold no content.
 */
CREATE FUNCTION traedesten.erase(p_citizen text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    grantee name;
BEGIN
    PERFORM traedesten.require_owner(p_citizen, 'erase a citizen');
    DELETE FROM traedesten.change_log WHERE citizen_id = p_citizen;
    DELETE FROM traedesten.conflict WHERE citizen_id = p_citizen;
    DELETE FROM traedesten.record WHERE citizen_id = p_citizen;
    PERFORM traedesten.log_access(p_citizen, session_user, 'erased');
    FOR grantee IN SELECT s.grantee FROM traedesten.citizen_share s WHERE s.citizen_id = p_citizen LOOP
        PERFORM traedesten.log_access(p_citizen, grantee, 'erased');
    END LOOP;
    DELETE FROM traedesten.citizen_owner WHERE citizen_id = p_citizen; -- and its shares
    INSERT INTO traedesten.access_log (who, citizen_id, action) VALUES (session_user, p_citizen, 'erased');
END
$$;

-- People (members of traedesten_user, made by server init) use the functions; they read the tables only
-- through the policies and write none.
REVOKE ALL ON ALL TABLES IN SCHEMA traedesten FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA traedesten FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA traedesten TO traedesten_user;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA traedesten TO traedesten_user;
