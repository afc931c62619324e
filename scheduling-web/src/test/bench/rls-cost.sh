#!/bin/sh
# What row-level security (V14) costs a booking and a week view, measured in SQL on a PostgreSQL
# of your own: two fresh databases, one migrated to V13 (before) and one to V14 (after), the same
# people in both (one coach, 200 clients, office hours every day), then, as the application role
# (SET ROLE coachcal_app, coachcal.actor_id set as Coachcal does), five rounds on each side of:
#   - 200 bookings through the booking trigger (one per client);
#   - 200 week views of a client while those 200 calls are booked: the queries CalendarQueries.availability
#     runs for one week (relationship, office hours, time off, extra hours, the coach's booked times, the
#     client's, the month's count).
# Usage: scheduling-web/src/test/bench/rls-cost.sh [psql connection options, default -h 127.0.0.1 -U postgres]
# Needs a superuser (it creates and drops the databases rls_cost_before and rls_cost_after).
set -eu
cd "$(dirname "$0")/../../../.."
MIGRATIONS=scheduling-persistence/src/main/resources/db/migration
CONNECT=${*:--h 127.0.0.1 -U postgres}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

psql_to() { db=$1; shift; psql $CONNECT -d "$db" -q -v ON_ERROR_STOP=1 -X "$@"; }

prepare() { # database, last migration
    psql $CONNECT -d postgres -q -X -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
    for version in $(seq 1 "$2"); do
        psql $CONNECT -d "$1" -q -X -v ON_ERROR_STOP=1 -f "$(ls $MIGRATIONS/V${version}__*.sql)" >/dev/null
    done
    psql $CONNECT -d "$1" -q -X -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
INSERT INTO app_user (email, display_name, time_zone, password_hash)
SELECT 'bench' || n || '@example.com', 'Bench ' || n, 'UTC', 'x' FROM generate_series(0, 200) n;
INSERT INTO user_role (user_id, role) SELECT id, CASE WHEN email = 'bench0@example.com' THEN 'coach' ELSE 'client' END::role_name FROM app_user;
INSERT INTO office_hours (coach_id, weekday, hours)
SELECT (SELECT id FROM app_user WHERE email = 'bench0@example.com'), day, timerange('00:00', '24:00') FROM generate_series(1, 7) day;
INSERT INTO coaching_relationship (coach_id, client_id, starts_at)
SELECT (SELECT id FROM app_user WHERE email = 'bench0@example.com'), id, now() - interval '1 day'
  FROM app_user WHERE email <> 'bench0@example.com';
SQL
}

# Timed inside PostgreSQL (clock_timestamp), as coachcal_app with the actor set as Coachcal sets it, and
# rolled back so that each round starts from the same data: 200 bookings (one per client, through the
# booking trigger, an hour apart from day $2 on), then 200 week views of the first client.
round() { # database, side, first day
    psql_to "$1" -At <<SQL 2>&1 | sed -n 's/.*NOTICE: *//p'
BEGIN;
SET LOCAL ROLE coachcal_app;
DO \$\$
DECLARE
    started timestamptz := clock_timestamp();
    pair record;
    n integer := 0;
    client bigint;
    coach bigint;
    within tstzrange := tstzrange(now(), now() + interval '7 days');
BEGIN
    FOR pair IN SELECT r.id, r.coach_id, r.client_id FROM rls_bench_pairs r ORDER BY r.client_id LOOP
        PERFORM set_config('coachcal.actor_id', pair.client_id::text, true);
        INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at)
        VALUES (pair.id, pair.coach_id, pair.client_id,
                date_trunc('day', now()) + $3 * interval '1 day' + n * interval '1 hour',
                date_trunc('day', now()) + $3 * interval '1 day' + (n + 1) * interval '1 hour');
        n := n + 1;
    END LOOP;
    RAISE NOTICE '$2 200 bookings: % ms', round(extract(epoch FROM clock_timestamp() - started) * 1000);
    SELECT min(client_id), min(coach_id) INTO client, coach FROM rls_bench_pairs;
    PERFORM set_config('coachcal.actor_id', client::text, true);
    started := clock_timestamp();
    FOR i IN 1..200 LOOP
        PERFORM r.id, coach_user.display_name FROM coaching_relationship r JOIN app_user coach_user ON coach_user.id = r.coach_id
          WHERE r.client_id = client AND r.period @> now();
        PERFORM weekday, hours FROM office_hours WHERE coach_id = coach;
        PERFORM days FROM time_off WHERE coach_id = coach;
        PERFORM on_date, hours FROM extra_hours WHERE coach_id = coach;
        IF '$2' = 'after' THEN
            PERFORM starts_at FROM coach_booked_times(coach, within, -1);
        ELSE
            PERFORM starts_at FROM appointment WHERE coach_id = coach AND status = 'booked' AND id <> -1 AND during && within;
        END IF;
        PERFORM starts_at FROM appointment WHERE client_id = client AND status = 'booked' AND id <> -1 AND during && within;
        PERFORM count(*) FROM appointment WHERE client_id = client AND status = 'booked'
           AND starts_at >= date_trunc('month', now()) AND starts_at < date_trunc('month', now()) + interval '1 month';
    END LOOP;
    RAISE NOTICE '$2 200 week views: % ms', round(extract(epoch FROM clock_timestamp() - started) * 1000);
END;
\$\$;
ROLLBACK;
SQL
}

for side in before after; do
    db=rls_cost_$side
    prepare $db $([ $side = before ] && echo 13 || echo 14)
    # Who books, read once as the owner (the application would know its own relationship).
    psql_to $db -c "CREATE TABLE rls_bench_pairs AS SELECT id, coach_id, client_id FROM coaching_relationship" \
                -c "GRANT SELECT ON rls_bench_pairs TO coachcal_app"
done
for repeat in $(seq "${ROUNDS:-5}"); do
    for side in before after; do
        round rls_cost_$side $side 2
    done
done
[ -n "${KEEP:-}" ] || psql $CONNECT -d postgres -q -X -c "DROP DATABASE rls_cost_before WITH (FORCE)" -c "DROP DATABASE rls_cost_after WITH (FORCE)"
