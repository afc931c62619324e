package app.coachcal.persistence.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small builders that insert exactly what a test needs by plain SQL, in the
 * test's transaction.
 * <pre>{@code
 * Given.Relationship pair = given.coachingPair("Europe/London", "Europe/London");
 * given.weeklyHours(pair.coachId(), "09:00", "12:00", 1, 2, 3, 4, 5);
 * long call = given.call(pair, Given.weekdayAhead(ZoneId.of("Europe/London"), 3, MONDAY).atTime(9, 0)...);
 * }</pre>
 */
final class Given {

    /** A coaching relationship with its coach and client. */
    record Relationship(long id, long coachId, long clientId) {
    }

    static final Duration CALL_LENGTH = Duration.ofMinutes(60);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Connection sql;

    Given(Connection sql) {
        this.sql = sql;
    }

    /** A user with these active roles. */
    long user(String zone, String... roles) throws SQLException {
        long n = SEQUENCE.incrementAndGet();
        long id = value(Long.class,
                "INSERT INTO app_user (email, display_name, time_zone, password_hash) VALUES (?, ?, ?, 'x') RETURNING id",
                "person" + n + "@example.com", "Person " + n, zone);
        for (String role : roles) {
            update("INSERT INTO user_role (user_id, role) VALUES (?, ?::role_name)", id, role);
        }
        return id;
    }

    long coach(String zone) throws SQLException {
        return user(zone, "coach");
    }

    long client(String zone) throws SQLException {
        return user(zone, "client");
    }

    /** An open relationship that started yesterday. */
    Relationship relationship(long coach, long client) throws SQLException {
        return relationship(coach, client, Instant.now().minus(Duration.ofDays(1)), null);
    }

    Relationship relationship(long coach, long client, Instant startsAt, Instant endsAt) throws SQLException {
        long id = value(Long.class,
                "INSERT INTO coaching_relationship (coach_id, client_id, starts_at, ends_at) VALUES (?, ?, ?, ?) RETURNING id",
                coach, client, startsAt, endsAt);
        return new Relationship(id, coach, client);
    }

    /** A new coach and a new client in an open relationship that started yesterday. */
    Relationship coachingPair(String coachZone, String clientZone) throws SQLException {
        return relationship(coach(coachZone), client(clientZone));
    }

    /** The same window on each of these ISO weekdays (1 = Monday). Times like "09:00"; "24:00" is midnight. */
    void weeklyHours(long coach, String from, String to, int... isoWeekdays) throws SQLException {
        for (int weekday : isoWeekdays) {
            update("INSERT INTO office_hours (coach_id, weekday, hours) VALUES (?, ?, timerange(?::time, ?::time))",
                    coach, weekday, from, to);
        }
    }

    /** Office hours round the clock, every day: for tests about anything but office hours. */
    void alwaysAvailable(long coach) throws SQLException {
        weeklyHours(coach, "00:00", "24:00", 1, 2, 3, 4, 5, 6, 7);
    }

    void extraHours(long coach, LocalDate date, String from, String to) throws SQLException {
        update("INSERT INTO extra_hours (coach_id, on_date, hours) VALUES (?, ?, timerange(?::time, ?::time))",
                coach, date, from, to);
    }

    /** Time off from the first to the last day, both included. */
    void timeOff(long coach, LocalDate first, LocalDate last) throws SQLException {
        update("INSERT INTO time_off (coach_id, days, reason) VALUES (?, daterange(?, ?, '[]'), 'Holiday')",
                coach, first, last);
    }

    /** A booked call of the standard length. */
    long call(Relationship pair, ZonedDateTime start) throws SQLException {
        return call(pair, start.toInstant(), start.toInstant().plus(CALL_LENGTH));
    }

    long call(Relationship pair, Instant start, Instant end) throws SQLException {
        return value(Long.class,
                "INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id",
                pair.id(), pair.coachId(), pair.clientId(), start, end);
    }

    void cancel(long call) throws SQLException {
        update("UPDATE appointment SET status = 'cancelled' WHERE id = ?", call);
    }

    void rule(String name, int value) throws SQLException {
        update("UPDATE business_rule SET value = ? WHERE name = ?", value, name);
    }

    /** Acts as this user for the rest of the transaction, as the application does. */
    void actor(long user) throws SQLException {
        update("SELECT set_config('coachcal.actor_id', ?, true)", Long.toString(user));
    }

    void deactivate(long user, String role) throws SQLException {
        update("UPDATE user_role SET active = false WHERE user_id = ? AND role = ?::role_name", user, role);
    }

    /** The given weekday, at least {@code weeks} weeks after today in that zone. */
    static LocalDate weekdayAhead(ZoneId zone, int weeks, DayOfWeek day) {
        return LocalDate.now(zone).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day));
    }

    /** The first value of the first row. */
    <T> T value(Class<T> type, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(query, parameters); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no row from: " + query);
            }
            return row.getObject(1, type);
        }
    }

    int update(String statementText, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(statementText, parameters)) {
            statement.execute();
            return Math.max(statement.getUpdateCount(), 0);
        }
    }

    private PreparedStatement prepare(String text, Object... parameters) throws SQLException {
        PreparedStatement statement = sql.prepareStatement(text);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Instant instant) {
                parameter = instant.atOffset(ZoneOffset.UTC);
            } else if (parameter instanceof ZonedDateTime zoned) {
                parameter = zoned.toOffsetDateTime();
            }
            statement.setObject(i + 1, parameter);
        }
        return statement;
    }
}
