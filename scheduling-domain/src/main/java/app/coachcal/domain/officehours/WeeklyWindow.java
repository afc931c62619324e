package app.coachcal.domain.officehours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Office hours that repeat every week: on {@code day}, from {@code start} to {@code end} wall-clock time
 * in the coach's zone. A window stays inside one day; an end of 00:00 means until midnight (24:00).
 */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyWindow {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!WallClock.isWindow(start, end)) {
            throw new IllegalArgumentException("Office hours must end after they start on the same day, not "
                    + day + " " + start + " to " + end);
        }
    }
}
