-- The business rules staff can tune, each a whole number in a fixed unit with
-- its own bounds (docs/booking-model.md), and the log of every change.

CREATE TABLE business_rule (
    name          text    NOT NULL,
    value         integer NOT NULL,
    unit          text    NOT NULL,
    default_value integer NOT NULL,
    min_value     integer NOT NULL,
    max_value     integer NOT NULL,
    description   text    NOT NULL,
    CONSTRAINT business_rule_name_is_unique PRIMARY KEY (name),
    CONSTRAINT business_rule_name_is_known CHECK (name IN (
        'call_length', 'slot_granularity', 'booking_notice', 'booking_horizon', 'change_notice',
        'history_window', 'monthly_call_limit', 'buffer', 'lookahead_cap')),
    CONSTRAINT business_rule_unit_matches_name CHECK ((name, unit) IN (
        ('call_length', 'minutes'), ('slot_granularity', 'minutes'), ('booking_notice', 'minutes'),
        ('booking_horizon', 'days'), ('change_notice', 'minutes'), ('history_window', 'weeks'),
        ('monthly_call_limit', 'calls'), ('buffer', 'minutes'), ('lookahead_cap', 'weeks'))),
    CONSTRAINT business_rule_bounds_are_ordered CHECK (min_value <= max_value),
    CONSTRAINT business_rule_default_within_bounds CHECK (default_value BETWEEN min_value AND max_value),
    CONSTRAINT business_rule_value_within_bounds CHECK (value BETWEEN min_value AND max_value),
    CONSTRAINT business_rule_description_is_present CHECK (btrim(description) <> '')
);
COMMENT ON TABLE business_rule IS
    'One row per business rule (docs/booking-model.md): its current value and the fixed unit, default and bounds it must stay within. One typed table instead of one table per rule: every rule is a whole number.';
COMMENT ON CONSTRAINT business_rule_name_is_unique ON business_rule IS 'A rule has one row.';
COMMENT ON CONSTRAINT business_rule_name_is_known ON business_rule IS 'Only the nine rules the code knows (enum BusinessRule) exist; a typo would be a rule nobody reads.';
COMMENT ON CONSTRAINT business_rule_unit_matches_name ON business_rule IS 'Each rule has the one unit the code reads it in.';
COMMENT ON CONSTRAINT business_rule_bounds_are_ordered ON business_rule IS 'The lowest allowed value is not above the highest.';
COMMENT ON CONSTRAINT business_rule_default_within_bounds ON business_rule IS 'The default is itself an allowed value.';
COMMENT ON CONSTRAINT business_rule_value_within_bounds ON business_rule IS 'Staff can tune a rule only within its bounds, e.g. a call lasts 15 to 240 minutes.';
COMMENT ON CONSTRAINT business_rule_description_is_present ON business_rule IS 'The admin page shows what the rule means.';

INSERT INTO business_rule (name, value, unit, default_value, min_value, max_value, description) VALUES
    ('call_length',        60,   'minutes', 60,   15, 240,   'Length of every call.'),
    ('slot_granularity',   30,   'minutes', 30,   5,  60,    'A call starts at a local time (coach''s zone) whose minutes since midnight are a multiple of this.'),
    ('booking_notice',     120,  'minutes', 120,  0,  20160, 'A call must start at least this long after the moment it is booked or moved to.'),
    ('booking_horizon',    60,   'days',    60,   1,  366,   'A call must start at most this long after now.'),
    ('change_notice',      1440, 'minutes', 1440, 0,  20160, 'A call can be moved or cancelled (by its client) only up to this long before it starts.'),
    ('history_window',     12,   'weeks',   12,   0,  104,   'How far back a client may list past calls.'),
    ('monthly_call_limit', 2,    'calls',   2,    1,  31,    'Booked calls per client per calendar month (in the client''s zone).'),
    ('buffer',             0,    'minutes', 0,    0,  120,   'Free time the coach keeps between two calls.'),
    ('lookahead_cap',      8,    'weeks',   8,    1,  26,    'Most weeks one availability request (or prefetch) may cover.');

CREATE FUNCTION business_rule_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'A business rule cannot be deleted; set it back to its default instead.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'business_rule_is_kept', TABLE = 'business_rule';
    END IF;
    IF NEW.name <> OLD.name OR NEW.unit <> OLD.unit OR NEW.default_value <> OLD.default_value
       OR NEW.min_value <> OLD.min_value OR NEW.max_value <> OLD.max_value THEN
        RAISE EXCEPTION 'Only the value of a business rule can be changed; its name, unit, default and bounds are fixed.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'business_rule_bounds_are_fixed', TABLE = 'business_rule';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER business_rule_bounds_are_fixed
    BEFORE UPDATE ON business_rule
    FOR EACH ROW EXECUTE FUNCTION business_rule_guard();
CREATE TRIGGER business_rule_is_kept
    BEFORE DELETE ON business_rule
    FOR EACH ROW EXECUTE FUNCTION business_rule_guard();
COMMENT ON TRIGGER business_rule_bounds_are_fixed ON business_rule IS
    'The bounds are part of the product (and of the Java enum), not a setting: an update that widened them would defeat business_rule_value_within_bounds.';
COMMENT ON TRIGGER business_rule_is_kept ON business_rule IS
    'Every rule must always have a value; the code reads all nine.';

CREATE FUNCTION rule_value(name text) RETURNS integer
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
    result integer;
BEGIN
    SELECT r.value INTO result FROM business_rule r WHERE r.name = rule_value.name;
    IF result IS NULL THEN
        RAISE EXCEPTION 'There is no business rule named "%".', rule_value.name
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN result;
END;
$$;
COMMENT ON FUNCTION rule_value(text) IS
    'The current value of a business rule, in the rule''s unit; raises for an unknown name rather than returning NULL.';

CREATE TABLE business_rule_change (
    id         bigint GENERATED ALWAYS AS IDENTITY,
    rule       text        NOT NULL,
    old_value  integer     NOT NULL,
    new_value  integer     NOT NULL,
    changed_by bigint,
    changed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT business_rule_change_pkey PRIMARY KEY (id),
    CONSTRAINT business_rule_change_refers_to_rule FOREIGN KEY (rule)
        REFERENCES business_rule (name) ON DELETE RESTRICT,
    CONSTRAINT business_rule_change_refers_to_actor FOREIGN KEY (changed_by)
        REFERENCES app_user (id) ON DELETE RESTRICT
);
CREATE INDEX business_rule_change_by_rule ON business_rule_change (rule, changed_at);
COMMENT ON TABLE business_rule_change IS
    'Who changed which business rule, from what to what, and when. Written only by the trigger on business_rule; never updated or deleted.';
COMMENT ON COLUMN business_rule_change.changed_by IS 'The acting user from SET LOCAL coachcal.actor_id; NULL when the change was made without one (a console session).';
COMMENT ON CONSTRAINT business_rule_change_refers_to_rule ON business_rule_change IS 'A change is about a rule that exists (rules are never deleted).';
COMMENT ON CONSTRAINT business_rule_change_refers_to_actor ON business_rule_change IS 'The actor is a user, who cannot be deleted while the log names them (ON DELETE RESTRICT): the log must keep saying who.';

CREATE FUNCTION business_rule_record_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO business_rule_change (rule, old_value, new_value, changed_by)
    VALUES (NEW.name, OLD.value, NEW.value, current_actor_id());
    RETURN NULL;
END;
$$;
CREATE TRIGGER business_rule_change_is_recorded
    AFTER UPDATE OF value ON business_rule
    FOR EACH ROW
    WHEN (NEW.value IS DISTINCT FROM OLD.value)
    EXECUTE FUNCTION business_rule_record_change();
COMMENT ON TRIGGER business_rule_change_is_recorded ON business_rule IS
    'Every change of a rule''s value is logged with the acting user, however it was made.';

CREATE FUNCTION business_rule_change_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- Depth 1 is a statement someone typed; the logging trigger runs at depth 2.
        IF pg_trigger_depth() < 2 THEN
            RAISE EXCEPTION 'The business rule log is written by the database when a rule changes; change the rule instead.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'business_rule_change_comes_from_business_rule',
                      TABLE = 'business_rule_change';
        END IF;
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The business rule log cannot be changed or deleted.'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'business_rule_change_is_append_only',
              TABLE = 'business_rule_change';
END;
$$;
CREATE TRIGGER business_rule_change_comes_from_business_rule
    BEFORE INSERT ON business_rule_change
    FOR EACH ROW EXECUTE FUNCTION business_rule_change_guard();
CREATE TRIGGER business_rule_change_is_append_only
    BEFORE UPDATE OR DELETE ON business_rule_change
    FOR EACH ROW EXECUTE FUNCTION business_rule_change_guard();
COMMENT ON TRIGGER business_rule_change_comes_from_business_rule ON business_rule_change IS
    'Log rows are written only by business_rule_change_is_recorded, so the log cannot claim a change that never happened.';
COMMENT ON TRIGGER business_rule_change_is_append_only ON business_rule_change IS
    'An audit log that can be edited proves nothing.';
