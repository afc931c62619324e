package app.coachcal.web.testsupport;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

/**
 * Days and times relative to today, as the server's real clock sees it, and
 * starts written the way a client sends them (local time with its offset).
 *
 * <pre>{@code
 * LocalDate monday = Dates.mondayAhead(coach.zone(), 2);
 * client.api().book(Dates.start(monday, "09:00", coach.zone()));   // 2026-12-07T09:00:00-08:00
 * }</pre>
 */
public final class Dates {

    private Dates() {
    }

    /** The first Monday at least {@code weeks} weeks after today in {@code zone}. */
    public static LocalDate mondayAhead(ZoneId zone, int weeks) {
        return LocalDate.now(zone).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** The local time on that day in that zone, as a request's {@code start}. */
    public static String start(LocalDate day, String time, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at(day, time, zone));
    }

    public static Instant instant(LocalDate day, String time, ZoneId zone) {
        return at(day, time, zone).toInstant();
    }

    public static ZonedDateTime at(LocalDate day, String time, ZoneId zone) {
        return ZonedDateTime.of(day, LocalTime.parse(time), zone);
    }
}
