package app.coachcal.domain.availability;

import app.coachcal.domain.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The instants a call may start at: those whose wall-clock time in the coach's {@code zone} is a whole
 * minute whose minutes since midnight are a multiple of {@code granularity} (rule {@code slot_granularity}).
 * A local time that occurs twice (fall back) gives two starts; one that does not exist (spring forward) none.
 */
public record SlotGrid(ZoneId zone, Duration granularity) {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public SlotGrid {
        Objects.requireNonNull(zone, "zone");
        if (granularity.toMinutes() < 1 || !Duration.ofMinutes(granularity.toMinutes()).equals(granularity)) {
            throw new IllegalArgumentException("A slot grid needs a whole number of minutes, not " + granularity);
        }
    }

    public boolean contains(Instant instant) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        int minutes = local.getHour() * 60 + local.getMinute();
        return local.getSecond() == 0 && local.getNano() == 0 && minutes % granularity.toMinutes() == 0;
    }

    /**
     * The grid's instants inside {@code range}, sorted. Looks one local day beyond each end, because a
     * fall-back transition just after midnight makes the local date go backwards for a while.
     */
    public List<Instant> startsWithin(TimeRange range) {
        List<Instant> starts = new ArrayList<>();
        LocalDate last = range.end().atZone(zone).toLocalDate().plusDays(1);
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (int minute = 0; minute < MINUTES_PER_DAY; minute += (int) granularity.toMinutes()) {
                LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
                for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
                    Instant start = local.toInstant(offset);
                    if (range.contains(start)) {
                        starts.add(start);
                    }
                }
            }
        }
        starts.sort(null);
        return starts;
    }
}
