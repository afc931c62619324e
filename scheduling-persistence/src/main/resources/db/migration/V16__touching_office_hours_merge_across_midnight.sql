-- One rule for "the coach takes calls then", in SQL as in the domain
-- (OfficeHours.covers): all of a coach's windows merge wherever they touch or
-- overlap, whichever local date they belong to. A coach with Sunday
-- 22:00-24:00 and Monday 00:00-02:00 is available from Sunday 22:00 to Monday
-- 02:00, so a call from 23:30 to 00:30 fits. V4 looked only at the windows of
-- the call's start date and the day before, so the domain offered that call
-- and this function refused it (issue 13).
--
-- Only the body changes: same signature, owner, grants, volatility and
-- PARALLEL SAFE. CREATE OR REPLACE keeps owner and grants but resets
-- SECURITY DEFINER, SET options and COST to what the statement says, and an
-- earlier migration may have set them (V14 makes the rule-checking functions
-- SECURITY DEFINER); so they are read first and put back afterwards.

DO $$
BEGIN
    PERFORM set_config('coachcal.v16_security_definer', p.prosecdef::text, false),
            set_config('coachcal.v16_cost', p.procost::text, false),
            set_config('coachcal.v16_config', coalesce(p.proconfig, '{}')::text, false)
       FROM pg_proc p
      WHERE p.oid = 'coach_is_available(bigint, tstzrange)'::regprocedure;
END;
$$;

CREATE OR REPLACE FUNCTION coach_is_available(coach_id bigint, slot tstzrange) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH coach AS (
        SELECT u.id, u.time_zone AS zone
          FROM app_user u
         WHERE u.id = coach_is_available.coach_id
           AND NOT isempty(coach_is_available.slot)
           AND NOT lower_inf(coach_is_available.slot)
           AND NOT upper_inf(coach_is_available.slot)
    ),
    -- Every local date in the coach's zone whose windows can reach the slot,
    -- as the domain's OfficeHours.windowsBetween reads them: from the day
    -- before the slot's start date to the day after its end date. A window
    -- ending at 24:00 on a day whose midnight falls in a gap ends after it,
    -- and a fall-back just after midnight makes the local date go backwards.
    local_day AS (
        SELECT c.id, c.zone, span.first + n AS day
          FROM coach c
         CROSS JOIN LATERAL (
               SELECT (lower(coach_is_available.slot) AT TIME ZONE c.zone)::date - 1 AS first,
                      (upper(coach_is_available.slot) AT TIME ZONE c.zone)::date + 1 AS last
         ) AS span
         CROSS JOIN LATERAL generate_series(0, span.last - span.first) AS n
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
    -- range_agg joins windows that touch or overlap, across midnight too; a
    -- window that DST squeezes to nothing (opens >= closes) is left out.
    SELECT coalesce(range_agg(tstzrange(w.opens, w.closes, '[)')) FILTER (WHERE w.opens < w.closes)
                    @> coach_is_available.slot, false)
      FROM window_of_the_day w
$$;

DO $$
DECLARE
    setting text;
    name    text;
    value   text;
BEGIN
    IF current_setting('coachcal.v16_security_definer')::boolean THEN
        ALTER FUNCTION coach_is_available(bigint, tstzrange) SECURITY DEFINER;
    END IF;
    EXECUTE format('ALTER FUNCTION coach_is_available(bigint, tstzrange) COST %s',
                   current_setting('coachcal.v16_cost'));
    FOREACH setting IN ARRAY current_setting('coachcal.v16_config')::text[] LOOP
        name  := split_part(setting, '=', 1);
        value := substr(setting, length(name) + 2);
        -- search_path is stored as a list of already quoted names; any other
        -- setting is one value.
        EXECUTE format('ALTER FUNCTION coach_is_available(bigint, tstzrange) SET %I TO %s', name,
                       CASE WHEN name = 'search_path' THEN value ELSE quote_literal(value) END);
    END LOOP;
    PERFORM set_config('coachcal.v16_security_definer', '', false),
            set_config('coachcal.v16_cost', '', false),
            set_config('coachcal.v16_config', '', false);
END;
$$;

COMMENT ON FUNCTION coach_is_available(bigint, tstzrange) IS
    'True when the slot lies wholly inside the coach''s office hours, all windows merged wherever they touch or overlap, across midnight too (as the domain''s OfficeHours.covers): the weekly windows of each local date in the coach''s zone that is not time off, plus the extra-hours windows of each date. Window edges are (local date + time) converted by local_instant, so it is right across daylight-saving changes.';
COMMENT ON TABLE office_hours IS
    'A coach''s weekly office hours: on ISO weekday (1 = Monday ... 7 = Sunday), the wall-clock window "hours" in the coach''s zone. A call must fit wholly inside the coach''s windows, touching windows counting as one, across midnight too (Sunday 22:00-24:00 and Monday 00:00-02:00 take a call at 23:30). Changing hours does not touch calls already booked.';
