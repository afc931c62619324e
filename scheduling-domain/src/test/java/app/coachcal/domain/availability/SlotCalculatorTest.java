package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.domain.rules.BusinessRule;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 7 December 2026, 09:00-12:00 in London (which is UTC in winter). */
    private static final OfficeHours MONDAY_MORNINGS = OfficeHours.weekly(LONDON,
            List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
    private static final TimeRange WEEK = range("2026-12-07T00:00:00Z", "2026-12-14T00:00:00Z");
    private static final BusinessRules RULES = BusinessRules.defaults();

    private static TimeRange range(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    private static SlotCalculator calculatorAt(String now, BusinessRules rules) {
        return new SlotCalculator(rules, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static List<String> starts(List<Slot> slots) {
        return slots.stream().map(slot -> slot.start().toString()).toList();
    }

    @Test
    void a_free_morning_gives_an_hour_long_slot_every_half_hour() {
        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", RULES).freeSlots(MONDAY_MORNINGS, List.of(), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", "2026-12-07T10:00:00Z",
                "2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z");
        assertThat(slots).allSatisfy(slot -> assertThat(slot.range().duration()).isEqualTo(RULES.callLength()));
    }

    @Test
    void a_call_the_coach_has_booked_takes_every_slot_it_overlaps() {
        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", RULES).freeSlots(MONDAY_MORNINGS,
                List.of(range("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z")), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T11:00:00Z");
    }

    @Test
    void the_coach_buffer_keeps_slots_that_far_from_a_booked_call() {
        BusinessRules withBuffer = RULES.with(BusinessRule.BUFFER, 30);

        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", withBuffer).freeSlots(MONDAY_MORNINGS,
                List.of(range("2026-12-07T11:00:00Z", "2026-12-07T12:00:00Z")), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z");
    }

    @Test
    void a_call_the_client_has_with_anyone_takes_the_slots_it_overlaps_without_buffer() {
        BusinessRules withBuffer = RULES.with(BusinessRule.BUFFER, 30);

        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", withBuffer).freeSlots(MONDAY_MORNINGS, List.of(),
                List.of(range("2026-12-07T11:00:00Z", "2026-12-07T12:00:00Z")), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", "2026-12-07T10:00:00Z");
    }

    @Test
    void slots_within_the_booking_notice_are_not_offered() {
        List<Slot> slots = calculatorAt("2026-12-07T08:00:00Z", RULES).freeSlots(MONDAY_MORNINGS, List.of(), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T10:00:00Z", "2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z");
    }

    @Test
    void slots_in_the_past_are_not_offered_even_without_notice() {
        BusinessRules noNotice = RULES.with(BusinessRule.BOOKING_NOTICE, 0);

        List<Slot> slots = calculatorAt("2026-12-07T10:00:00Z", noNotice).freeSlots(MONDAY_MORNINGS, List.of(), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z");
    }

    @Test
    void slots_beyond_the_booking_horizon_are_not_offered() {
        BusinessRules oneWeek = RULES.with(BusinessRule.BOOKING_HORIZON, 7);

        List<Slot> slots = calculatorAt("2026-11-30T10:00:00Z", oneWeek).freeSlots(MONDAY_MORNINGS, List.of(), List.of(), WEEK);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", "2026-12-07T10:00:00Z");
    }

    @Test
    void a_slot_that_starts_inside_the_period_is_offered_even_if_it_ends_after_it() {
        TimeRange untilTen = range("2026-12-07T00:00:00Z", "2026-12-07T10:00:00Z");

        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", RULES).freeSlots(MONDAY_MORNINGS, List.of(), List.of(), untilTen);

        assertThat(starts(slots)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z");
    }

    @Test
    void a_call_may_run_across_a_weekly_window_and_touching_extra_hours() {
        OfficeHours hours = new OfficeHours(LONDON, MONDAY_MORNINGS.weeklyWindows(), List.of(),
                List.of(new ExtraHours(LocalDate.of(2026, 12, 7), LocalTime.of(12, 0), LocalTime.of(13, 0))));

        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", RULES).freeSlots(hours, List.of(), List.of(), WEEK);

        assertThat(starts(slots)).endsWith("2026-12-07T11:30:00Z", "2026-12-07T12:00:00Z");
    }

    @Test
    void a_call_may_run_across_midnight_from_one_days_window_into_the_next_days() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(
                new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT),
                new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0))));

        List<Slot> slots = calculatorAt("2026-12-01T00:00:00Z", RULES).freeSlots(hours, List.of(), List.of(),
                range("2026-12-13T00:00:00Z", "2026-12-20T00:00:00Z"));

        assertThat(starts(slots)).containsExactly("2026-12-13T22:00:00Z", "2026-12-13T22:30:00Z", "2026-12-13T23:00:00Z",
                "2026-12-13T23:30:00Z", "2026-12-14T00:00:00Z", "2026-12-14T00:30:00Z", "2026-12-14T01:00:00Z");
    }

    @Test
    void the_nearest_free_slots_to_a_taken_one_come_from_both_sides_in_time_order() {
        List<TimeRange> taken = List.of(range("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z"));
        SlotCalculator calculator = calculatorAt("2026-12-01T00:00:00Z", RULES.with(BusinessRule.CALL_LENGTH, 30));

        List<Slot> nearest = calculator.nearestFreeSlots(Instant.parse("2026-12-07T10:00:00Z"), 3, MONDAY_MORNINGS,
                taken, List.of(), WEEK);

        assertThat(starts(nearest)).containsExactly("2026-12-07T09:00:00Z", "2026-12-07T09:30:00Z", "2026-12-07T11:00:00Z");
    }
}
