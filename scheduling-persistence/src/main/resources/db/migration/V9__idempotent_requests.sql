-- Idempotency keys: a client that repeats a request (a double-clicked
-- "Book", a retried API call) gets the first answer again instead of a second
-- booking.

CREATE TABLE idempotent_request (
    user_id             bigint      NOT NULL,
    idempotency_key     text        NOT NULL,
    request_fingerprint text        NOT NULL,
    response_status     integer     NOT NULL,
    response_body       text,
    location            text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_request_key_used_once PRIMARY KEY (user_id, idempotency_key),
    CONSTRAINT idempotent_request_refers_to_user FOREIGN KEY (user_id)
        REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT idempotent_request_key_is_sane CHECK (idempotency_key ~ '^[A-Za-z0-9_-]{1,64}$'),
    CONSTRAINT idempotent_request_fingerprint_is_present CHECK (char_length(request_fingerprint) BETWEEN 1 AND 256),
    CONSTRAINT idempotent_request_status_is_http CHECK (response_status BETWEEN 100 AND 599)
);
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);

COMMENT ON TABLE idempotent_request IS
    'The answer given to each (user, Idempotency-Key) request, replayed when the same user sends the same key again. The fingerprint (a hash of method, path and body) tells a true repeat from a different request reusing a key. Old rows may be swept by age.';
COMMENT ON COLUMN idempotent_request.location IS 'The Location header of the first answer (e.g. the new call''s URL), if it had one.';
COMMENT ON CONSTRAINT idempotent_request_key_used_once ON idempotent_request IS 'A user''s key stands for one request: of two concurrent requests with the same key, one waits and then fails here, and replays the stored answer.';
COMMENT ON CONSTRAINT idempotent_request_refers_to_user ON idempotent_request IS 'Stored answers belong to the user and go with them (ON DELETE CASCADE): they are a cache, not history.';
COMMENT ON CONSTRAINT idempotent_request_key_is_sane ON idempotent_request IS 'Keys are 1 to 64 characters of A-Z, a-z, 0-9, _ and -: enough for a UUID, nothing that needs escaping.';
COMMENT ON CONSTRAINT idempotent_request_fingerprint_is_present ON idempotent_request IS 'Without a fingerprint a different request reusing the key could not be told apart.';
COMMENT ON CONSTRAINT idempotent_request_status_is_http ON idempotent_request IS 'The stored status is an HTTP status code.';
