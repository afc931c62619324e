package app.coachcal.persistence.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the values of native query rows, whatever JDBC type the driver chose
 * for them, and writes instants as query parameters.
 *
 * <pre>{@code
 * Instant start = Columns.instant(row[0]);
 * query.setParameter(1, Columns.parameter(start));
 * }</pre>
 */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        throw unexpected(value, "timestamptz");
    }

    public static LocalTime localTime(Object value) {
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (value instanceof LocalTime time) {
            return time;
        }
        throw unexpected(value, "time");
    }

    public static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        throw unexpected(value, "date");
    }

    public static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw unexpected(value, "number");
    }

    /** An instant as a {@code timestamptz} parameter. */
    public static OffsetDateTime parameter(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static IllegalStateException unexpected(Object value, String expected) {
        return new IllegalStateException("expected a " + expected + " column, got "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
