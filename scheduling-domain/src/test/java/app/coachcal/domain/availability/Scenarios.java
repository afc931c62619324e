package app.coachcal.domain.availability;

import static app.coachcal.domain.testing.Pick.between;
import static app.coachcal.domain.testing.Pick.listOf;
import static app.coachcal.domain.testing.Pick.mostly;
import static app.coachcal.domain.testing.Pick.oneOf;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/** Generates slot scenarios: zones with odd offsets and DST, clocks near DST changes, rules across their bounds. */
final class Scenarios {

    private static final List<String> ZONES = List.of("Europe/London", "America/Los_Angeles", "Asia/Kolkata",
            "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "UTC");
    private static final List<String> DST_CHANGES = List.of("2026-03-08T10:00:00Z", "2026-11-01T09:00:00Z",
            "2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z", "2027-03-14T10:00:00Z", "2027-11-07T09:00:00Z",
            "2027-03-28T01:00:00Z", "2027-10-31T01:00:00Z", "2026-04-04T15:00:00Z", "2026-10-03T16:00:00Z");
    private static final long DAY = 86_400;

    private Scenarios() {
    }

    static Scenario scenario(Random random) {
        ZoneId zone = ZoneId.of(oneOf(random, ZONES));
        Instant now = clockInstant(random);
        TimeRange period = TimeRange.of(now.plusSeconds(between(random, -2 * DAY, 8 * DAY)),
                Duration.ofSeconds(between(random, 3600L, 10 * DAY)));
        return new Scenario(rules(random), now, officeHours(random, zone, now),
                bookings(random, period, 12), bookings(random, period, 4), period);
    }

    /** Rules across their whole range, but mostly short calls, short notice and a long horizon, so slots exist. */
    static BusinessRules rules(Random random) {
        return new BusinessRules(Duration.ofMinutes(mostly(random, 15, 90, 15, 240)),
                Duration.ofMinutes(between(random, 5, 60)), Duration.ofMinutes(mostly(random, 0, 600, 0, 20160)),
                Duration.ofDays(mostly(random, 30, 366, 1, 366)), Duration.ofMinutes(1440), 12, 2,
                Duration.ofMinutes(between(random, 0, 120)), 8);
    }

    /** Any second of 2026-2027, or within five days of a DST change. */
    static Instant clockInstant(Random random) {
        if (random.nextBoolean()) {
            return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(between(random, 0L, 730 * DAY));
        }
        return Instant.parse(oneOf(random, DST_CHANGES)).plusSeconds(between(random, -5 * DAY, 5 * DAY));
    }

    /** One to ten weekly windows at any minute, some time off and extra hours in the next two weeks. */
    static OfficeHours officeHours(Random random, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<WeeklyWindow> weekly = listOf(random, 1, 10, r -> {
            int start = between(r, 0, 1438);
            return new WeeklyWindow(oneOf(r, DayOfWeek.values()), time(start), time(endAfter(r, start)));
        });
        List<TimeOff> timeOff = listOf(random, 0, 2, r -> {
            LocalDate first = today.plusDays(between(r, -2, 14));
            return new TimeOff(first, first.plusDays(between(r, 0, 3)));
        });
        List<ExtraHours> extra = listOf(random, 0, 3, r -> {
            int start = between(r, 0, 1438);
            return new ExtraHours(today.plusDays(between(r, -2, 14)), time(start), time(endAfter(r, start)));
        });
        return new OfficeHours(zone, weekly, timeOff, extra);
    }

    /** Calls booked in the period and up to four hours either side, on whole minutes, 15 minutes to 4 hours long. */
    static List<TimeRange> bookings(Random random, TimeRange period, int most) {
        long minutes = period.duration().toMinutes();
        Instant base = period.start().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(4));
        return listOf(random, 0, most, r -> TimeRange.of(base.plusSeconds(60 * between(r, 0L, minutes + 8 * 60)),
                Duration.ofMinutes(between(r, 15, 240))));
    }

    private static int endAfter(Random random, int startMinute) {
        return Math.min(startMinute + mostly(random, 60, 600, 1, 1439), 1439);
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
