-- Appointments ("calls" on the pages): a client's booked time with their coach.
--
-- Every booking rule that does not depend on who is acting lives here, so a
-- raw INSERT or UPDATE that breaks one fails like the application would.
-- booking_notice, booking_horizon and change_notice depend on the actor
-- (staff may override them) and stay in Java.

CREATE TYPE appointment_status AS ENUM ('booked', 'cancelled');
COMMENT ON TYPE appointment_status IS 'A call is booked until it is cancelled; cancelling is final.';

CREATE TABLE appointment (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    public_id       uuid               NOT NULL DEFAULT gen_random_uuid(),
    relationship_id bigint             NOT NULL,
    coach_id        bigint             NOT NULL,
    client_id       bigint             NOT NULL,
    starts_at       timestamptz        NOT NULL,
    ends_at         timestamptz        NOT NULL,
    during          tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    blocked         tstzrange          NOT NULL,
    status          appointment_status NOT NULL DEFAULT 'booked',
    cancelled_at    timestamptz,
    cancelled_by    bigint,
    cancel_reason   text,
    created_at      timestamptz        NOT NULL DEFAULT now(),
    created_by      bigint,
    CONSTRAINT appointment_pkey PRIMARY KEY (id),
    CONSTRAINT appointment_public_id_is_unique UNIQUE (public_id),
    CONSTRAINT appointment_refers_to_relationship FOREIGN KEY (relationship_id, coach_id, client_id)
        REFERENCES coaching_relationship (id, coach_id, client_id) ON DELETE RESTRICT,
    CONSTRAINT appointment_refers_to_creator FOREIGN KEY (created_by)
        REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT appointment_refers_to_canceller FOREIGN KEY (cancelled_by)
        REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT appointment_ends_after_it_starts CHECK (ends_at > starts_at),
    CONSTRAINT appointment_blocked_covers_the_call CHECK (
        lower(blocked) = starts_at AND NOT upper_inf(blocked) AND upper(blocked) >= ends_at
    ),
    CONSTRAINT appointment_cancel_details_match_status CHECK (
        (status = 'booked' AND cancelled_at IS NULL AND cancelled_by IS NULL AND cancel_reason IS NULL)
        OR (status = 'cancelled' AND cancelled_at IS NOT NULL)
    ),
    CONSTRAINT appointment_cancel_reason_is_sane CHECK (
        cancel_reason IS NULL
        OR (char_length(cancel_reason) <= 500 AND cancel_reason !~ '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]')
    ),
    CONSTRAINT appointment_no_coach_overlap EXCLUDE USING gist (
        coach_id WITH =, blocked WITH &&
    ) WHERE (status = 'booked'),
    CONSTRAINT appointment_no_client_overlap EXCLUDE USING gist (
        client_id WITH =, during WITH &&
    ) WHERE (status = 'booked')
);
CREATE INDEX appointment_by_relationship ON appointment (relationship_id);
CREATE INDEX appointment_booked_by_client ON appointment (client_id, starts_at) WHERE status = 'booked';
CREATE INDEX appointment_booked_by_coach ON appointment (coach_id, starts_at) WHERE status = 'booked';

COMMENT ON TABLE appointment IS
    'A call between a client and their coach, booked within their coaching relationship. Moving a call updates its times; cancelling sets status = cancelled (final). Rows are never deleted: they are the history clients list.';
COMMENT ON COLUMN appointment.public_id IS 'The only identifier of a call published in URLs, pages and the API.';
COMMENT ON COLUMN appointment.during IS 'The call itself, [starts_at, ends_at), derived so it cannot disagree with the two columns.';
COMMENT ON COLUMN appointment.blocked IS 'The time the call takes from the coach''s calendar: [starts_at, ends_at + buffer), with the buffer rule as it was when the call was booked or last moved. Set by the trigger appointment_follows_the_booking_rules.';
COMMENT ON COLUMN appointment.created_by IS 'The acting user (coachcal.actor_id) when the call was booked, if known.';
COMMENT ON CONSTRAINT appointment_public_id_is_unique ON appointment IS 'A public id names exactly one call.';
COMMENT ON CONSTRAINT appointment_refers_to_relationship ON appointment IS 'A call belongs to a coaching relationship, and its coach and client are that relationship''s (composite key). Relationships are never deleted (ON DELETE RESTRICT).';
COMMENT ON CONSTRAINT appointment_refers_to_creator ON appointment IS 'Who booked the call; that user cannot be deleted while the call names them (ON DELETE RESTRICT).';
COMMENT ON CONSTRAINT appointment_refers_to_canceller ON appointment IS 'Who cancelled the call; that user cannot be deleted while the call names them (ON DELETE RESTRICT).';
COMMENT ON CONSTRAINT appointment_ends_after_it_starts ON appointment IS 'A call takes some time.';
COMMENT ON CONSTRAINT appointment_blocked_covers_the_call ON appointment IS 'The coach''s blocked time starts with the call and lasts at least as long (call plus buffer).';
COMMENT ON CONSTRAINT appointment_cancel_details_match_status ON appointment IS 'A booked call has no cancellation details; a cancelled one says when it was cancelled.';
COMMENT ON CONSTRAINT appointment_cancel_reason_is_sane ON appointment IS 'The optional reason for cancelling is text of at most 500 characters; line breaks and tabs are allowed, other control characters are not.';
COMMENT ON CONSTRAINT appointment_no_coach_overlap ON appointment IS 'A coach''s booked calls, each with the buffer after it, never overlap: a slot booked once cannot be booked again, and the coach keeps the buffer free between calls whichever is booked first.';
COMMENT ON CONSTRAINT appointment_no_client_overlap ON appointment IS 'A client never has two booked calls at overlapping times.';

-- The booking rules, checked whenever a booked call is created or its time
-- changes. Order of checks = order of the refusals in the problem list.
CREATE FUNCTION appointment_check_booking() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    relationship  coaching_relationship%ROWTYPE;
    client_active boolean;
    coach_active  boolean;
    coach_zone    text;
    client_zone   text;
    call_length   integer;
    granularity   integer;
    local_start   timestamp;
    month_start   timestamp;
    month_limit   integer;
    booked        integer;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'booked' THEN
            RAISE EXCEPTION 'A call is always created booked; cancel it afterwards.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_is_created_booked',
                      TABLE = 'appointment';
        END IF;
        NEW.created_by := coalesce(NEW.created_by, current_actor_id());
    ELSE
        IF OLD.status = 'cancelled' THEN
            IF (to_jsonb(NEW) - 'during') IS DISTINCT FROM (to_jsonb(OLD) - 'during') THEN
                RAISE EXCEPTION 'A cancelled call cannot be changed, moved or booked again; book a new call instead.'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_cancelled_is_final',
                          TABLE = 'appointment';
            END IF;
            RETURN NEW;
        END IF;
        IF NEW.public_id <> OLD.public_id OR NEW.relationship_id <> OLD.relationship_id
           OR NEW.coach_id <> OLD.coach_id OR NEW.client_id <> OLD.client_id
           OR NEW.created_at <> OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
            RAISE EXCEPTION 'A call cannot be handed to another coach, client or relationship; cancel it and book a new one.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_identity_is_fixed',
                      TABLE = 'appointment';
        END IF;
        IF NEW.status = 'cancelled' THEN
            IF NEW.starts_at <> OLD.starts_at OR NEW.ends_at <> OLD.ends_at THEN
                RAISE EXCEPTION 'A call is cancelled at the time it was booked for; it cannot be moved and cancelled at once.'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_cancelled_is_final',
                          TABLE = 'appointment';
            END IF;
            NEW.cancelled_at := coalesce(NEW.cancelled_at, now());
            NEW.cancelled_by := coalesce(NEW.cancelled_by, current_actor_id());
            NEW.blocked := OLD.blocked;
            RETURN NEW;
        END IF;
        IF NEW.starts_at = OLD.starts_at AND NEW.ends_at = OLD.ends_at THEN
            NEW.blocked := OLD.blocked;
            RETURN NEW;
        END IF;
    END IF;

    -- A booked call, new or at a new time.
    IF NEW.starts_at IS NULL OR NEW.ends_at IS NULL THEN
        RETURN NEW;  -- refused by NOT NULL, with the column's name
    END IF;

    -- Lock in the same order as a deactivation (memberships, then
    -- relationship): the client's membership exclusively, so that two
    -- bookings of one client take turns and the second counts the first;
    -- the coach's membership shared, so that a deactivation waits for us.
    PERFORM 1 FROM user_role WHERE user_id = NEW.client_id AND role = 'client' AND active
        FOR NO KEY UPDATE;
    client_active := FOUND;
    PERFORM 1 FROM user_role WHERE user_id = NEW.coach_id AND role = 'coach' AND active
        FOR SHARE;
    coach_active := FOUND;
    SELECT r.* INTO relationship FROM coaching_relationship r
     WHERE r.id = NEW.relationship_id AND r.coach_id = NEW.coach_id AND r.client_id = NEW.client_id
       FOR UPDATE;
    IF NOT FOUND OR NOT client_active OR NOT coach_active
       OR NOT (relationship.period @> NEW.starts_at) THEN
        RAISE EXCEPTION 'The client has no current coaching relationship with this coach at that time.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_relationship_is_current',
                  TABLE = 'appointment';
    END IF;

    IF NEW.starts_at <= now() THEN
        RAISE EXCEPTION 'A call must start in the future.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_in_the_future',
                  TABLE = 'appointment';
    END IF;

    call_length := rule_value('call_length');
    IF NEW.ends_at - NEW.starts_at <> make_interval(mins => call_length) THEN
        RAISE EXCEPTION 'A call lasts exactly % minutes.', call_length
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_has_call_length',
                  TABLE = 'appointment';
    END IF;

    SELECT u.time_zone INTO coach_zone FROM app_user u WHERE u.id = NEW.coach_id;
    granularity := rule_value('slot_granularity');
    local_start := NEW.starts_at AT TIME ZONE coach_zone;
    IF extract(second FROM local_start) <> 0
       OR (extract(hour FROM local_start)::integer * 60 + extract(minute FROM local_start)::integer) % granularity <> 0 THEN
        RAISE EXCEPTION 'A call starts on the hour or a multiple of % minutes past it, in the coach''s time.', granularity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_on_granularity',
                  TABLE = 'appointment';
    END IF;

    IF NOT coach_is_available(NEW.coach_id, tstzrange(NEW.starts_at, NEW.ends_at, '[)')) THEN
        RAISE EXCEPTION 'The call is not wholly inside the coach''s office hours.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_inside_office_hours',
                  TABLE = 'appointment';
    END IF;

    SELECT u.time_zone INTO client_zone FROM app_user u WHERE u.id = NEW.client_id;
    month_limit := rule_value('monthly_call_limit');
    month_start := date_trunc('month', NEW.starts_at AT TIME ZONE client_zone);
    SELECT count(*) INTO booked
      FROM appointment a
     WHERE a.client_id = NEW.client_id
       AND a.status = 'booked'
       AND a.id <> NEW.id
       AND a.starts_at >= local_instant(month_start, client_zone)
       AND a.starts_at <  local_instant(month_start + interval '1 month', client_zone);
    IF booked >= month_limit THEN
        RAISE EXCEPTION 'The client already has % booked calls in that month, the most allowed.', booked
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_within_monthly_limit',
                  TABLE = 'appointment';
    END IF;

    NEW.blocked := tstzrange(NEW.starts_at, NEW.ends_at + make_interval(mins => rule_value('buffer')), '[)');
    RETURN NEW;
END;
$$;
CREATE TRIGGER appointment_follows_the_booking_rules
    BEFORE INSERT OR UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION appointment_check_booking();
COMMENT ON TRIGGER appointment_follows_the_booking_rules ON appointment IS
    'Refuses, by rule name, a booked call that is created or moved against the booking rules (appointment_relationship_is_current, _in_the_future, _has_call_length, _on_granularity, _inside_office_hours, _within_monthly_limit); keeps cancelling final (appointment_cancelled_is_final) and a call''s parties fixed (appointment_identity_is_fixed); sets blocked from the buffer rule.';

CREATE TRIGGER appointment_is_never_deleted
    BEFORE DELETE ON appointment
    FOR EACH ROW EXECUTE FUNCTION refuse_delete(
        'appointment_is_never_deleted',
        'A call is history and cannot be deleted; cancel it instead.');
COMMENT ON TRIGGER appointment_is_never_deleted ON appointment IS
    'Calls are history that clients and coaches list: they are cancelled, never deleted.';

-- A relationship's period may change (it is ended, or corrected) only while
-- it still covers the start of every booked call made in it.
CREATE FUNCTION relationship_check_calls_covered() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM appointment a
         WHERE a.relationship_id = NEW.id
           AND a.status = 'booked'
           AND NOT (tstzrange(NEW.starts_at, NEW.ends_at, '[)') @> a.starts_at)) THEN
        RAISE EXCEPTION 'The coaching relationship would no longer cover all of its booked calls; cancel those calls first.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_period_covers_its_calls',
                  TABLE = 'coaching_relationship';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER relationship_period_covers_its_calls
    BEFORE UPDATE OF starts_at, ends_at ON coaching_relationship
    FOR EACH ROW
    WHEN (NEW.starts_at IS DISTINCT FROM OLD.starts_at OR NEW.ends_at IS DISTINCT FROM OLD.ends_at)
    EXECUTE FUNCTION relationship_check_calls_covered();
COMMENT ON TRIGGER relationship_period_covers_its_calls ON coaching_relationship IS
    'Every booked call starts inside its relationship''s period, and stays so: ending or shortening a relationship is refused while it has booked calls outside the new period.';
