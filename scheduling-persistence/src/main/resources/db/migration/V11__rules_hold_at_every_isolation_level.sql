-- Every rule a trigger holds by reading other rows now holds at READ
-- COMMITTED, REPEATABLE READ and SERIALIZABLE alike, whatever level each of
-- two racing transactions asked for.
--
-- Until now the triggers LOCKED the rows a racing change would touch. Under
-- READ COMMITTED that is enough: the waiter's next statement sees what the
-- winner committed. Under REPEATABLE READ (and SERIALIZABLE against a
-- READ COMMITTED partner) the waiter keeps reading its old snapshot, so two
-- bookings both passed the monthly limit and a booking racing a deactivation
-- left a call for an inactive client. Now both sides WRITE one shared row:
-- the loser waits, then either re-reads (READ COMMITTED) or fails with
-- serialization_failure, SQLSTATE 40001 (the other levels), which the
-- application retries like a deadlock. Nothing else about the rules changes.

CREATE OR REPLACE FUNCTION appointment_check_booking() RETURNS trigger
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

    -- Take turns with every change that could make this call break a rule,
    -- by WRITING the rows both sides touch (an unchanged value is still a new
    -- row version). A lock alone is not enough: under REPEATABLE READ or
    -- SERIALIZABLE the waiter would go on with its old snapshot and count
    -- without the winner's rows; a write that meets a newer version instead
    -- fails with serialization_failure (40001), and under READ COMMITTED the
    -- waiter re-reads. Order as a deactivation: memberships, then relationship.
    -- The client's membership: two bookings of one client (monthly limit) and
    -- a deactivation of the client write it.
    UPDATE user_role SET since = since
     WHERE user_id = NEW.client_id AND role = 'client' AND active;
    client_active := FOUND;
    -- The coach's membership, shared: a change of the coach's office hours
    -- writes it (coach_calendar_takes_turns_with_bookings), so we read the
    -- hours it leaves; bookings of different clients still run side by side.
    PERFORM 1 FROM user_role WHERE user_id = NEW.coach_id AND role = 'coach' AND active
        FOR SHARE;
    coach_active := FOUND;
    -- The relationship: a deactivation of the coach (or client) ends it.
    UPDATE coaching_relationship r SET ends_at = r.ends_at
     WHERE r.id = NEW.relationship_id AND r.coach_id = NEW.coach_id AND r.client_id = NEW.client_id
    RETURNING r.* INTO relationship;
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

-- A relationship is made or lengthened only between active members: write
-- both memberships (instead of locking them FOR SHARE), so that a
-- deactivation racing us either waits and then ends our relationship, or
-- fails with 40001; never leaves it open for an inactive coach or client.
CREATE OR REPLACE FUNCTION relationship_check_members() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Said here as well as in the CHECK: the generated column "period" is
    -- computed before CHECK constraints run, and a reversed range would fail
    -- there with a bare data error instead of the rule's name.
    IF NEW.ends_at < NEW.starts_at THEN
        RAISE EXCEPTION 'A coaching relationship cannot end before it starts.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_does_not_end_before_it_starts',
                  TABLE = 'coaching_relationship';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.coach_id <> OLD.coach_id OR NEW.client_id <> OLD.client_id THEN
            RAISE EXCEPTION 'A coaching relationship cannot change its coach or client; end it and start a new one.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_parties_are_fixed',
                      TABLE = 'coaching_relationship';
        END IF;
        -- Shortening (or leaving alone) needs no active members: that is how
        -- relationships of people who left are ended.
        IF tstzrange(NEW.starts_at, NEW.ends_at, '[)') <@ tstzrange(OLD.starts_at, OLD.ends_at, '[)') THEN
            RETURN NEW;
        END IF;
    END IF;

    UPDATE user_role SET since = since
     WHERE user_id = NEW.coach_id AND role = 'coach' AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The coach must be an active coach to start or extend a coaching relationship.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_members_are_active',
                  TABLE = 'coaching_relationship';
    END IF;
    UPDATE user_role SET since = since
     WHERE user_id = NEW.client_id AND role = 'client' AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The client must be an active client to start or extend a coaching relationship.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_members_are_active',
                  TABLE = 'coaching_relationship';
    END IF;
    RETURN NEW;
END;
$$;

-- A change of a coach's office hours, time off or extra hours writes the
-- coach's membership, which every booking reads FOR SHARE before it checks
-- the hours: a booking racing the change waits and reads the new hours, or
-- fails with 40001; the change waits for bookings already under way.
CREATE FUNCTION coach_calendar_takes_turns_with_bookings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE user_role SET since = since WHERE user_id = OLD.coach_id AND role = 'coach';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.coach_id <> OLD.coach_id THEN
        UPDATE user_role SET since = since WHERE user_id = NEW.coach_id AND role = 'coach';
    END IF;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION coach_calendar_takes_turns_with_bookings() IS
    'Body of the *_change_takes_turns_with_bookings triggers: writes the coach''s membership row, the row every booking of that coach reads FOR SHARE before checking office hours.';
CREATE TRIGGER office_hours_change_takes_turns_with_bookings
    BEFORE INSERT OR UPDATE OR DELETE ON office_hours
    FOR EACH ROW EXECUTE FUNCTION coach_calendar_takes_turns_with_bookings();
CREATE TRIGGER time_off_change_takes_turns_with_bookings
    BEFORE INSERT OR UPDATE OR DELETE ON time_off
    FOR EACH ROW EXECUTE FUNCTION coach_calendar_takes_turns_with_bookings();
CREATE TRIGGER extra_hours_change_takes_turns_with_bookings
    BEFORE INSERT OR UPDATE OR DELETE ON extra_hours
    FOR EACH ROW EXECUTE FUNCTION coach_calendar_takes_turns_with_bookings();
COMMENT ON TRIGGER office_hours_change_takes_turns_with_bookings ON office_hours IS
    'A booking never checks office hours that a concurrent change is replacing: one waits for the other, at every isolation level.';
COMMENT ON TRIGGER time_off_change_takes_turns_with_bookings ON time_off IS
    'A booking never checks time off that a concurrent change is replacing: one waits for the other, at every isolation level.';
COMMENT ON TRIGGER extra_hours_change_takes_turns_with_bookings ON extra_hours IS
    'A booking never checks extra hours that a concurrent change is replacing: one waits for the other, at every isolation level.';

-- The last active admin: an advisory lock made deactivations take turns, but
-- under REPEATABLE READ the second still counted admins in its old snapshot.
-- Each check now writes one shared row instead.
CREATE TABLE rule_guard (
    rule  text   NOT NULL,
    turns bigint NOT NULL DEFAULT 0,
    CONSTRAINT rule_guard_pkey PRIMARY KEY (rule),
    CONSTRAINT rule_guard_rule_is_known CHECK (rule IN ('admin_deactivation_leaves_an_active_admin'))
);
INSERT INTO rule_guard (rule) VALUES ('admin_deactivation_leaves_an_active_admin');
COMMENT ON TABLE rule_guard IS
    'One row per rule that counts rows no single row lock covers (the active admins). Every check of the rule first writes its row, so two checks take turns: the second re-reads (READ COMMITTED) or fails with 40001 (REPEATABLE READ, SERIALIZABLE). turns only counts the checks.';
COMMENT ON CONSTRAINT rule_guard_rule_is_known ON rule_guard IS 'Only rules whose trigger writes the row have one; a stray row guards nothing.';

CREATE TRIGGER rule_guard_is_kept
    BEFORE DELETE ON rule_guard
    FOR EACH ROW EXECUTE FUNCTION refuse_delete(
        'rule_guard_is_kept',
        'A rule''s guard row cannot be deleted: without it concurrent checks of the rule would not take turns.');
COMMENT ON TRIGGER rule_guard_is_kept ON rule_guard IS
    'The admin rule''s trigger needs its guard row; deleting it would let two deactivations pass at once.';

CREATE OR REPLACE FUNCTION admin_check_deactivation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    others integer;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.active THEN
        RETURN NEW;  -- still active: nothing is being taken away
    END IF;
    -- Two admins deactivating each other at once both write this row: the
    -- second waits, then counts again (READ COMMITTED: the count below is a
    -- new statement) or fails with 40001 (the other levels).
    UPDATE rule_guard SET turns = turns + 1 WHERE rule = 'admin_deactivation_leaves_an_active_admin';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The guard row of admin_deactivation_leaves_an_active_admin is missing.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'admin_deactivation_leaves_an_active_admin',
                  TABLE = 'user_role';
    END IF;
    SELECT count(*) INTO others FROM user_role
     WHERE role = 'admin' AND active AND user_id <> OLD.user_id;
    IF others = 0 THEN
        RAISE EXCEPTION 'This is the last active admin; make someone else an admin before deactivating this one.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'admin_deactivation_leaves_an_active_admin',
                  TABLE = 'user_role';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
