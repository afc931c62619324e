package app.coachcal.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId CLIENT_ZONE = ZoneId.of("Asia/Kolkata");
    /** Weekdays 09:00-17:00 London, which is UTC in December. */
    private static final OfficeHours WEEKDAYS = hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 17);
    /** Tuesday 1 December 2026, 08:00 London. */
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final BookingPolicy policy = new BookingPolicy(BusinessRules.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

    private static OfficeHours hours(Set<DayOfWeek> days, int fromHour, int toHour) {
        return OfficeHours.weekly(LONDON, days.stream()
                .map(day -> new WeeklyWindow(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0))).toList());
    }

    private Decision<TimeRange> book(String start) {
        return policy.checkBooking(Instant.parse(start), null, WEEKDAYS, CLIENT_ZONE, 0);
    }

    private static TimeRange call(String start) {
        return new TimeRange(Instant.parse(start), Instant.parse(start).plusSeconds(3600));
    }

    @Test
    void a_call_on_the_grid_inside_office_hours_is_accepted_as_one_call_length() {
        assertThat(book("2026-12-03T10:00:00Z")).isEqualTo(Decision.accepted(call("2026-12-03T10:00:00Z")));
        assertThat(policy.checkBooking(Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T11:00:00Z"),
                WEEKDAYS, CLIENT_ZONE, 0)).isEqualTo(Decision.accepted(call("2026-12-03T10:00:00Z")));
    }

    @Test
    void a_call_that_is_not_one_call_length_is_refused_before_anything_else() {
        assertThat(policy.checkBooking(Instant.parse("2026-12-03T10:00:00Z"), Instant.parse("2026-12-03T10:30:00Z"),
                WEEKDAYS, CLIENT_ZONE, 0)).isEqualTo(Decision.refused(Refusal.WRONG_LENGTH));
        assertThat(policy.checkBooking(Instant.parse("2020-01-01T10:07:00Z"), Instant.parse("2020-01-01T10:00:00Z"),
                WEEKDAYS, CLIENT_ZONE, 9)).isEqualTo(Decision.refused(Refusal.WRONG_LENGTH));
    }

    @Test
    void a_call_that_does_not_start_after_now_is_in_the_past() {
        assertThat(book("2026-12-01T08:00:00Z")).isEqualTo(Decision.refused(Refusal.IN_THE_PAST));
        assertThat(book("2026-11-30T10:15:00Z")).isEqualTo(Decision.refused(Refusal.IN_THE_PAST));
    }

    @Test
    void a_call_within_the_booking_notice_is_too_soon_and_one_exactly_at_it_is_not() {
        assertThat(book("2026-12-01T09:30:00Z")).isEqualTo(Decision.refused(Refusal.TOO_SOON));
        assertThat(book("2026-12-01T10:00:00Z").isAccepted()).isTrue();
    }

    @Test
    void a_call_after_the_booking_horizon_is_too_far_ahead_and_one_exactly_at_it_is_not() {
        OfficeHours allWeek = hours(EnumSet.allOf(DayOfWeek.class), 0, 23);
        Instant horizon = NOW.plus(BusinessRules.defaults().bookingHorizon());

        assertThat(policy.checkBooking(horizon, null, allWeek, CLIENT_ZONE, 0).isAccepted()).isTrue();
        assertThat(policy.checkBooking(horizon.plusSeconds(1800), null, allWeek, CLIENT_ZONE, 0))
                .isEqualTo(Decision.refused(Refusal.TOO_FAR_AHEAD));
    }

    @Test
    void a_call_off_the_half_hour_grid_is_refused_even_outside_office_hours() {
        assertThat(book("2026-12-03T10:15:00Z")).isEqualTo(Decision.refused(Refusal.OFF_GRANULARITY));
        assertThat(book("2026-12-03T10:00:30Z")).isEqualTo(Decision.refused(Refusal.OFF_GRANULARITY));
        assertThat(book("2026-12-05T10:15:00Z")).isEqualTo(Decision.refused(Refusal.OFF_GRANULARITY));
    }

    @Test
    void a_call_not_wholly_inside_office_hours_is_refused() {
        assertThat(book("2026-12-05T10:00:00Z")).isEqualTo(Decision.refused(Refusal.OUTSIDE_OFFICE_HOURS));
        assertThat(book("2026-12-03T16:30:00Z")).isEqualTo(Decision.refused(Refusal.OUTSIDE_OFFICE_HOURS));
        assertThat(book("2026-12-03T16:00:00Z").isAccepted()).isTrue();
    }

    @Test
    void a_client_who_has_booked_the_monthly_limit_is_refused_after_every_other_check() {
        Instant thursday = Instant.parse("2026-12-03T10:00:00Z");

        assertThat(policy.checkBooking(thursday, null, WEEKDAYS, CLIENT_ZONE, 1).isAccepted()).isTrue();
        assertThat(policy.checkBooking(thursday, null, WEEKDAYS, CLIENT_ZONE, 2))
                .isEqualTo(Decision.refused(Refusal.MONTHLY_LIMIT_REACHED));
        assertThat(policy.checkBooking(Instant.parse("2026-12-05T10:00:00Z"), null, WEEKDAYS, CLIENT_ZONE, 2))
                .isEqualTo(Decision.refused(Refusal.OUTSIDE_OFFICE_HOURS));
    }

    @Test
    void a_call_within_the_change_notice_cannot_be_moved_even_to_a_good_time() {
        assertThat(policy.checkMove(call("2026-12-02T07:30:00Z"), Instant.parse("2026-12-03T10:00:00Z"), null, WEEKDAYS,
                CLIENT_ZONE, 0)).isEqualTo(Decision.refused(Refusal.CHANGE_TOO_LATE));
        assertThat(policy.checkMove(call("2026-12-02T08:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), null, WEEKDAYS,
                CLIENT_ZONE, 0)).isEqualTo(Decision.accepted(call("2026-12-03T10:00:00Z")));
    }

    @Test
    void a_move_to_a_bad_time_is_refused_for_the_new_time() {
        assertThat(policy.checkMove(call("2026-12-08T10:00:00Z"), Instant.parse("2026-12-05T10:00:00Z"), null, WEEKDAYS,
                CLIENT_ZONE, 0)).isEqualTo(Decision.refused(Refusal.OUTSIDE_OFFICE_HOURS));
    }

    @Test
    void a_move_within_the_same_month_does_not_count_the_moved_call_against_the_limit() {
        assertThat(policy.checkMove(call("2026-12-08T10:00:00Z"), Instant.parse("2026-12-10T10:00:00Z"), null, WEEKDAYS,
                CLIENT_ZONE, 2)).isEqualTo(Decision.accepted(call("2026-12-10T10:00:00Z")));
    }

    @Test
    void a_move_into_another_month_counts_the_calls_already_booked_there() {
        assertThat(policy.checkMove(call("2026-12-08T10:00:00Z"), Instant.parse("2027-01-05T10:00:00Z"), null, WEEKDAYS,
                CLIENT_ZONE, 2)).isEqualTo(Decision.refused(Refusal.MONTHLY_LIMIT_REACHED));
    }

    @Test
    void the_month_of_a_move_is_the_month_in_the_client_zone() {
        OfficeHours allWeek = hours(EnumSet.allOf(DayOfWeek.class), 0, 23);
        TimeRange current = call("2026-12-10T10:00:00Z");
        Instant newYearInLondon = Instant.parse("2027-01-01T03:00:00Z");

        assertThat(policy.checkMove(current, newYearInLondon, null, allWeek, ZoneId.of("America/Los_Angeles"), 2)
                .isAccepted()).isTrue();
        assertThat(policy.checkMove(current, newYearInLondon, null, allWeek, LONDON, 2))
                .isEqualTo(Decision.refused(Refusal.MONTHLY_LIMIT_REACHED));
    }

    @Test
    void a_call_can_be_cancelled_up_to_the_change_notice_before_it_starts() {
        assertThat(policy.checkCancel(call("2026-12-02T08:00:00Z"))).isEqualTo(Decision.accepted(call("2026-12-02T08:00:00Z")));
        assertThat(policy.checkCancel(call("2026-12-02T07:30:00Z"))).isEqualTo(Decision.refused(Refusal.CHANGE_TOO_LATE));
        assertThat(policy.checkCancel(call("2026-11-30T10:00:00Z"))).isEqualTo(Decision.refused(Refusal.CHANGE_TOO_LATE));
    }

    @Test
    void history_goes_back_the_history_window_from_today_in_the_client_zone() {
        BookingPolicy evening = new BookingPolicy(BusinessRules.defaults(),
                Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC));
        LocalDate eighthOfSeptember = LocalDate.of(2026, 9, 8);

        // It is still 1 December in Los Angeles but already 2 December in Auckland; 12 weeks back is 8 or 9 September.
        assertThat(evening.checkHistoryFrom(eighthOfSeptember, ZoneId.of("America/Los_Angeles")))
                .isEqualTo(Decision.accepted(eighthOfSeptember));
        assertThat(evening.checkHistoryFrom(eighthOfSeptember, ZoneId.of("Pacific/Auckland")))
                .isEqualTo(Decision.refused(Refusal.HISTORY_TOO_FAR_BACK));
    }

    @Test
    void a_call_within_the_buffer_of_a_coach_call_or_overlapping_a_client_call_is_taken() {
        BookingPolicy withBuffer = new BookingPolicy(BusinessRules.defaults().with(BusinessRule.BUFFER, 15),
                Clock.fixed(NOW, ZoneOffset.UTC));
        TimeRange coachCall = new TimeRange(Instant.parse("2026-12-03T09:00:00Z"), Instant.parse("2026-12-03T09:50:00Z"));
        TimeRange wanted = call("2026-12-03T10:00:00Z");

        assertThat(policy.checkNotTaken(wanted, List.of(coachCall), List.of())).isEqualTo(Decision.accepted(wanted));
        assertThat(withBuffer.checkNotTaken(wanted, List.of(coachCall), List.of())).isEqualTo(Decision.refused(Refusal.SLOT_TAKEN));
        assertThat(withBuffer.checkNotTaken(wanted, List.of(), List.of(coachCall))).isEqualTo(Decision.accepted(wanted));
        assertThat(policy.checkNotTaken(wanted, List.of(), List.of(call("2026-12-03T10:30:00Z"))))
                .isEqualTo(Decision.refused(Refusal.SLOT_TAKEN));
    }
}
