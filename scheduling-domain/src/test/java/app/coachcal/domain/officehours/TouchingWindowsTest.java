package app.coachcal.domain.officehours;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.time.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Windows that touch are one stretch of office hours, whichever day they belong to: a coach available
 * Sunday 22:00-24:00 and Monday 00:00-02:00 is available from Sunday 22:00 to Monday 02:00. The database's
 * {@code coach_is_available} follows the same rule ({@code OfficeHoursIT}).
 */
class TouchingWindowsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Sunday 13 December 2026; London is on UTC in winter. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 13);
    private static final LocalDate MONDAY = SUNDAY.plusDays(1);
    private static final TimeRange ACROSS_MIDNIGHT = range("2026-12-13T23:30:00Z", "2026-12-14T00:30:00Z");
    private static final WeeklyWindow SUNDAY_LATE = window(DayOfWeek.SUNDAY, "22:00", "00:00");
    private static final WeeklyWindow MONDAY_EARLY = window(DayOfWeek.MONDAY, "00:00", "02:00");

    private static WeeklyWindow window(DayOfWeek day, String from, String to) {
        return new WeeklyWindow(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    private static OfficeHours hours(List<WeeklyWindow> weekly, List<TimeOff> timeOff, List<ExtraHours> extra) {
        return new OfficeHours(LONDON, weekly, timeOff, extra);
    }

    @Test
    void a_call_across_midnight_between_touching_windows_of_two_days_is_covered() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(SUNDAY_LATE, MONDAY_EARLY));

        assertThat(hours.covers(ACROSS_MIDNIGHT)).isTrue();
        assertThat(hours.windowsBetween(Instant.parse("2026-12-13T00:00:00Z"), Instant.parse("2026-12-15T00:00:00Z")))
                .containsExactly(range("2026-12-13T22:00:00Z", "2026-12-14T02:00:00Z"));
    }

    @Test
    void time_off_on_the_second_day_cuts_the_stretch_at_midnight() {
        OfficeHours hours = hours(List.of(SUNDAY_LATE, MONDAY_EARLY), List.of(TimeOff.on(MONDAY)), List.of());

        assertThat(hours.covers(ACROSS_MIDNIGHT)).isFalse();
        assertThat(hours.covers(range("2026-12-13T23:00:00Z", "2026-12-14T00:00:00Z"))).isTrue();
    }

    @Test
    void extra_hours_touching_weekly_hours_across_midnight_join_them_even_during_time_off() {
        OfficeHours hours = hours(List.of(SUNDAY_LATE), List.of(TimeOff.on(MONDAY)),
                List.of(new ExtraHours(MONDAY, LocalTime.MIDNIGHT, LocalTime.of(1, 0))));

        assertThat(hours.covers(ACROSS_MIDNIGHT)).isTrue();
        assertThat(hours.covers(range("2026-12-14T00:30:00Z", "2026-12-14T01:30:00Z"))).isFalse();
    }

    @Test
    void a_call_across_the_boundary_of_two_touching_windows_of_one_day_is_covered() {
        OfficeHours hours = hours(List.of(window(DayOfWeek.MONDAY, "09:00", "12:00")), List.of(),
                List.of(new ExtraHours(MONDAY, LocalTime.NOON, LocalTime.of(13, 0))));

        assertThat(hours.covers(range("2026-12-14T11:30:00Z", "2026-12-14T12:30:00Z"))).isTrue();
    }

    @Test
    void windows_that_do_not_touch_stay_apart_across_midnight_and_within_a_day() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(window(DayOfWeek.SUNDAY, "22:00", "23:30"),
                MONDAY_EARLY, window(DayOfWeek.MONDAY, "02:30", "04:00")));

        assertThat(hours.covers(ACROSS_MIDNIGHT)).isFalse();
        assertThat(hours.covers(range("2026-12-14T01:30:00Z", "2026-12-14T02:30:00Z"))).isFalse();
        assertThat(hours.covers(range("2026-12-14T02:30:00Z", "2026-12-14T03:30:00Z"))).isTrue();
    }
}
