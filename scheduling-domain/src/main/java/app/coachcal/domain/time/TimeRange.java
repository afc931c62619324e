package app.coachcal.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open stretch of time {@code [start, end)}, as {@code tstzrange(start, end, '[)')} in SQL.
 * Two ranges that only touch ({@code a.end == b.start}) do not overlap.
 */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A time range must end after it starts, not " + start + " to " + end);
        }
    }

    /** The range that starts at {@code start} and lasts {@code length}. */
    public static TimeRange of(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** This range made longer by {@code before} at its start and {@code after} at its end (neither negative). */
    public TimeRange expandedBy(Duration before, Duration after) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("A range can only be expanded by zero or more, not " + before + " and " + after);
        }
        return new TimeRange(start.minus(before), end.plus(after));
    }

    /** The part of this range inside {@code bounds}, or empty when they do not overlap. */
    public Optional<TimeRange> clippedTo(TimeRange bounds) {
        if (!overlaps(bounds)) {
            return Optional.empty();
        }
        Instant from = start.isAfter(bounds.start) ? start : bounds.start;
        Instant to = end.isBefore(bounds.end) ? end : bounds.end;
        return Optional.of(new TimeRange(from, to));
    }

    /** The ranges joined wherever they overlap or touch, sorted by start. */
    public static List<TimeRange> merged(Collection<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::start));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange next : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.start.isAfter(merged.get(last).end)) {
                TimeRange joined = merged.get(last);
                merged.set(last, new TimeRange(joined.start, next.end.isAfter(joined.end) ? next.end : joined.end));
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }
}
