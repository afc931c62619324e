package app.coachcal.domain.officehours;

import app.coachcal.domain.time.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a coach takes calls: weekly windows and extra hours as wall-clock times in {@code coachZone},
 * except on days of time off (time off wins over extra hours on the same date). Local times that fall
 * in a DST gap move forward by the gap's length; times that occur twice take the earlier offset.
 */
public record OfficeHours(ZoneId coachZone, List<WeeklyWindow> weeklyWindows, List<TimeOff> timeOff,
        List<ExtraHours> extraHours) {

    public OfficeHours {
        Objects.requireNonNull(coachZone, "coachZone");
        weeklyWindows = List.copyOf(weeklyWindows);
        timeOff = List.copyOf(timeOff);
        extraHours = List.copyOf(extraHours);
    }

    /** Office hours made only of weekly windows. */
    public static OfficeHours weekly(ZoneId coachZone, List<WeeklyWindow> weeklyWindows) {
        return new OfficeHours(coachZone, weeklyWindows, List.of(), List.of());
    }

    /**
     * The office-hours windows as instants, merged where they touch or overlap, sorted, clipped to
     * {@code [from, to)}. Looks one local day beyond each end: a DST gap can push a window into the next day.
     */
    public List<TimeRange> windowsBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        TimeRange bounds = new TimeRange(from, to);
        LocalDate last = to.atZone(coachZone).toLocalDate().plusDays(1);
        List<TimeRange> windows = new ArrayList<>();
        for (LocalDate date = from.atZone(coachZone).toLocalDate().minusDays(1); !date.isAfter(last);
                date = date.plusDays(1)) {
            windows.addAll(windowsOn(date));
        }
        return TimeRange.merged(windows).stream().flatMap(window -> window.clippedTo(bounds).stream()).toList();
    }

    /** Whether {@code range} lies wholly inside one (merged) office-hours window. */
    public boolean covers(TimeRange range) {
        return windowsBetween(range.start(), range.end()).equals(List.of(range));
    }

    /** Time off removes the weekly windows of its days; extra hours, set for one date on purpose, still apply. */
    private List<TimeRange> windowsOn(LocalDate date) {
        List<TimeRange> windows = new ArrayList<>();
        if (timeOff.stream().noneMatch(off -> off.covers(date))) {
            weeklyWindows.stream().filter(window -> window.day() == date.getDayOfWeek())
                    .forEach(window -> onDate(date, window.start(), window.end()).ifPresent(windows::add));
        }
        extraHours.stream().filter(extra -> extra.date().equals(date))
                .forEach(extra -> onDate(date, extra.start(), extra.end()).ifPresent(windows::add));
        return windows;
    }

    /** Empty when DST squeezes the window to nothing, e.g. 02:30-03:00 on a day that skips 02:00-03:00. */
    private Optional<TimeRange> onDate(LocalDate date, LocalTime start, LocalTime end) {
        Instant from = ZonedDateTime.of(date, start, coachZone).toInstant();
        Instant to = WallClock.endsAtMidnight(end)
                ? date.plusDays(1).atStartOfDay(coachZone).toInstant()
                : ZonedDateTime.of(date, end, coachZone).toInstant();
        return to.isAfter(from) ? Optional.of(new TimeRange(from, to)) : Optional.empty();
    }
}
