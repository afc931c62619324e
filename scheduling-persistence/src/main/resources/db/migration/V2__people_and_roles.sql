-- People and their role memberships.
--
-- A user is a person who can sign in; what they may do comes from role
-- memberships, each with its own "active" flag, so that "an inactive client
-- who is not a client" cannot be written down.

-- Who is acting in this transaction: the application runs
-- SET LOCAL coachcal.actor_id = '<internal user id>' at the start of each
-- transaction; audit triggers read it back here. NULL when nobody said.
CREATE FUNCTION current_actor_id() RETURNS bigint
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    setting text := nullif(btrim(current_setting('coachcal.actor_id', true)), '');
BEGIN
    IF setting IS NULL THEN
        RETURN NULL;
    END IF;
    IF setting !~ '^[0-9]{1,18}$' THEN
        RAISE EXCEPTION 'The acting user is not known (coachcal.actor_id must be a user''s internal id, not "%").', setting
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN setting::bigint;
END;
$$;
COMMENT ON FUNCTION current_actor_id() IS
    'The internal id of the user acting in this transaction, from SET LOCAL coachcal.actor_id; NULL when unset. Audit triggers use it so that history says who did what.';

-- A zone name that both PostgreSQL and java.time understand the same way.
-- Declared IMMUTABLE so that a CHECK constraint may call it; PostgreSQL itself
-- treats "timestamp AT TIME ZONE text" as immutable, on the same reasoning
-- (zone names change only with a tzdata upgrade). The SET clause gives the
-- function its own TimeZone setting, restored on exit, so trying the name
-- with set_config below leaves the caller's session untouched.
CREATE FUNCTION is_iana_time_zone(zone text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE
SET TimeZone = 'UTC'
AS $$
BEGIN
    IF zone IS NULL THEN
        RETURN false;
    END IF;
    IF zone = 'UTC' THEN
        RETURN true;
    END IF;
    -- Area/Location names of the geographic areas only: no abbreviations
    -- (EST), no POSIX rules or offsets (UTC+3, +03:00), no Etc/GMT+3 whose
    -- sign is the reverse of what people expect, no legacy links (US/Eastern).
    IF zone !~ '^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(/[A-Z][A-Za-z0-9_+-]*){1,2}$' THEN
        RETURN false;
    END IF;
    -- PostgreSQL must know the zone, or it cannot compute office hours in it.
    PERFORM timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE zone;
    -- PostgreSQL finds zone files whatever the letter case (Europe/LONDON);
    -- java.time does not. set_config answers with the zone's own spelling.
    RETURN set_config('TimeZone', zone, true) = zone;
EXCEPTION
    WHEN invalid_parameter_value OR feature_not_supported THEN
        RETURN false;
END;
$$;
COMMENT ON FUNCTION is_iana_time_zone(text) IS
    'True for ''UTC'' and for geographic IANA Area/Location names that PostgreSQL knows, spelled exactly (Europe/London, America/Argentina/Buenos_Aires); false for abbreviations, offsets, POSIX rules and misspelt case, which java.time and PostgreSQL read differently or which have no daylight-saving rules.';

CREATE TABLE app_user (
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    public_id            uuid        NOT NULL DEFAULT gen_random_uuid(),
    email                text        NOT NULL,
    display_name         text        NOT NULL,
    time_zone            text        NOT NULL,
    password_hash        text        NOT NULL,
    must_change_password boolean     NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_user_pkey PRIMARY KEY (id),
    CONSTRAINT app_user_public_id_is_unique UNIQUE (public_id),
    -- The WHATWG "valid e-mail address" (what a browser's type=email accepts),
    -- with at least one dot in the domain, at most 64 characters before the @
    -- and 254 in all.
    CONSTRAINT app_user_email_is_sane CHECK (
        char_length(email) <= 254
        AND email ~ '^[A-Za-z0-9.!#$%&''*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$'
    ),
    CONSTRAINT app_user_display_name_is_sane CHECK (
        char_length(display_name) BETWEEN 1 AND 100
        AND btrim(display_name) <> ''
        AND display_name !~ '[\u0001-\u001f\u007f-\u009f]'
    ),
    CONSTRAINT app_user_time_zone_is_iana CHECK (is_iana_time_zone(time_zone)),
    CONSTRAINT app_user_password_hash_is_present CHECK (char_length(password_hash) > 0)
);
CREATE UNIQUE INDEX app_user_email_is_unique ON app_user (lower(email));

COMMENT ON TABLE app_user IS
    'A person who can sign in. The bigint id is internal (foreign keys only); public_id is the only identifier ever shown outside the database. time_zone is the zone the person lives in: a coach''s office hours are wall-clock times in it, a client''s calendar months are counted in it.';
COMMENT ON COLUMN app_user.public_id IS 'The only identifier published in URLs, pages and the API.';
COMMENT ON COLUMN app_user.time_zone IS 'IANA zone name (Europe/London) or UTC; never an abbreviation or offset, because those have no daylight-saving rules.';
COMMENT ON COLUMN app_user.must_change_password IS 'Set when staff create the account with a temporary password.';
COMMENT ON CONSTRAINT app_user_public_id_is_unique ON app_user IS 'A public id names exactly one user.';
COMMENT ON CONSTRAINT app_user_email_is_sane ON app_user IS 'An e-mail address of a shape that mail can be delivered to: the browser''s type=email rule, a dotted domain, at most 254 characters.';
COMMENT ON CONSTRAINT app_user_display_name_is_sane ON app_user IS 'A name shown on pages: 1 to 100 characters, not blank, no control characters that would garble a page or a log.';
COMMENT ON CONSTRAINT app_user_time_zone_is_iana ON app_user IS 'Office hours and calendar months are computed in this zone, so it must have real daylight-saving rules that PostgreSQL and java.time agree on.';
COMMENT ON CONSTRAINT app_user_password_hash_is_present ON app_user IS 'Every account has a password hash; an empty one would be a sign-in hole.';
COMMENT ON INDEX app_user_email_is_unique IS 'One account per e-mail address, whatever its letter case: people sign in with the address as they remember it.';

CREATE TYPE role_name AS ENUM ('client', 'coach', 'admin');
COMMENT ON TYPE role_name IS 'What a user may be: a client who books calls, a coach who takes them, an admin who runs the service.';

CREATE TABLE user_role (
    user_id bigint      NOT NULL,
    role    role_name   NOT NULL,
    active  boolean     NOT NULL DEFAULT true,
    since   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_role_one_membership_per_role PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_refers_to_user FOREIGN KEY (user_id)
        REFERENCES app_user (id) ON DELETE CASCADE
);
COMMENT ON TABLE user_role IS
    'Role memberships. Activity belongs to the membership, so an inactive client is still a client (with history) and a user who is not a client cannot be an active or inactive one.';
COMMENT ON COLUMN user_role.since IS 'When this membership last became active or inactive (kept up to date by a trigger).';
COMMENT ON CONSTRAINT user_role_one_membership_per_role ON user_role IS 'A user holds each role at most once; deactivate and reactivate rather than add a second membership.';
COMMENT ON CONSTRAINT user_role_refers_to_user ON user_role IS 'A membership belongs to a user and goes with them (ON DELETE CASCADE): it means nothing without the person.';

-- Only the identity check lives here; V8 adds what deactivation does to
-- relationships and calls, once those tables exist.
CREATE FUNCTION user_role_keeps_its_identity() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.user_id <> OLD.user_id OR NEW.role <> OLD.role THEN
        RAISE EXCEPTION 'A role membership cannot be handed to another user or turned into another role; end it and add a new one.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'role_membership_identity_is_fixed',
                  TABLE = 'user_role';
    END IF;
    IF NEW.active IS DISTINCT FROM OLD.active AND NEW.since IS NOT DISTINCT FROM OLD.since THEN
        NEW.since := now();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER role_membership_identity_is_fixed
    BEFORE UPDATE ON user_role
    FOR EACH ROW EXECUTE FUNCTION user_role_keeps_its_identity();
COMMENT ON TRIGGER role_membership_identity_is_fixed ON user_role IS
    'A membership''s user and role never change (history refers to them), and "since" follows every change of "active".';
