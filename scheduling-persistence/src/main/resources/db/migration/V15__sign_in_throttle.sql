-- Failed sign-ins, counted in PostgreSQL so that every application node sees
-- the same counts (issue 11 §3). One row per subject that failed lately: an
-- account (by a SHA-256 hash of its normalised e-mail address, so that the
-- addresses people mistype or attackers try are not kept in clear, and an
-- unknown address counts exactly like a known one) or a client address (the
-- socket's remote address). A subject with too many failures in its window is
-- locked until locked_until; a successful sign-in deletes the account's row.
-- The limits live in SignInThrottle (see docs/security.md for why they are
-- fixed there and not business rules).

CREATE TABLE sign_in_failure (
    subject_kind     text        NOT NULL,
    subject          text        NOT NULL,
    failures         integer     NOT NULL,
    window_starts_at timestamptz NOT NULL,
    locked_until     timestamptz,
    CONSTRAINT sign_in_failure_one_row_per_subject PRIMARY KEY (subject_kind, subject),
    CONSTRAINT sign_in_failure_kind_is_account_or_address CHECK (subject_kind IN ('account', 'address')),
    CONSTRAINT sign_in_failure_subject_is_short CHECK (char_length(subject) BETWEEN 1 AND 100),
    CONSTRAINT sign_in_failure_counts_at_least_one CHECK (failures >= 1)
);

COMMENT ON TABLE sign_in_failure IS
    'Recent failed sign-ins per account (hash of the normalised e-mail) and per client address, shared by all nodes: the throttle of issue 11.';
COMMENT ON COLUMN sign_in_failure.subject IS
    'account: hex SHA-256 of the lower-cased e-mail address (known or not); address: the client''s IP address as the socket reports it.';
COMMENT ON COLUMN sign_in_failure.locked_until IS
    'Sign-ins for this subject are answered "too many attempts" until then, whatever the password.';
COMMENT ON CONSTRAINT sign_in_failure_kind_is_account_or_address ON sign_in_failure IS
    'Only the two subjects the throttle counts.';
COMMENT ON CONSTRAINT sign_in_failure_subject_is_short ON sign_in_failure IS
    'A hash or an IP address; never a free text that could grow the table.';
COMMENT ON CONSTRAINT sign_in_failure_counts_at_least_one ON sign_in_failure IS
    'A row exists only for a subject that failed at least once.';

-- The application counts, clears and reads failures; nothing else.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_failure TO coachcal_app;
    END IF;
END;
$$;
