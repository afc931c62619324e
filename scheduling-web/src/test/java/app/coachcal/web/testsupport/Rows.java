package app.coachcal.web.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the test server's own database, to set up what the API cannot
 * and to check what a request wrote.
 *
 * <pre>{@code
 * Rows.Counts before = Rows.counts();
 * ... a request that must be refused ...
 * assertThat(Rows.counts()).isEqualTo(before);
 * }</pre>
 */
public final class Rows {

    /** How many rows the tables that a booking writes to hold. */
    public record Counts(long appointments, long history, long storedAnswers) {
    }

    private Rows() {
    }

    public static Counts counts() {
        return new Counts(count("SELECT count(*) FROM appointment"),
                count("SELECT count(*) FROM appointment_history"),
                count("SELECT count(*) FROM idempotent_request"));
    }

    public static long count(String query, Object... parameters) {
        return value(Long.class, query, parameters);
    }

    /** The first column of the first row; fails when there is no row. */
    public static <T> T value(Class<T> type, String query, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new AssertionError("no row from: " + query);
            }
            return row.getObject(1, type);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first row, as {@link #rows}; fails when there is none. */
    public static List<Object> row(String query, Object... parameters) {
        List<List<Object>> rows = rows(query, parameters);
        if (rows.isEmpty()) {
            throw new AssertionError("no row from: " + query);
        }
        return rows.get(0);
    }

    /** Every row, one value per column; {@code timestamptz} columns come back as {@link Instant}. */
    public static List<List<Object>> rows(String query, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet row = statement.executeQuery()) {
            List<List<Object>> rows = new ArrayList<>();
            while (row.next()) {
                List<Object> values = new ArrayList<>();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    values.add(value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                }
                rows.add(values);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String statementText, Object... parameters) {
        try (Connection connection = connection();
             PreparedStatement statement = prepare(connection, statementText, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Connection connection() throws SQLException {
        return CoachcalServer.shared().database().connection();
    }

    /** A statement with its parameters; instants are sent as {@code timestamptz}. */
    public static PreparedStatement prepare(Connection connection, String text, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text);
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
