-- Personal API tokens (issue 14): a person trades their password once for a
-- random 256-bit secret and sends that secret as "Authorization: Bearer" with
-- every API request, so that the slow password hash runs only when signing in
-- or creating a token. Only the SHA-256 of the secret is stored: a copy of
-- this table lets nobody act for anyone. A token is never deleted: revoking
-- it sets revoked_at, so that who could act for whom, and until when, stays
-- on record.

CREATE TABLE api_token (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    public_id     uuid        NOT NULL DEFAULT gen_random_uuid(),
    user_id       bigint      NOT NULL,
    name          text        NOT NULL,
    secret_sha256 bytea       NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    CONSTRAINT api_token_pkey PRIMARY KEY (id),
    CONSTRAINT api_token_public_id_is_unique UNIQUE (public_id),
    CONSTRAINT api_token_secret_is_unique UNIQUE (secret_sha256),
    CONSTRAINT api_token_refers_to_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT api_token_name_is_sane CHECK (
        char_length(name) BETWEEN 1 AND 60 AND name !~ '[[:cntrl:]]' AND name = btrim(name)),
    CONSTRAINT api_token_stores_a_digest CHECK (octet_length(secret_sha256) = 32),
    CONSTRAINT api_token_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT api_token_lives_at_most_a_year CHECK (expires_at <= created_at + interval '365 days'),
    CONSTRAINT api_token_used_after_creation CHECK (last_used_at IS NULL OR last_used_at >= created_at),
    CONSTRAINT api_token_revoked_after_creation CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
CREATE INDEX api_token_by_user ON api_token (user_id, created_at);

COMMENT ON TABLE api_token IS
    'Personal API tokens: the SHA-256 of each random secret (the secret itself is shown once and never stored), its owner, a name the owner chose, and when it was created, last used (at most once a minute), expires and was revoked. Rows are history: never deleted, revoked by a timestamp.';
COMMENT ON COLUMN api_token.secret_sha256 IS 'SHA-256 of the whole token as sent (prefix included). A 256-bit random secret needs no salt or slow hash: it cannot be guessed, only copied.';
COMMENT ON COLUMN api_token.last_used_at IS 'Updated only when older than a minute, so that a busy client does not write a row on every request.';
COMMENT ON CONSTRAINT api_token_public_id_is_unique ON api_token IS 'The public id names the token in the API and on the pages; the internal id is never shown.';
COMMENT ON CONSTRAINT api_token_secret_is_unique ON api_token IS 'A request is authenticated by looking its hash up in this index: no secret is ever compared in the application, so timing tells nothing about it.';
COMMENT ON CONSTRAINT api_token_refers_to_user ON api_token IS 'A token acts for an existing user; a user who had tokens is not deleted (RESTRICT): the tokens are the record of who could act for them.';
COMMENT ON CONSTRAINT api_token_name_is_sane ON api_token IS 'A name is 1 to 60 characters without control characters or outer spaces (the application also refuses other hidden characters).';
COMMENT ON CONSTRAINT api_token_stores_a_digest ON api_token IS 'The stored value is a SHA-256 digest (32 bytes), never the secret.';
COMMENT ON CONSTRAINT api_token_expires_after_creation ON api_token IS 'Every token expires, after it was created.';
COMMENT ON CONSTRAINT api_token_lives_at_most_a_year ON api_token IS 'No token lives longer than 365 days; a new one is made for longer.';
COMMENT ON CONSTRAINT api_token_used_after_creation ON api_token IS 'A token is not used before it exists.';
COMMENT ON CONSTRAINT api_token_revoked_after_creation ON api_token IS 'A token is not revoked before it exists.';
COMMENT ON INDEX api_token_by_user IS 'A person''s list of tokens, oldest first.';

CREATE FUNCTION api_token_changes_only_by_use_and_revocation() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.public_id, NEW.user_id, NEW.name, NEW.secret_sha256, NEW.created_at, NEW.expires_at)
            IS DISTINCT FROM (OLD.id, OLD.public_id, OLD.user_id, OLD.name, OLD.secret_sha256, OLD.created_at, OLD.expires_at)
       OR (OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at) THEN
        RAISE EXCEPTION 'A token changes only when it is used or revoked, and a revoked token stays revoked.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'api_token_changes_only_by_use_and_revocation',
                  TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION api_token_changes_only_by_use_and_revocation() IS
    'Trigger body of api_token_changes_only_by_use_and_revocation.';
CREATE TRIGGER api_token_changes_only_by_use_and_revocation
    BEFORE UPDATE ON api_token
    FOR EACH ROW EXECUTE FUNCTION api_token_changes_only_by_use_and_revocation();
COMMENT ON TRIGGER api_token_changes_only_by_use_and_revocation ON api_token IS
    'A token''s owner, name, secret and lifetime are fixed; only last_used_at moves, and revoked_at is set once: a revoked token cannot be brought back.';

CREATE TRIGGER api_token_is_never_deleted
    BEFORE DELETE ON api_token
    FOR EACH ROW EXECUTE FUNCTION refuse_delete(
        'api_token_is_never_deleted',
        'A token is history and cannot be deleted; revoke it instead.');
COMMENT ON TRIGGER api_token_is_never_deleted ON api_token IS
    'Tokens are history (who could act for whom, until when): revoked, never deleted.';
CREATE TRIGGER api_token_is_never_truncated
    BEFORE TRUNCATE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('api_token_is_never_truncated');
COMMENT ON TRIGGER api_token_is_never_truncated ON api_token IS
    'Nor emptied: TRUNCATE would skip api_token_is_never_deleted.';

-- The application reads tokens, creates them, and changes only the two
-- columns that move (column privileges; see V13 for why the role may be
-- missing).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN
        RAISE NOTICE 'Role coachcal_app does not exist: no privileges on api_token granted; see the README.';
        RETURN;
    END IF;
    GRANT SELECT, INSERT ON api_token TO coachcal_app;
    GRANT UPDATE (last_used_at, revoked_at) ON api_token TO coachcal_app;
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO coachcal_app', pg_get_serial_sequence('api_token', 'id'));
END;
$$;
