package app.coachcal.launcher.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Seeds a benchmark's fresh database by SQL, as its owner. People come in pools of lanes: coach {@code n % coaches}
 * holds office hours round the clock every day (UTC); client {@code n} of a pool calls that coach at hour
 * {@code n / coaches} of every day. One call a day per client never breaks the monthly limit (set to its maximum,
 * 31) and never meets another lane, so a run books distinct free slots for as long as the horizon (366 days) lasts.
 * Table {@code bench_lane} lists the lanes; {@code bench_bare_appointment} has the columns of {@code appointment}
 * and nothing but its two exclusion constraints.
 */
final class BenchSeed {

    static final int HOURS = 24;
    static final String RULES = "call_length 60 min, slot_granularity 30 min, booking_notice 120 min (defaults);"
            + " booking_horizon 366 days, monthly_call_limit 31, buffer 0 min; everyone in UTC,"
            + " coaches' office hours 00:00-24:00 every day";

    private final Connection connection;

    BenchSeed(Connection connection) {
        this.connection = connection;
    }

    /** The permissive rules, the lane table and the bare table; the demo data's password hash for everyone. */
    void prepare() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE business_rule SET value = CASE name WHEN 'booking_horizon' THEN 366"
                    + " WHEN 'monthly_call_limit' THEN 31 ELSE 0 END WHERE name IN ('booking_horizon', 'monthly_call_limit', 'buffer')");
            statement.execute("CREATE TABLE bench_lane (pool text, n integer, client_id bigint, coach_id bigint,"
                    + " relationship_id bigint, email text, hour integer, PRIMARY KEY (pool, n))");
            statement.execute("CREATE TABLE bench_bare_appointment (coach_id bigint NOT NULL, client_id bigint NOT NULL,"
                    + " starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,"
                    + " during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,"
                    + " blocked tstzrange NOT NULL, status appointment_status NOT NULL DEFAULT 'booked',"
                    + " CONSTRAINT bench_bare_no_coach_overlap EXCLUDE USING gist (coach_id WITH =, blocked WITH &&)"
                    + " WHERE (status = 'booked'),"
                    + " CONSTRAINT bench_bare_no_client_overlap EXCLUDE USING gist (client_id WITH =, during WITH &&)"
                    + " WHERE (status = 'booked'))");
        }
    }

    /** {@code coaches} coaches and {@code coaches * 24} clients named {@code bench-POOL-...@example.com}. */
    void pool(String pool, int coaches) throws SQLException {
        String prefix = "bench-" + pool + "-";
        update("INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                + " SELECT ? || 'coach-' || c || '@example.com', 'Bench coach ' || c, 'UTC', (SELECT password_hash"
                + " FROM app_user WHERE email = 'client1@example.com') FROM generate_series(0, ? - 1) c", prefix, coaches);
        update("INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                + " SELECT ? || 'client-' || k || '@example.com', 'Bench client ' || k, 'UTC', (SELECT password_hash"
                + " FROM app_user WHERE email = 'client1@example.com') FROM generate_series(0, ? - 1) k", prefix, coaches * HOURS);
        update("INSERT INTO user_role (user_id, role) SELECT id, CASE WHEN email LIKE ? THEN 'coach'::role_name"
                + " ELSE 'client'::role_name END FROM app_user WHERE email LIKE ?", prefix + "coach-%", prefix + "%");
        update("INSERT INTO office_hours (coach_id, weekday, hours) SELECT id, d, timerange('00:00', '24:00')"
                + " FROM app_user, generate_series(1, 7) d WHERE email LIKE ?", prefix + "coach-%");
        update("INSERT INTO coaching_relationship (coach_id, client_id, starts_at)"
                + " SELECT coach.id, client.id, now() - interval '12 years' FROM generate_series(0, ? - 1) k"
                + " JOIN app_user client ON client.email = ? || 'client-' || k || '@example.com'"
                + " JOIN app_user coach ON coach.email = ? || 'coach-' || (k % ?) || '@example.com'",
                coaches * HOURS, prefix, prefix, coaches);
        update("INSERT INTO bench_lane SELECT ?, k, r.client_id, r.coach_id, r.id, client.email, k / ?"
                + " FROM generate_series(0, ? - 1) k JOIN app_user client ON client.email = ? || 'client-' || k || '@example.com'"
                + " JOIN coaching_relationship r ON r.client_id = client.id", pool, coaches, coaches * HOURS, prefix);
    }

    /**
     * Past calls of the first lane of {@code pool}, one an hour going back from the last whole hour, numbers
     * {@code from} to {@code to} (1-based): written as the schema's owner with triggers off for the transaction
     * ({@code session_replication_role = replica}), the only way into the past; the constraints still hold.
     */
    void pastCalls(String pool, int from, int to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            update("SET LOCAL session_replication_role = replica");
            update("INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at, blocked, created_by)"
                    + " SELECT l.relationship_id, l.coach_id, l.client_id, s, s + interval '1 hour',"
                    + " tstzrange(s, s + interval '1 hour', '[)'), l.client_id FROM bench_lane l,"
                    + " generate_series(?, ?) h, LATERAL (SELECT date_trunc('hour', now()) - make_interval(hours => h) AS s) x"
                    + " WHERE l.pool = ? AND l.n = 0", from, to, pool);
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        update("ANALYZE appointment");
    }

    /** Seconds since the epoch of the first midnight (UTC) after every booked call of the table's rows in the pool. */
    long firstFreeDay(String table, String pool) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT extract(epoch FROM coalesce("
                + "date_trunc('day', max(a.starts_at) AT TIME ZONE 'UTC') + interval '1 day',"
                + " date_trunc('day', now() AT TIME ZONE 'UTC') + interval '2 days'))::bigint FROM " + table
                + " a JOIN bench_lane l ON l.client_id = a.client_id AND l.pool = ? WHERE a.starts_at > now()")) {
            query.setString(1, pool);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
