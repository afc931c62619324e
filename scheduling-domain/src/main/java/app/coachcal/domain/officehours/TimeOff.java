package app.coachcal.domain.officehours;

import java.time.LocalDate;
import java.util.Objects;

/** Whole days, {@code first} to {@code last} inclusive (dates in the coach's zone), with no office hours at all. */
public record TimeOff(LocalDate first, LocalDate last) {

    public TimeOff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Time off must not end before it starts, not " + first + " to " + last);
        }
    }

    /** Time off for the one day {@code date}. */
    public static TimeOff on(LocalDate date) {
        return new TimeOff(date, date);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
