package app.coachcal.domain.availability;

import app.coachcal.domain.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A time a client may book a call: one call's length, on the coach's grid, inside office hours, free. */
public record Slot(TimeRange range) {

    public Slot {
        Objects.requireNonNull(range, "range");
    }

    /** The slot that starts at {@code start} and lasts {@code callLength}. */
    public static Slot of(Instant start, Duration callLength) {
        return new Slot(TimeRange.of(start, callLength));
    }

    public Instant start() {
        return range.start();
    }

    public Instant end() {
        return range.end();
    }
}
