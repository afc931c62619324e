package app.coachcal.persistence.schema;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Random office hours for a few days, with what breaks rules that are written twice: windows from or to
 * midnight, windows that touch (on one day and across midnight), windows that almost touch, time off, and
 * extra hours (also during time off). Written to the database by {@link #insert}.
 * <pre>{@code
 * OfficeHours hours = RandomOfficeHours.pick(random, zone, firstDay, lastDay);
 * RandomOfficeHours.insert(given, coach, hours);
 * }</pre>
 */
final class RandomOfficeHours {

    private static final int DAY = 24 * 60;

    private RandomOfficeHours() {
    }

    /** Weekly windows on every weekday, time off and extra hours around the days {@code first} to {@code last}. */
    static OfficeHours pick(Random random, ZoneId zone, LocalDate first, LocalDate last) {
        List<WeeklyWindow> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.addAll(windowsOfOneDay(random, (start, end) -> new WeeklyWindow(day, start, end)));
        }
        List<TimeOff> timeOff = new ArrayList<>();
        LocalDate from = first.minusDays(1).plusDays(random.nextInt(3));
        while (!from.isAfter(last) && random.nextBoolean()) {
            LocalDate to = from.plusDays(random.nextInt(2));
            timeOff.add(new TimeOff(from, to));
            from = to.plusDays(1 + random.nextInt(3));
        }
        List<ExtraHours> extra = new ArrayList<>();
        for (LocalDate date = first.minusDays(1); !date.isAfter(last.plusDays(1)); date = date.plusDays(1)) {
            if (random.nextInt(3) == 0) {
                LocalDate on = date;
                extra.addAll(windowsOfOneDay(random, (start, end) -> new ExtraHours(on, start, end)));
            }
        }
        return new OfficeHours(zone, weekly, timeOff, extra);
    }

    static void insert(Given given, long coach, OfficeHours hours) throws SQLException {
        for (WeeklyWindow window : hours.weeklyWindows()) {
            given.weeklyHours(coach, window.start().toString(), endOfWindow(window.end()), window.day().getValue());
        }
        for (TimeOff off : hours.timeOff()) {
            given.timeOff(coach, off.first(), off.last());
        }
        for (ExtraHours extra : hours.extraHours()) {
            given.extraHours(coach, extra.date(), extra.start().toString(), endOfWindow(extra.end()));
        }
    }

    /**
     * Up to three windows of one day that never overlap: a third start at 00:00, a quarter end at 24:00,
     * half of them touch the one before, edges on a 15-minute grid or (one day in four) a 5-minute one.
     */
    private static <T> List<T> windowsOfOneDay(Random random, BiFunction<LocalTime, LocalTime, T> window) {
        List<T> windows = new ArrayList<>();
        int unit = random.nextInt(4) == 0 ? 5 : 15;
        int previousEnd = random.nextInt(3) == 0 ? 0 : unit * random.nextInt(DAY / unit);
        int count = random.nextInt(4);
        for (int i = 0; i < count && previousEnd < DAY; i++) {
            int start = i == 0 || random.nextBoolean() ? previousEnd : previousEnd + unit * (1 + random.nextInt(12));
            if (start >= DAY) {
                break;
            }
            int end = random.nextInt(4) == 0 ? DAY : Math.min(DAY, start + unit * (1 + random.nextInt(36)));
            windows.add(window.apply(LocalTime.MIDNIGHT.plusMinutes(start), LocalTime.MIDNIGHT.plusMinutes(end)));
            previousEnd = end;
        }
        return windows;
    }

    /** A window's end as the database writes it: the domain's 00:00 end is 24:00 there. */
    private static String endOfWindow(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
    }
}
