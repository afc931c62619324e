package app.coachcal.web.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the client pages write days and times, always in a named zone, e.g.
 * {@code CallTimes.slot(start, zone)} gives "Tue 1 Dec, 09:00" and {@code CallTimes.day(day)}
 * "Tuesday 1 December". week.js writes the same words.
 */
final class CallTimes {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private CallTimes() {
    }

    /** "Tue 1 Dec, 09:00". */
    static String slot(Instant start, ZoneId zone) {
        return SLOT.format(start.atZone(zone));
    }

    /** "Tuesday 1 December". */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "30 Nov", for "week of 30 Nov". */
    static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** "Tue 1 Dec 2026, 09:00–10:00". */
    static String call(Instant start, Instant end, ZoneId zone) {
        return WHEN.format(start.atZone(zone)) + "–" + TIME.format(end.atZone(zone));
    }

    /** "Tue 1 Dec 2026, 09:00". */
    static String moment(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** The start as a request field: local time in {@code zone} with its offset, 2026-12-01T09:00:00-05:00. */
    static String iso(Instant start, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.atZone(zone));
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
