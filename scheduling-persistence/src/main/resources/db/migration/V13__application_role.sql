-- The application's own database role: what the running application may do,
-- and nothing more. The owner (who runs these migrations) keeps everything
-- else; the application connects as a login role that is a member of
-- coachcal_app, is not a superuser and has no BYPASSRLS, so it cannot switch
-- triggers off (session_replication_role), TRUNCATE anything, change or
-- delete history, or alter the schema, whatever SQL it is tricked into.
--
-- coachcal_app is created here when the migrating role may create roles (the
-- embedded database, a test server); otherwise an administrator creates it
-- beforehand (README). Roles belong to the whole server, so it is created
-- only once and granted in each database.

DO $$
DECLARE
    may_create boolean;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN
        SELECT rolsuper OR rolcreaterole INTO may_create FROM pg_roles WHERE rolname = current_user;
        IF NOT may_create THEN
            RAISE NOTICE 'Role coachcal_app does not exist and % may not create it: no privileges granted; see the README.', current_user;
            RETURN;
        END IF;
        CREATE ROLE coachcal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        COMMENT ON ROLE coachcal_app IS
            'Coachcal''s application role: the privileges of the running application. Its login role is a member; the schema owner runs migrations.';
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO coachcal_app', current_schema());
    -- Written by the application.
    GRANT SELECT, INSERT, UPDATE ON app_user, user_role, coaching_relationship, appointment TO coachcal_app;
    -- A coach's own settings and a cache: changed and deleted freely.
    GRANT SELECT, INSERT, UPDATE, DELETE ON office_hours, time_off, extra_hours TO coachcal_app;
    GRANT SELECT, INSERT, DELETE ON idempotent_request TO coachcal_app;
    -- Rules change only in value (their triggers keep the rest fixed).
    GRANT SELECT, UPDATE ON business_rule TO coachcal_app;
    -- Written by triggers, which run with the acting role's privileges; the
    -- triggers refuse a hand-written INSERT, and UPDATE and DELETE are not granted.
    GRANT SELECT, INSERT ON appointment_history, business_rule_change TO coachcal_app;
    GRANT SELECT, UPDATE ON rule_guard TO coachcal_app;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO coachcal_app', current_schema());
END;
$$;
