-- Trædesten team server, schema version 2 (docs/team-server-design.md): consent governs what a department
-- sees of a household, an overview of the cases and colleagues for the program, and the programme role
-- that sees every citizen's figures and no names. Applied like 001, as traedesten_owner; the group role
-- traedesten_programme is made by `traedesten-cli server init` (the owner cannot create roles).

-- Whether @p_fields, a consent's, is in force today: given on or before today, not expired (expires_on,
-- when set, is today or later) and not withdrawn (withdrawn_on, when set, is after today): the client's
-- Consent::isValidOn. Dates are ISO strings ("YYYY-MM-DD"); NULL or '' is none.
CREATE FUNCTION traedesten.consent_current(p_fields jsonb) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(NULLIF(p_fields->>'given_on', '') <= to_char(current_date, 'YYYY-MM-DD'), false)
       AND COALESCE(NULLIF(p_fields->>'expires_on', '') >= to_char(current_date, 'YYYY-MM-DD'), true)
       AND COALESCE(NULLIF(p_fields->>'withdrawn_on', '') > to_char(current_date, 'YYYY-MM-DD'), true)
$$;

-- The departments for which a household was shared with @p_who (for writing only: read-write shares) and
-- for which the household has a consent in force: without one, a department's share gives nothing.
CREATE OR REPLACE FUNCTION traedesten.shared_departments(p_case text, p_who name, p_writing boolean) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT COALESCE(array_agg(s.department), '{}') FROM traedesten.case_share s
    WHERE s.case_id = p_case AND s.department IS NOT NULL AND (s.can_write OR NOT p_writing)
      AND traedesten.is_grantee(s.grantee, p_who)
      AND EXISTS (SELECT 1 FROM traedesten.record c
                  WHERE c.case_id = p_case AND c.kind = 'consent' AND NOT c.deleted
                    AND c.fields->>'department_id' = s.department AND traedesten.consent_current(c.fields))
$$;

-- A consent given, changed or deleted: every grantee of a share of that household for its department (the
-- department before and after the change) gets an 'access' change in the same transaction, so their program
-- asks my_access() and fetches the household or removes it. Only when whether it is in force, or its
-- department, changed.
CREATE FUNCTION traedesten.consent_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, traedesten AS $$
DECLARE
    was_current boolean := false;
    is_current boolean := NOT NEW.deleted AND traedesten.consent_current(NEW.fields);
    departments text[] := ARRAY[NEW.fields->>'department_id'];
    grantee_row record;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        was_current := NOT OLD.deleted AND traedesten.consent_current(OLD.fields);
        departments := departments || (OLD.fields->>'department_id');
        IF was_current = is_current AND OLD.fields->>'department_id' IS NOT DISTINCT FROM NEW.fields->>'department_id' THEN
            RETURN NULL;
        END IF;
    ELSIF NOT is_current THEN
        RETURN NULL;
    END IF;
    FOR grantee_row IN
        SELECT s.grantee, bool_or(s.can_write) AS can_write FROM traedesten.case_share s
        WHERE s.case_id = NEW.case_id AND s.department = ANY (departments)
        GROUP BY s.grantee ORDER BY s.grantee
    LOOP
        PERFORM traedesten.log_access(NEW.case_id, grantee_row.grantee,
                                      CASE WHEN grantee_row.can_write THEN 'write' ELSE 'read' END);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER consent_changed AFTER INSERT OR UPDATE ON traedesten.record
    FOR EACH ROW WHEN (NEW.kind = 'consent') EXECUTE FUNCTION traedesten.consent_changed();

-- The programme: members of the group role traedesten_programme (made by server init; a person made a member
-- with `traedesten-cli server grant traedesten_programme USER`) read every citizen's and household's figures,
-- pseudonymised (figures_only), and write nothing. Not a superuser's shortcut: a superuser is no member here.
CREATE FUNCTION traedesten.is_programme(p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_who AND NOT r.rolsuper)
                THEN pg_has_role(p_who, 'traedesten_programme', 'MEMBER') ELSE false END
$$;

-- The secret key of the pseudonyms: random, made once, readable by the owner only (no grant, and the
-- functions that use it are not granted either), so a pseudonym cannot be computed from an id.
CREATE TABLE traedesten.pseudonym_key (
    only_one  boolean PRIMARY KEY DEFAULT true CHECK (only_one),
    key       bytea NOT NULL
);
INSERT INTO traedesten.pseudonym_key (key)
SELECT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
ALTER TABLE traedesten.pseudonym_key ENABLE ROW LEVEL SECURITY;
ALTER TABLE traedesten.pseudonym_key FORCE ROW LEVEL SECURITY;

-- "@p_prefix 3f2a9c1b": the same for the same id always, keyed with pseudonym_key.
CREATE FUNCTION traedesten.pseudonym(p_prefix text, p_id text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT p_prefix || ' ' || left(encode(sha256(k.key || convert_to(p_id, 'UTF8') || k.key), 'hex'), 8)
    FROM traedesten.pseudonym_key k
$$;

-- @p_fields with the values of @p_values for the keys it has (a tombstone keeps its few keys).
CREATE FUNCTION traedesten.masked(p_fields jsonb, p_values jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT p_fields || COALESCE((SELECT jsonb_object_agg(v.key, v.value) FROM jsonb_each(p_values) v
                                 WHERE p_fields ? v.key), '{}'::jsonb)
$$;

/*
 * What the programme sees of a citizen's or household's record (@p_kind, @p_id, @p_fields): the kinds the
 * caseload report counts (citizens, goals, stepping stones, budgets, ledger entries, measurements,
 * households, members, benefits) with every personal field replaced: a name by a stable pseudonym, CPR,
 * contact, birth date and birth year, free text and the support persons' names emptied (values the client's
 * NOT NULL and CHECK constraints accept). NULL for every other kind (journal notes, receipts, the family
 * plan's text, interventions, consents, and any kind added later): those are not shown at all. The one
 * rule; pull() and snapshot() use it. A new kind or field must be added here to reach the programme.
 */
CREATE FUNCTION traedesten.figures_only(p_kind text, p_id text, p_fields jsonb) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, traedesten AS $$
    SELECT CASE p_kind
        WHEN 'citizen' THEN traedesten.masked(p_fields, jsonb_build_object(
            'name', traedesten.pseudonym('Borger', p_id), 'cpr', '', 'birth_date', NULL, 'phone', '', 'email', '',
            'address', '', 'support_person', ''))
        WHEN 'household' THEN traedesten.masked(p_fields, jsonb_build_object(
            'name', traedesten.pseudonym('Husstand', p_id), 'family_coordinator', ''))
        WHEN 'household_member' THEN traedesten.masked(p_fields, jsonb_build_object(
            'name', traedesten.pseudonym('Medlem', p_id), 'birth_year', 0, 'relation', ''))
        WHEN 'goal' THEN traedesten.masked(p_fields, jsonb_build_object('own_words', ''))
        WHEN 'stepping_stone' THEN traedesten.masked(p_fields, jsonb_build_object('title', ''))
        WHEN 'budget' THEN p_fields
        WHEN 'ledger_entry' THEN traedesten.masked(p_fields, jsonb_build_object(
            'payee', '', 'description', '', 'bought_by', '', 'void_reason', ''))
        WHEN 'measurement' THEN traedesten.masked(p_fields, jsonb_build_object('measured_by', '', 'note', ''))
        WHEN 'benefit' THEN traedesten.masked(p_fields, jsonb_build_object('note', ''))
    END
$$;

-- May @p_who read anything of the case: whole-case access, a department's share with consent, or (a
-- programme member) its figures.
CREATE OR REPLACE FUNCTION traedesten.may_read(p_case text, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT traedesten.case_access(p_case, p_who) IS NOT NULL
        OR cardinality(traedesten.shared_departments(p_case, p_who, false)) > 0
        OR (traedesten.is_programme(p_who)
            AND EXISTS (SELECT 1 FROM traedesten.case_owner o WHERE o.case_id = p_case))
$$;

-- May @p_who write the record: as before, and never a programme member.
CREATE OR REPLACE FUNCTION traedesten.may_write(p_case text, p_kind text, p_fields jsonb, p_who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT NOT traedesten.is_programme(p_who)
       AND (COALESCE(traedesten.case_access(p_case, p_who) = 'write', false)
            OR COALESCE(p_kind = 'intervention'
                        AND p_fields->>'department_id' = ANY (traedesten.shared_departments(p_case, p_who, true)),
                        false))
$$;

-- What the caller may now do with the case: 'figures' (a programme member: every case, pseudonymised),
-- 'write', 'read', 'department' (a share for one department of a household, with consent), or NULL
-- (nothing: the program removes it).
CREATE OR REPLACE FUNCTION traedesten.my_access(p_case text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT CASE WHEN traedesten.is_programme(session_user)
                THEN CASE WHEN EXISTS (SELECT 1 FROM traedesten.case_owner o WHERE o.case_id = p_case)
                          THEN 'figures' END
                ELSE COALESCE(traedesten.case_access(p_case, session_user),
                              CASE WHEN cardinality(traedesten.shared_departments(p_case, session_user, false)) > 0
                                   THEN 'department' END)
           END
$$;

/*
 * The changes after the cursor (p_tx, p_seq) that the caller may see, in the server's order, only of
 * transactions older than every one still running, so a late commit is never skipped. At most p_limit
 * changes are examined; what the caller may see of them is returned, and when the last one examined is not
 * among them a row of kind 'cursor' (no content) says how far the server looked. The cursor to pass next is
 * the last row's (tx, seq); an empty answer means nothing more. Access is looked up once per case in the
 * window, not per row. A programme member gets every case's records as figures_only() shows them (the
 * catalogue as it is). Logs one 'pulled' per case returned.
 */
CREATE OR REPLACE FUNCTION traedesten.pull(p_tx xid8, p_seq bigint, p_limit integer)
RETURNS TABLE (tx xid8, seq bigint, kind text, id text, case_id text, version bigint, fields jsonb,
               deleted boolean, author name, at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    who name := session_user;
    programme boolean := traedesten.is_programme(session_user);
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
        FROM (SELECT DISTINCT e.case_id FROM examined e WHERE e.kind <> 'access' AND NOT programme) k),
    shown AS MATERIALIZED (
        SELECT e.tx, e.seq, e.kind, e.id, e.case_id, e.version,
               CASE WHEN e.kind = 'access'
                    THEN CASE WHEN traedesten.is_grantee((e.fields->>'user')::name, who) THEN e.fields END
                    WHEN programme
                    THEN CASE WHEN e.case_id = 'catalogue' THEN e.fields
                              ELSE traedesten.figures_only(e.kind, e.id, e.fields) END
                    WHEN traedesten.visible(e.kind, e.fields, a.whole, a.departments) THEN e.fields
               END AS shown_fields,
               e.deleted, e.author, e.at
        FROM examined e LEFT JOIN access a ON a.case_id = e.case_id),
    picked AS MATERIALIZED (
        SELECT s.* FROM shown s WHERE s.shown_fields IS NOT NULL),
    logged AS (
        INSERT INTO traedesten.access_log (who, case_id, action)
        SELECT DISTINCT who, p.case_id, 'pulled' FROM picked p WHERE p.case_id <> 'catalogue'),
    last AS (
        SELECT e.tx, e.seq FROM examined e ORDER BY e.tx DESC, e.seq DESC LIMIT 1)
    SELECT p.tx, p.seq, p.kind, p.id, p.case_id, p.version, p.shown_fields, p.deleted, p.author, p.at
    FROM picked p
    UNION ALL
    SELECT l.tx, l.seq, 'cursor'::text, ''::text, ''::text, 0::bigint, '{}'::jsonb, false, who, clock_timestamp()
    FROM last l WHERE NOT EXISTS (SELECT 1 FROM picked p WHERE p.tx = l.tx AND p.seq = l.seq)
    ORDER BY 1, 2;
END
$$;

-- The case's records as they stand and as the caller may see them (a programme member: figures_only()),
-- for a program that was just given access (an 'access' change).
CREATE OR REPLACE FUNCTION traedesten.snapshot(p_case text)
RETURNS TABLE (kind text, id text, version bigint, fields jsonb, deleted boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    IF NOT traedesten.may_read(p_case, session_user) THEN
        RAISE EXCEPTION 'no access to this case' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_case <> 'catalogue' THEN
        INSERT INTO traedesten.access_log (who, case_id, action) VALUES (session_user, p_case, 'pulled');
    END IF;
    IF traedesten.is_programme(session_user) AND p_case <> 'catalogue' THEN
        RETURN QUERY SELECT s.kind, s.id, s.version, s.shown, s.deleted
                     FROM (SELECT r.kind, r.id, r.version, traedesten.figures_only(r.kind, r.id, r.fields) AS shown,
                                  r.deleted
                           FROM traedesten.record r WHERE r.case_id = p_case) s
                     WHERE s.shown IS NOT NULL
                     ORDER BY s.kind, s.id;
        RETURN;
    END IF;
    RETURN QUERY SELECT r.kind, r.id, r.version, r.fields, r.deleted FROM traedesten.record r
                 WHERE r.case_id = p_case AND traedesten.may_see(r.case_id, r.kind, r.fields, session_user)
                 ORDER BY r.kind, r.id;
END
$$;

-- push_batch as version 1 made it applies a batch; push_batch below refuses a programme member's first.
ALTER FUNCTION traedesten.push_batch(uuid, jsonb) RENAME TO apply_batch;

/*
 * Pushes one batch of changes, exactly once (apply_batch, version 1's push_batch, does the work). A
 * programme member writes nothing: each change is refused ('not_allowed'), except the built-in catalogue
 * records a new case file sends on its first push (base version 0, already on the server), which are passed
 * over as already there; the answer is kept like any batch's.
 */
CREATE FUNCTION traedesten.push_batch(p_batch uuid, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
DECLARE
    done    jsonb;
    result  jsonb;
BEGIN
    IF NOT traedesten.is_programme(session_user) THEN
        RETURN traedesten.apply_batch(p_batch, p_changes);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(p_batch::text, 0));
    SELECT b.result INTO done FROM traedesten.batch b WHERE b.batch_id = p_batch;
    IF FOUND THEN
        RETURN done;
    END IF;
    result := jsonb_build_object(
        'applied', 0, 'conflicts', 0,
        'refused', COALESCE((SELECT jsonb_agg(jsonb_build_object('kind', c->>'kind', 'id', c->>'id',
                                                                 'reason', 'not_allowed') ORDER BY n)
                             FROM jsonb_array_elements(p_changes) WITH ORDINALITY AS x(c, n)
                             WHERE NOT (c->>'case_id' = 'catalogue' AND COALESCE((c->>'base_version')::bigint, 0) = 0
                                        AND EXISTS (SELECT 1 FROM traedesten.record r
                                                    WHERE r.kind = c->>'kind' AND r.id = c->>'id'))),
                            '[]'::jsonb));
    INSERT INTO traedesten.batch (batch_id, author, result) VALUES (p_batch, session_user, result);
    RETURN result || jsonb_build_object('records', '[]'::jsonb);
END
$$;

-- erase as version 1 made it; erase below also tells the programme, which holds every citizen's figures.
ALTER FUNCTION traedesten.erase(text) RENAME TO erase_case;

/*
 * Erasure (GDPR art. 17), by the owner: see erase_case. Besides everyone who could see the citizen, the
 * programme's members get the 'erased' access change (addressed to the group role), so their programs
 * erase the citizen's figures too.
 */
CREATE FUNCTION traedesten.erase(p_case text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
BEGIN
    PERFORM traedesten.erase_case(p_case);
    PERFORM traedesten.log_access(p_case, 'traedesten_programme', 'erased');
END
$$;

/*
 * Every case (citizens' and households', not the catalogue) the caller may read, with its owner and its
 * shares: shares is a JSON array of {"grantee", "name", "is_team", "can_write", "department"} (department
 * null for a whole-case share), by grantee. A name is the person's or team's display name, or its role name
 * when it has none. For the program's list of who may see what.
 */
CREATE FUNCTION traedesten.case_overview()
RETURNS TABLE (case_id text, kind text, owner name, owner_name text, shares jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT o.case_id, o.kind, o.owner, COALESCE(NULLIF(op.display_name, ''), o.owner::text),
           COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                'grantee', s.grantee, 'name', COALESCE(NULLIF(p.display_name, ''), s.grantee::text),
                                'is_team', COALESCE(p.is_team, false), 'can_write', s.can_write,
                                'department', s.department) ORDER BY s.grantee)
                     FROM traedesten.case_share s LEFT JOIN traedesten.person p ON p.role_name = s.grantee
                     WHERE s.case_id = o.case_id), '[]'::jsonb)
    FROM traedesten.case_owner o LEFT JOIN traedesten.person op ON op.role_name = o.owner
    WHERE o.kind <> 'catalogue' AND traedesten.may_read(o.case_id, session_user)
    ORDER BY o.kind, o.case_id
$$;

-- Every support person and team but the caller and the programme's members (a case is never given or shared
-- to them), by display name: who a case can be transferred or shared to. display_name is the role name when
-- the person has none.
CREATE FUNCTION traedesten.colleagues()
RETURNS TABLE (role_name name, display_name text, is_team boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, traedesten AS $$
    SELECT p.role_name, COALESCE(NULLIF(p.display_name, ''), p.role_name::text), p.is_team
    FROM traedesten.person p
    WHERE p.role_name <> session_user AND NOT traedesten.is_programme(p.role_name)
    ORDER BY lower(COALESCE(NULLIF(p.display_name, ''), p.role_name::text)), p.role_name
$$;

-- New functions are executable by PUBLIC until told otherwise: people get the ones they call; the helpers
-- (the pseudonyms' key above all) and version 1's functions now wrapped are the owner's alone.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA traedesten FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA traedesten TO traedesten_user;
REVOKE EXECUTE ON FUNCTION traedesten.apply_batch(uuid, jsonb), traedesten.erase_case(text),
    traedesten.pseudonym(text, text), traedesten.figures_only(text, text, jsonb), traedesten.consent_changed()
    FROM traedesten_user;
