package app.coachcal.persistence.schema;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries to book many calls, each in its own subtransaction that is rolled back whatever happens, in one
 * round trip, and says for each start what the database did: {@code booked}, or the name of the constraint
 * (or trigger rule) that refused it.
 * <pre>{@code
 * Map<Instant, String> verdicts = BookingAttempts.verdicts(sql, pair, starts, Duration.ofMinutes(60));
 * }</pre>
 */
final class BookingAttempts {

    static final String BOOKED = "booked";

    private static final String TRY_EACH = """
            CREATE OR REPLACE FUNCTION pg_temp.booking_verdicts(relationship bigint, coach bigint, client bigint,
                    starts timestamptz[], call_length interval)
            RETURNS TABLE (call_start timestamptz, verdict text) LANGUAGE plpgsql AS $$
            DECLARE
                was_booked boolean;
            BEGIN
                FOREACH call_start IN ARRAY starts LOOP
                    was_booked := false;
                    BEGIN
                        INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at)
                        VALUES (relationship, coach, client, call_start, call_start + call_length);
                        was_booked := true;
                        RAISE EXCEPTION 'roll the booked call back';
                    EXCEPTION WHEN OTHERS THEN
                        GET STACKED DIAGNOSTICS verdict = CONSTRAINT_NAME;
                        IF was_booked THEN
                            verdict := 'booked';
                        ELSIF verdict = '' THEN
                            GET STACKED DIAGNOSTICS verdict = MESSAGE_TEXT;
                        END IF;
                    END;
                    RETURN NEXT;
                END LOOP;
            END;
            $$""";

    private BookingAttempts() {
    }

    static Map<Instant, String> verdicts(Connection sql, Given.Relationship pair, List<Instant> starts, Duration length)
            throws SQLException {
        try (Statement create = sql.createStatement()) {
            create.execute(TRY_EACH);
        }
        Array startArray = sql.createArrayOf("timestamptz",
                starts.stream().map(start -> start.atOffset(ZoneOffset.UTC)).toArray());
        Map<Instant, String> verdicts = new HashMap<>();
        try (PreparedStatement attempt = sql.prepareStatement(
                "SELECT call_start, verdict FROM pg_temp.booking_verdicts(?, ?, ?, ?, make_interval(mins => ?))")) {
            attempt.setLong(1, pair.id());
            attempt.setLong(2, pair.coachId());
            attempt.setLong(3, pair.clientId());
            attempt.setArray(4, startArray);
            attempt.setInt(5, (int) length.toMinutes());
            try (ResultSet rows = attempt.executeQuery()) {
                while (rows.next()) {
                    verdicts.put(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2));
                }
            }
        }
        return verdicts;
    }
}
