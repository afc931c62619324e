package app.coachcal.domain.officehours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Office hours on one date only, on top of the weekly windows: from {@code start} to {@code end}
 * wall-clock time in the coach's zone, inside that one day; an end of 00:00 means until midnight (24:00).
 */
public record ExtraHours(LocalDate date, LocalTime start, LocalTime end) {

    public ExtraHours {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!WallClock.isWindow(start, end)) {
            throw new IllegalArgumentException("Extra hours must end after they start on the same day, not "
                    + date + " " + start + " to " + end);
        }
    }
}
