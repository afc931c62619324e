-- When a coach takes calls: weekly office hours, days off, and extra hours
-- on particular dates. All times are wall-clock times in the coach's own zone
-- (app_user.time_zone): 09:00 London is 09:00 London in summer and in winter.

CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT EXTRACT(EPOCH FROM (x - y))::double precision $$;
COMMENT ON FUNCTION time_subtype_diff(time, time) IS
    'Seconds between two times of day; lets GiST indexes on timerange split ranges well.';

-- A window of the day. Upper bound 24:00 means "until midnight".
CREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);
COMMENT ON TYPE timerange IS
    'A half-open window of wall-clock time within one day, [09:00, 12:00). 24:00 is a valid upper bound (until midnight); a window never crosses midnight (split it into two days).';

-- Turns a wall-clock time in a zone into an instant, the way java.time's
-- ZonedDateTime.of does, so that SQL and Java agree on every office-hours
-- window: a time in a gap (spring forward) moves forward by the gap's length,
-- a time in an overlap (fall back) takes the earlier offset. Plain
-- "ts AT TIME ZONE zone" agrees for gaps but takes the later offset for
-- overlaps, so the earlier candidate is tried too.
CREATE FUNCTION local_instant(local_time timestamp, zone text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    postgres_says  timestamptz := local_time AT TIME ZONE zone;
    offset_before  interval    := ((postgres_says - interval '1 day') AT TIME ZONE zone)
                                  - ((postgres_says - interval '1 day') AT TIME ZONE 'UTC');
    with_offset_before timestamptz := (local_time - offset_before) AT TIME ZONE 'UTC';
BEGIN
    IF (with_offset_before AT TIME ZONE zone) = local_time THEN
        -- Valid with the offset in force before any transition: in an overlap
        -- this is the earlier of the two instants.
        RETURN least(with_offset_before, postgres_says);
    END IF;
    IF (postgres_says AT TIME ZONE zone) = local_time THEN
        -- A transition happened within the last day; the time itself is plain.
        RETURN postgres_says;
    END IF;
    -- In a gap: keep the offset before the transition (moves forward by the gap).
    RETURN with_offset_before;
END;
$$;
COMMENT ON FUNCTION local_instant(timestamp, text) IS
    'The instant of a wall-clock time in an IANA zone, by java.time''s ZonedDateTime.of rule: a gap moves forward by its length, an overlap takes the earlier offset.';

CREATE TABLE office_hours (
    id       bigint GENERATED ALWAYS AS IDENTITY,
    coach_id bigint    NOT NULL,
    weekday  smallint  NOT NULL,
    hours    timerange NOT NULL,
    CONSTRAINT office_hours_pkey PRIMARY KEY (id),
    CONSTRAINT office_hours_refers_to_coach FOREIGN KEY (coach_id)
        REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT office_hours_weekday_is_iso CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT office_hours_window_is_not_empty CHECK (
        NOT isempty(hours) AND NOT lower_inf(hours) AND NOT upper_inf(hours)
    ),
    CONSTRAINT office_hours_window_is_half_open CHECK (
        isempty(hours) OR (lower_inc(hours) AND NOT upper_inc(hours))
    ),
    CONSTRAINT office_hours_no_overlap EXCLUDE USING gist (
        coach_id WITH =, weekday WITH =, hours WITH &&
    )
);
COMMENT ON TABLE office_hours IS
    'A coach''s weekly office hours: on ISO weekday (1 = Monday ... 7 = Sunday), the wall-clock window "hours" in the coach''s zone. A call must fit wholly inside the windows of one day (touching windows count as one). Changing hours does not touch calls already booked.';
COMMENT ON CONSTRAINT office_hours_refers_to_coach ON office_hours IS 'Office hours are part of the coach''s own settings and go with the user (ON DELETE CASCADE).';
COMMENT ON CONSTRAINT office_hours_weekday_is_iso ON office_hours IS 'Weekdays are ISO numbers, 1 = Monday to 7 = Sunday, as java.time.DayOfWeek and extract(isodow).';
COMMENT ON CONSTRAINT office_hours_window_is_not_empty ON office_hours IS 'A window has a start and an end, and the end is after the start.';
COMMENT ON CONSTRAINT office_hours_window_is_half_open ON office_hours IS 'Windows are half-open [start, end) like every range here, so 09:00-12:00 and 12:00-15:00 touch without overlapping.';
COMMENT ON CONSTRAINT office_hours_no_overlap ON office_hours IS 'A coach''s windows on one weekday never overlap, so each moment belongs to at most one window.';

CREATE TABLE time_off (
    id       bigint GENERATED ALWAYS AS IDENTITY,
    coach_id bigint    NOT NULL,
    days     daterange NOT NULL,
    reason   text,
    CONSTRAINT time_off_pkey PRIMARY KEY (id),
    CONSTRAINT time_off_refers_to_coach FOREIGN KEY (coach_id)
        REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT time_off_days_not_empty CHECK (
        NOT isempty(days) AND NOT lower_inf(days) AND NOT upper_inf(days)
    ),
    CONSTRAINT time_off_reason_is_sane CHECK (
        reason IS NULL OR (char_length(reason) <= 200 AND reason !~ '[\u0001-\u001f\u007f-\u009f]')
    ),
    CONSTRAINT time_off_no_overlap EXCLUDE USING gist (coach_id WITH =, days WITH &&)
);
COMMENT ON TABLE time_off IS
    'Days (local dates in the coach''s zone, half-open [first, day after last)) on which the coach''s weekly office hours do not apply. Extra hours on such a day still do: an explicit date beats a weekly pattern.';
COMMENT ON CONSTRAINT time_off_refers_to_coach ON time_off IS 'Time off is part of the coach''s own settings and goes with the user (ON DELETE CASCADE).';
COMMENT ON CONSTRAINT time_off_days_not_empty ON time_off IS 'Time off covers at least one whole day and has a first and a last day.';
COMMENT ON CONSTRAINT time_off_reason_is_sane ON time_off IS 'The optional reason is a short line of text (at most 200 characters, no control characters).';
COMMENT ON CONSTRAINT time_off_no_overlap ON time_off IS 'A coach''s periods of time off do not overlap; lengthen one instead of adding a second.';

CREATE TABLE extra_hours (
    id       bigint GENERATED ALWAYS AS IDENTITY,
    coach_id bigint    NOT NULL,
    on_date  date      NOT NULL,
    hours    timerange NOT NULL,
    CONSTRAINT extra_hours_pkey PRIMARY KEY (id),
    CONSTRAINT extra_hours_refers_to_coach FOREIGN KEY (coach_id)
        REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT extra_hours_window_is_not_empty CHECK (
        NOT isempty(hours) AND NOT lower_inf(hours) AND NOT upper_inf(hours)
    ),
    CONSTRAINT extra_hours_window_is_half_open CHECK (
        isempty(hours) OR (lower_inc(hours) AND NOT upper_inc(hours))
    ),
    CONSTRAINT extra_hours_no_overlap EXCLUDE USING gist (
        coach_id WITH =, on_date WITH =, hours WITH &&
    )
);
COMMENT ON TABLE extra_hours IS
    'One-off office hours on a particular local date in the coach''s zone, on top of (or instead of, during time off) the weekly ones.';
COMMENT ON CONSTRAINT extra_hours_refers_to_coach ON extra_hours IS 'Extra hours are part of the coach''s own settings and go with the user (ON DELETE CASCADE).';
COMMENT ON CONSTRAINT extra_hours_window_is_not_empty ON extra_hours IS 'A window has a start and an end, and the end is after the start.';
COMMENT ON CONSTRAINT extra_hours_window_is_half_open ON extra_hours IS 'Windows are half-open [start, end) like every range here.';
COMMENT ON CONSTRAINT extra_hours_no_overlap ON extra_hours IS 'A coach''s extra windows on one date never overlap.';

-- Office hours belong to someone who is an active coach when they are set.
CREATE FUNCTION calendar_belongs_to_active_coach() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV[0]: the rule's name.
    PERFORM 1 FROM user_role WHERE user_id = NEW.coach_id AND role = 'coach' AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Office hours, time off and extra hours can only be set for an active coach.'
            USING ERRCODE = 'check_violation', CONSTRAINT = TG_ARGV[0], TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER office_hours_coach_is_active_coach
    BEFORE INSERT OR UPDATE OF coach_id ON office_hours
    FOR EACH ROW EXECUTE FUNCTION calendar_belongs_to_active_coach('office_hours_coach_is_active_coach');
CREATE TRIGGER time_off_coach_is_active_coach
    BEFORE INSERT OR UPDATE OF coach_id ON time_off
    FOR EACH ROW EXECUTE FUNCTION calendar_belongs_to_active_coach('time_off_coach_is_active_coach');
CREATE TRIGGER extra_hours_coach_is_active_coach
    BEFORE INSERT OR UPDATE OF coach_id ON extra_hours
    FOR EACH ROW EXECUTE FUNCTION calendar_belongs_to_active_coach('extra_hours_coach_is_active_coach');
COMMENT ON TRIGGER office_hours_coach_is_active_coach ON office_hours IS 'Only an active coach has office hours; anyone else''s would offer calls nobody can book.';
COMMENT ON TRIGGER time_off_coach_is_active_coach ON time_off IS 'Only an active coach has time off.';
COMMENT ON TRIGGER extra_hours_coach_is_active_coach ON extra_hours IS 'Only an active coach has extra hours.';

-- The one definition of "the coach takes calls then", used by the booking
-- trigger and by availability queries alike.
CREATE FUNCTION coach_is_available(coach_id bigint, slot tstzrange) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH coach AS (
        SELECT u.id, u.time_zone AS zone
          FROM app_user u
         WHERE u.id = coach_is_available.coach_id
           AND NOT isempty(coach_is_available.slot)
           AND NOT lower_inf(coach_is_available.slot)
           AND NOT upper_inf(coach_is_available.slot)
    ),
    -- The slot's start date in the coach's zone, and the day before: a window
    -- ending at 24:00 on a day whose midnight falls in a gap ends after it.
    local_day AS (
        SELECT c.id, c.zone, d.day
          FROM coach c
         CROSS JOIN LATERAL (
               VALUES ((lower(coach_is_available.slot) AT TIME ZONE c.zone)::date),
                      ((lower(coach_is_available.slot) AT TIME ZONE c.zone)::date - 1)
         ) AS d(day)
    ),
    window_of_the_day AS (
        SELECT local_instant(ld.day + lower(oh.hours), ld.zone) AS opens,
               local_instant(ld.day + upper(oh.hours), ld.zone) AS closes
          FROM local_day ld
          JOIN office_hours oh
            ON oh.coach_id = ld.id
           AND oh.weekday = extract(isodow FROM ld.day)
         WHERE NOT EXISTS (
               SELECT 1 FROM time_off t WHERE t.coach_id = ld.id AND t.days @> ld.day)
        UNION ALL
        SELECT local_instant(eh.on_date + lower(eh.hours), ld.zone),
               local_instant(eh.on_date + upper(eh.hours), ld.zone)
          FROM local_day ld
          JOIN extra_hours eh
            ON eh.coach_id = ld.id
           AND eh.on_date = ld.day
    )
    -- Windows that touch or overlap merge (range_agg), as in the domain's
    -- OfficeHours: a call may run from one window into the next.
    SELECT coalesce(range_agg(tstzrange(w.opens, w.closes, '[)')) FILTER (WHERE w.opens < w.closes)
                    @> coach_is_available.slot, false)
      FROM window_of_the_day w
$$;
COMMENT ON FUNCTION coach_is_available(bigint, tstzrange) IS
    'True when the slot lies wholly inside the coach''s windows on one local date in the coach''s zone, windows that touch counting as one: a weekly window for that ISO weekday on a date that is not time off, or an extra-hours window on that date. Window edges are (local date + time) in the coach''s zone, converted by local_instant, so it is right across daylight-saving changes.';
