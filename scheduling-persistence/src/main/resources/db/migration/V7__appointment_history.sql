-- What happened to each call, by whom: written by the database itself on
-- every booking, move and cancellation, and never changed afterwards.

CREATE TYPE appointment_action AS ENUM ('created', 'moved', 'cancelled');
COMMENT ON TYPE appointment_action IS 'The three things that can happen to a call.';

CREATE TABLE appointment_history (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    appointment_id bigint             NOT NULL,
    action         appointment_action NOT NULL,
    actor_id       bigint,
    at             timestamptz        NOT NULL DEFAULT now(),
    old_during     tstzrange,
    new_during     tstzrange,
    reason         text,
    CONSTRAINT appointment_history_pkey PRIMARY KEY (id),
    CONSTRAINT appointment_history_refers_to_appointment FOREIGN KEY (appointment_id)
        REFERENCES appointment (id) ON DELETE RESTRICT,
    CONSTRAINT appointment_history_refers_to_actor FOREIGN KEY (actor_id)
        REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT appointment_history_ranges_match_action CHECK (
        (action = 'created'   AND old_during IS NULL     AND new_during IS NOT NULL)
        OR (action = 'moved'     AND old_during IS NOT NULL AND new_during IS NOT NULL)
        OR (action = 'cancelled' AND old_during IS NOT NULL AND new_during IS NULL)
    )
);
CREATE INDEX appointment_history_by_appointment ON appointment_history (appointment_id, at);

COMMENT ON TABLE appointment_history IS
    'The story of each call: created (new_during), moved (old_during to new_during), cancelled (old_during, with the reason). Written only by a trigger on appointment; append-only.';
COMMENT ON COLUMN appointment_history.actor_id IS 'The acting user from SET LOCAL coachcal.actor_id; failing that, the call''s created_by or cancelled_by; NULL if nobody is known.';
COMMENT ON CONSTRAINT appointment_history_refers_to_appointment ON appointment_history IS 'An entry is about one call; calls are never deleted (ON DELETE RESTRICT).';
COMMENT ON CONSTRAINT appointment_history_refers_to_actor ON appointment_history IS 'The actor is a user, who cannot be deleted while history names them (ON DELETE RESTRICT).';
COMMENT ON CONSTRAINT appointment_history_ranges_match_action ON appointment_history IS 'A creation has only the new time, a move both times, a cancellation only the time that was given up.';

CREATE FUNCTION appointment_record_history() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO appointment_history (appointment_id, action, actor_id, new_during)
        VALUES (NEW.id, 'created', coalesce(current_actor_id(), NEW.created_by), NEW.during);
    ELSIF OLD.status = 'booked' AND NEW.status = 'cancelled' THEN
        INSERT INTO appointment_history (appointment_id, action, actor_id, old_during, reason)
        VALUES (NEW.id, 'cancelled', coalesce(current_actor_id(), NEW.cancelled_by), OLD.during, NEW.cancel_reason);
    ELSIF NEW.during IS DISTINCT FROM OLD.during THEN
        INSERT INTO appointment_history (appointment_id, action, actor_id, old_during, new_during)
        VALUES (NEW.id, 'moved', current_actor_id(), OLD.during, NEW.during);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER appointment_history_is_recorded
    AFTER INSERT OR UPDATE ON appointment
    FOR EACH ROW EXECUTE FUNCTION appointment_record_history();
COMMENT ON TRIGGER appointment_history_is_recorded ON appointment IS
    'Every booking, move and cancellation leaves a history entry, however it was made.';

CREATE FUNCTION appointment_history_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Depth 1 is a statement someone typed; the recording trigger runs at depth 2.
        IF pg_trigger_depth() < 2 THEN
            RAISE EXCEPTION 'Call history is written by the database when a call changes; change the call instead.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_history_comes_from_appointments',
                      TABLE = 'appointment_history';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Call history cannot be changed or deleted.'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'appointment_history_is_append_only',
              TABLE = 'appointment_history';
END;
$$;
CREATE TRIGGER appointment_history_comes_from_appointments
    BEFORE INSERT ON appointment_history
    FOR EACH ROW EXECUTE FUNCTION appointment_history_guard();
CREATE TRIGGER appointment_history_is_append_only
    BEFORE UPDATE OR DELETE ON appointment_history
    FOR EACH ROW EXECUTE FUNCTION appointment_history_guard();
COMMENT ON TRIGGER appointment_history_comes_from_appointments ON appointment_history IS
    'History rows are written only by appointment_history_is_recorded, so history cannot tell of something that never happened.';
COMMENT ON TRIGGER appointment_history_is_append_only ON appointment_history IS
    'History that can be edited proves nothing.';
