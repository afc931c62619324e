package app.coachcal.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How the staff pages write and read dates and times: "Mon 7 Dec 2026, 09:00" in a given zone, and
 * "HH:MM" / "YYYY-MM-DD" from a form.
 *
 * <pre>{@code
 * String when = Times.dateTime(call.start(), coach.zone());   // "Mon 7 Dec 2026, 09:00"
 * Optional<LocalTime> start = Times.time("09:30");
 * }</pre>
 */
public final class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Times() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    public static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    /** A window end: 00:00 is written 24:00 (midnight at the end of the day). */
    public static String windowEnd(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? "24:00" : CLOCK.format(end);
    }

    public static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return SHORT_DAY.format(instant.atZone(zone)) + ", " + CLOCK.format(instant.atZone(zone));
    }

    /** "HH:MM" (24-hour; "24:00" as an end means midnight, read as 00:00). */
    public static Optional<LocalTime> time(String raw) {
        if (raw == null || !raw.strip().matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        String text = raw.strip().length() == 4 ? "0" + raw.strip() : raw.strip();
        if (text.equals("24:00")) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> date(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
