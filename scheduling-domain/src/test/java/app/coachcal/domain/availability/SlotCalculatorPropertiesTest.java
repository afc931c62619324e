package app.coachcal.domain.availability;

import static app.coachcal.domain.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.booking.BookingPolicy;
import app.coachcal.domain.booking.Decision;
import app.coachcal.domain.testing.PropertyCheck;
import app.coachcal.domain.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of free slots over generated office hours, bookings, rules and clocks (see {@link Scenarios}). */
class SlotCalculatorPropertiesTest {

    private static final int TRIES = 300;

    @Test
    void the_generated_scenarios_often_have_free_slots_and_bookings_that_take_some() {
        assertThat(PropertyCheck.percentage(TRIES, Scenarios::scenario, s -> !s.freeSlots().isEmpty())).isGreaterThan(25);
        assertThat(PropertyCheck.percentage(TRIES, Scenarios::scenario,
                s -> s.freeSlots().size() < freeSlotsIgnoringBookings(s).size())).isGreaterThan(10);
    }

    @Test
    void no_slot_comes_within_the_buffer_of_a_coach_call() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            for (Slot slot : scenario.freeSlots()) {
                TimeRange withBuffer = slot.range().expandedBy(scenario.rules().buffer(), scenario.rules().buffer());
                assertThat(scenario.coachBooked()).noneMatch(withBuffer::overlaps);
            }
        });
    }

    @Test
    void no_slot_overlaps_a_call_of_the_client() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            for (Slot slot : scenario.freeSlots()) {
                assertThat(scenario.clientBooked()).noneMatch(slot.range()::overlaps);
            }
        });
    }

    @Test
    void every_slot_lies_wholly_inside_one_office_hours_window() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            List<TimeRange> windows = scenario.windowsAround();
            for (Slot slot : scenario.freeSlots()) {
                assertThat(windows).anyMatch(window -> window.contains(slot.range()));
                assertThat(scenario.hours().covers(slot.range())).isTrue();
            }
        });
    }

    @Test
    void every_slot_lasts_one_call_and_starts_on_the_grid_of_the_coach_zone() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            long grid = scenario.rules().slotGranularity().toMinutes();
            for (Slot slot : scenario.freeSlots()) {
                LocalTime local = slot.start().atZone(scenario.hours().coachZone()).toLocalTime();
                assertThat(slot.range().duration()).isEqualTo(scenario.rules().callLength());
                assertThat(local.getSecond() + local.getNano()).isZero();
                assertThat((local.getHour() * 60L + local.getMinute()) % grid).isZero();
            }
        });
    }

    @Test
    void every_slot_starts_in_the_period_after_the_notice_and_within_the_horizon() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            Instant now = scenario.now();
            for (Slot slot : scenario.freeSlots()) {
                assertThat(scenario.period().contains(slot.start())).isTrue();
                assertThat(slot.start()).isAfter(now)
                        .isAfterOrEqualTo(now.plus(scenario.rules().bookingNotice()))
                        .isBeforeOrEqualTo(now.plus(scenario.rules().bookingHorizon()));
            }
        });
    }

    @Test
    void slots_are_sorted_without_duplicates() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            List<Slot> slots = scenario.freeSlots();
            for (int i = 1; i < slots.size(); i++) {
                assertThat(slots.get(i).start()).isAfter(slots.get(i - 1).start());
            }
        });
    }

    @Test
    void every_slot_is_one_the_booking_policy_accepts() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            BookingPolicy policy = new BookingPolicy(scenario.rules(), scenario.clock());
            for (Slot slot : scenario.freeSlots()) {
                Decision<TimeRange> decision =
                        policy.checkBooking(slot.start(), slot.end(), scenario.hours(), ZoneId.of("Asia/Kolkata"), 0);
                assertThat(decision).as("%s", slot).isEqualTo(Decision.accepted(slot.range()));
                assertThat(policy.checkNotTaken(slot.range(), scenario.coachBooked(), scenario.clientBooked()))
                        .isEqualTo(Decision.accepted(slot.range()));
            }
        });
    }

    /** Checks every minute of the period by brute force, so no free slot is missed (and none is made up). */
    @Test
    void the_slots_are_exactly_the_free_minutes_on_the_grid() {
        forAll(200, Scenarios::scenario,
                scenario -> assertThat(scenario.freeSlots()).containsExactlyElementsOf(bruteForce(scenario)));
    }

    @Test
    void the_nearest_free_slots_are_free_slots_and_none_left_out_is_nearer() {
        forAll(TRIES, Scenarios::scenario, scenario -> {
            List<Slot> free = scenario.freeSlots();
            Instant target = scenario.period().start().plus(scenario.period().duration().dividedBy(2));
            List<Slot> nearest = new SlotCalculator(scenario.rules(), scenario.clock()).nearestFreeSlots(target, 3,
                    scenario.hours(), scenario.coachBooked(), scenario.clientBooked(), scenario.period());

            assertThat(nearest).hasSize(Math.min(3, free.size())).isSubsetOf(free).isSortedAccordingTo(
                    (a, b) -> a.start().compareTo(b.start()));
            Duration farthestKept = nearest.stream().map(slot -> distance(slot, target)).max(Duration::compareTo)
                    .orElse(Duration.ZERO);
            assertThat(free).filteredOn(slot -> !nearest.contains(slot))
                    .allSatisfy(slot -> assertThat(distance(slot, target)).isGreaterThanOrEqualTo(farthestKept));
        });
    }

    private static Duration distance(Slot slot, Instant target) {
        return Duration.between(slot.start(), target).abs();
    }

    private static List<Slot> freeSlotsIgnoringBookings(Scenario scenario) {
        return new SlotCalculator(scenario.rules(), scenario.clock())
                .freeSlots(scenario.hours(), List.of(), List.of(), scenario.period());
    }

    private static List<Slot> bruteForce(Scenario scenario) {
        ZoneId zone = scenario.hours().coachZone();
        List<TimeRange> windows = scenario.windowsAround();
        BookingPolicy policy = new BookingPolicy(scenario.rules(), scenario.clock());
        List<Slot> expected = new ArrayList<>();
        Instant minute = scenario.period().start().truncatedTo(ChronoUnit.MINUTES);
        for (; minute.isBefore(scenario.period().end()); minute = minute.plusSeconds(60)) {
            LocalTime local = minute.atZone(zone).toLocalTime();
            Slot slot = Slot.of(minute, scenario.rules().callLength());
            boolean onGrid = (local.getHour() * 60L + local.getMinute()) % scenario.rules().slotGranularity().toMinutes() == 0
                    && local.getSecond() == 0;
            boolean timely = minute.isAfter(scenario.now())
                    && !minute.isBefore(scenario.now().plus(scenario.rules().bookingNotice()))
                    && !minute.isAfter(scenario.now().plus(scenario.rules().bookingHorizon()));
            if (scenario.period().contains(minute) && onGrid && timely
                    && windows.stream().anyMatch(window -> window.contains(slot.range()))
                    && policy.checkNotTaken(slot.range(), scenario.coachBooked(), scenario.clientBooked()).isAccepted()) {
                expected.add(slot);
            }
        }
        return expected;
    }
}
