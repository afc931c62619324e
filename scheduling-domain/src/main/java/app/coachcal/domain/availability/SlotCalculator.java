package app.coachcal.domain.availability;

import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the slots a client may book with their coach: on the coach's grid, wholly inside one office-hours
 * window, far enough ahead ({@code booking_notice}) but not too far ({@code booking_horizon}), clear of the
 * coach's calls by {@code buffer} and clear of the client's own calls.
 */
public final class SlotCalculator {

    private final BusinessRules rules;
    private final Clock clock;

    public SlotCalculator(BusinessRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The free slots that start inside {@code period}, sorted by start. */
    public List<Slot> freeSlots(OfficeHours hours, List<TimeRange> coachBooked, List<TimeRange> clientBooked,
            TimeRange period) {
        BookingWindow bookable = new BookingWindow(clock.instant(), rules);
        SlotGrid grid = new SlotGrid(hours.coachZone(), rules.slotGranularity());
        List<Slot> slots = new ArrayList<>();
        for (TimeRange window : hours.windowsBetween(period.start(), period.end().plus(rules.callLength()))) {
            for (Instant start : grid.startsWithin(window)) {
                Slot slot = Slot.of(start, rules.callLength());
                if (period.contains(start) && window.contains(slot.range()) && bookable.allows(start)
                        && Clearance.isClear(slot.range(), rules.buffer(), coachBooked, clientBooked)) {
                    slots.add(slot);
                }
            }
        }
        return slots.stream().distinct().sorted(Comparator.comparing(Slot::start)).toList();
    }

    /**
     * The {@code count} free slots in {@code period} nearest to {@code target} (the earlier one first on a tie),
     * sorted by start: what to offer when the slot a client chose was just taken.
     */
    public List<Slot> nearestFreeSlots(Instant target, int count, OfficeHours hours, List<TimeRange> coachBooked,
            List<TimeRange> clientBooked, TimeRange period) {
        Comparator<Slot> byDistance = Comparator.comparing(slot -> Duration.between(slot.start(), target).abs());
        return freeSlots(hours, coachBooked, clientBooked, period).stream()
                .sorted(byDistance.thenComparing(Slot::start))
                .limit(Math.max(count, 0))
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }
}
