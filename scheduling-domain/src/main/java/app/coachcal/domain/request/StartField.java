package app.coachcal.domain.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The {@code start} of a call: an ISO-8601 date-time with an explicit offset or {@code Z}, on a whole minute,
 * e.g. {@code 2026-12-01T09:00:00-08:00} or {@code 2026-12-01T17:00Z}. A local time without offset is refused.
 */
public final class StartField {

    public static final String FIELD = "start";
    static final String FORMAT = "Enter the start as a date and time with its offset, like 2026-12-01T09:00:00-08:00";
    private static final Pattern SHAPE = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final int MAX_LENGTH = 40;

    private StartField() {
    }

    public static Parsed<Instant> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a start time");
        }
        if (raw.length() > MAX_LENGTH || !SHAPE.matcher(raw).matches()) {
            return Parsed.invalid(FIELD, FORMAT);
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return Parsed.invalid(FIELD, "Enter a real date and time, like 2026-12-01T09:00:00-08:00");
        }
        if (!Years.allowed(start.getYear())) {
            return Parsed.invalid(FIELD, "Enter a start time " + Years.RANGE);
        }
        if (start.getSecond() != 0 || start.getNano() != 0) {
            return Parsed.invalid(FIELD, "Enter a start time on a whole minute, like 09:00 or 09:30");
        }
        return Parsed.valid(start.toInstant());
    }
}
