-- Row-level security: what a person sees and changes is what the database
-- allows them, whatever SQL the application runs for them.
--
-- Every transaction of the application names its acting user
-- (SET LOCAL coachcal.actor_id, read by current_actor_id()). The policies
-- below let a client see their own rows, a coach their clients' rows, an
-- active admin everything, and nobody anything when no actor is named (deny
-- by default). They bind the application's login (a member of coachcal_app);
-- the owner who migrates and a superuser bypass them, so they mean something
-- only when the application connects as its own login (README).
--
-- Triggers must keep seeing everybody's rows (overlaps, monthly counts, the
-- last active admin, history): every trigger function runs as its owner
-- (SECURITY DEFINER) with a pinned search_path. The few things the
-- application must read across people (a coach's busy times for the free
-- slots, an account at sign-in, the zones of active users) are narrow
-- SECURITY DEFINER functions that return only what is needed.

DO $$
DECLARE
    schema_name text := current_schema();
    trigger_function regprocedure;
BEGIN
    FOR trigger_function IN
        SELECT p.oid::regprocedure FROM pg_proc p
         WHERE p.pronamespace = schema_name::regnamespace AND p.prorettype = 'trigger'::regtype
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                              AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                       trigger_function, schema_name);
    END LOOP;
END;
$$;

-- Whether the acting user holds a role actively. STABLE and called as a
-- scalar subquery in the policies, so it runs once per statement, not per row.
CREATE FUNCTION coachcal_actor_is(wanted role_name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM user_role
                    WHERE user_id = current_actor_id() AND role = wanted AND active);
$$;
COMMENT ON FUNCTION coachcal_actor_is(role_name) IS
    'True when the acting user (coachcal.actor_id) holds the role actively; false when no actor is named. Used by the row-level security policies.';

-- The people the acting user knows: themselves, their coaches and their
-- clients, in any relationship (past ones too, so that old calls keep their
-- names). An array computed once per statement (the policies call it as a
-- scalar subquery), so that checking a row is a cheap "= ANY", not a function
-- call per row. SECURITY DEFINER: it reads relationships past their policy.
CREATE FUNCTION coachcal_actor_people() RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
DECLARE
    -- Read once: in a WHERE clause the setting would be read again for every row.
    actor bigint := current_actor_id();
BEGIN
    IF actor IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN ARRAY(SELECT actor
                 UNION SELECT r.coach_id FROM coaching_relationship r WHERE r.client_id = actor
                 UNION SELECT r.client_id FROM coaching_relationship r WHERE r.coach_id = actor);
END;
$$;
COMMENT ON FUNCTION coachcal_actor_people() IS
    'The acting user, their coaches and their clients (any relationship, past ones too); NULL, so nobody, when no actor is named. Used by the row-level security policies.';

-- A coach's booked times, without who booked them: what a client needs to be
-- offered free slots, and no more. Only for the coach, their clients and
-- admins; who may is decided once, not for every call.
CREATE FUNCTION coach_booked_times(coach bigint, within tstzrange, except_call bigint)
RETURNS TABLE (starts_at timestamptz, ends_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    IF coach = ANY (coachcal_actor_people()) OR coachcal_actor_is('admin') THEN
        RETURN QUERY SELECT a.starts_at, a.ends_at FROM appointment a
                      WHERE a.coach_id = coach AND a.status = 'booked' AND a.id <> except_call AND a.during && within
                      ORDER BY a.starts_at;
    END IF;
END;
$$;
COMMENT ON FUNCTION coach_booked_times(bigint, tstzrange, bigint) IS
    'The booked times of a coach that overlap a period (except one call), for the coach, their clients and admins: the free slots need them, the row-level security of appointment hides other clients'' calls.';

-- Sign-in looks a person up by e-mail before anybody is acting: only the id,
-- the hash and whether a new password is due, of that one address, never the table.
CREATE FUNCTION account_for_sign_in(address text)
RETURNS TABLE (user_id bigint, password_hash text, must_change_password boolean)
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT u.id, u.password_hash, u.must_change_password FROM app_user u WHERE lower(u.email) = lower(address);
$$;
COMMENT ON FUNCTION account_for_sign_in(text) IS
    'The internal id, password hash and must-change flag of the account with this e-mail (any letter case), for sign-in and the checks around it, which happen before an actor is known.';

-- The start-up check of time-zone data compares every zone in use.
CREATE FUNCTION active_user_time_zones() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT DISTINCT u.time_zone FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.active;
$$;
COMMENT ON FUNCTION active_user_time_zones() IS
    'The time zones of users with an active role, for the start-up check that Java and PostgreSQL agree on them; names no user.';

DO $$
DECLARE
    schema_name text := current_schema();
BEGIN
    EXECUTE format('ALTER FUNCTION coachcal_actor_is(role_name) SET search_path = %I, pg_temp', schema_name);
    EXECUTE format('ALTER FUNCTION coachcal_actor_people() SET search_path = %I, pg_temp', schema_name);
    EXECUTE format('ALTER FUNCTION coach_booked_times(bigint, tstzrange, bigint) SET search_path = %I, pg_temp', schema_name);
    EXECUTE format('ALTER FUNCTION account_for_sign_in(text) SET search_path = %I, pg_temp', schema_name);
    EXECUTE format('ALTER FUNCTION active_user_time_zones() SET search_path = %I, pg_temp', schema_name);
    -- Functions are executable by PUBLIC by default: only the application may call these.
    REVOKE EXECUTE ON FUNCTION coach_booked_times(bigint, tstzrange, bigint), account_for_sign_in(text),
        active_user_time_zones() FROM PUBLIC;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN
        GRANT EXECUTE ON FUNCTION coach_booked_times(bigint, tstzrange, bigint), account_for_sign_in(text),
            active_user_time_zones() TO coachcal_app;
    END IF;
END;
$$;

-- Calls: their client, their coach, admins. FOR ALL: the same rows may be
-- changed, and a new or changed row must still be one's own (WITH CHECK).
ALTER TABLE appointment ENABLE ROW LEVEL SECURITY;
CREATE POLICY appointment_belongs_to_its_client_and_coach ON appointment
    USING (client_id = (SELECT current_actor_id()) OR coach_id = (SELECT current_actor_id())
           OR (SELECT coachcal_actor_is('admin')));
COMMENT ON POLICY appointment_belongs_to_its_client_and_coach ON appointment IS
    'A client sees and changes their own calls, a coach their clients'' calls, an admin all; nobody anything without an actor.';

-- History: with its call. Written only by the (SECURITY DEFINER) trigger.
ALTER TABLE appointment_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY appointment_history_is_seen_with_its_call ON appointment_history FOR SELECT
    USING (EXISTS (SELECT 1 FROM appointment a WHERE a.id = appointment_id));
COMMENT ON POLICY appointment_history_is_seen_with_its_call ON appointment_history IS
    'The history of a call is seen by whoever sees the call (appointment''s own policy applies inside).';

ALTER TABLE coaching_relationship ENABLE ROW LEVEL SECURITY;
CREATE POLICY relationship_belongs_to_its_client_and_coach ON coaching_relationship
    USING (client_id = (SELECT current_actor_id()) OR coach_id = (SELECT current_actor_id())
           OR (SELECT coachcal_actor_is('admin')));
COMMENT ON POLICY relationship_belongs_to_its_client_and_coach ON coaching_relationship IS
    'A client sees their relationships, a coach theirs with clients; only admins make or end them (the application checks the role, this policy the rows).';

-- People: oneself, one's coaches or clients (any relationship, past ones
-- too, so that old calls keep their names), admins everybody.
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_user_is_seen_by_self_their_coach_or_clients ON app_user FOR SELECT
    USING (id = ANY ((SELECT coachcal_actor_people())::bigint[]) OR (SELECT coachcal_actor_is('admin')));
CREATE POLICY app_user_is_changed_by_self_and_admins ON app_user FOR UPDATE
    USING (id = (SELECT current_actor_id()) OR (SELECT coachcal_actor_is('admin')));
CREATE POLICY app_user_is_created_by_admins ON app_user FOR INSERT
    WITH CHECK ((SELECT coachcal_actor_is('admin')));
COMMENT ON POLICY app_user_is_seen_by_self_their_coach_or_clients ON app_user IS
    'A person sees their own account, their coaches'' and clients'' (for names on calls); admins see all.';
COMMENT ON POLICY app_user_is_changed_by_self_and_admins ON app_user IS
    'A person changes their own account (password); admins any.';
COMMENT ON POLICY app_user_is_created_by_admins ON app_user IS
    'Only admins create accounts.';

-- A coach's calendar: kept by the coach (and admins), read by their clients,
-- whose free slots it makes.
ALTER TABLE office_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_off ENABLE ROW LEVEL SECURITY;
ALTER TABLE extra_hours ENABLE ROW LEVEL SECURITY;
CREATE POLICY office_hours_are_kept_by_their_coach ON office_hours
    USING (coach_id = (SELECT current_actor_id()) OR (SELECT coachcal_actor_is('admin')));
CREATE POLICY office_hours_are_seen_by_the_coachs_clients ON office_hours FOR SELECT
    USING (coach_id = ANY ((SELECT coachcal_actor_people())::bigint[]));
CREATE POLICY time_off_is_kept_by_its_coach ON time_off
    USING (coach_id = (SELECT current_actor_id()) OR (SELECT coachcal_actor_is('admin')));
CREATE POLICY time_off_is_seen_by_the_coachs_clients ON time_off FOR SELECT
    USING (coach_id = ANY ((SELECT coachcal_actor_people())::bigint[]));
CREATE POLICY extra_hours_are_kept_by_their_coach ON extra_hours
    USING (coach_id = (SELECT current_actor_id()) OR (SELECT coachcal_actor_is('admin')));
CREATE POLICY extra_hours_are_seen_by_the_coachs_clients ON extra_hours FOR SELECT
    USING (coach_id = ANY ((SELECT coachcal_actor_people())::bigint[]));
COMMENT ON POLICY office_hours_are_kept_by_their_coach ON office_hours IS
    'A coach sees and changes their own office hours; admins all.';
COMMENT ON POLICY office_hours_are_seen_by_the_coachs_clients ON office_hours IS
    'A client reads their coach''s office hours: their free slots are made of them.';
COMMENT ON POLICY time_off_is_kept_by_its_coach ON time_off IS
    'A coach sees and changes their own time off; admins all.';
COMMENT ON POLICY time_off_is_seen_by_the_coachs_clients ON time_off IS
    'A client reads their coach''s time off: it removes free slots.';
COMMENT ON POLICY extra_hours_are_kept_by_their_coach ON extra_hours IS
    'A coach sees and changes their own extra hours; admins all.';
COMMENT ON POLICY extra_hours_are_seen_by_the_coachs_clients ON extra_hours IS
    'A client reads their coach''s extra hours: they add free slots.';
