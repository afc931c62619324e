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

class OfficeHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static WeeklyWindow window(DayOfWeek day, int fromHour, int toHour) {
        return new WeeklyWindow(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
    }

    private static TimeRange range(String start, String end) {
        return new TimeRange(Instant.parse(start), Instant.parse(end));
    }

    private static List<TimeRange> windowsOn(OfficeHours hours, String day) {
        LocalDate date = LocalDate.parse(day);
        return hours.windowsBetween(date.atStartOfDay(hours.coachZone()).toInstant(),
                date.plusDays(1).atStartOfDay(hours.coachZone()).toInstant());
    }

    @Test
    void nine_oclock_in_london_is_nine_oclock_local_in_summer_and_in_winter() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(window(DayOfWeek.MONDAY, 9, 12)));

        assertThat(windowsOn(hours, "2026-07-06")).containsExactly(range("2026-07-06T08:00:00Z", "2026-07-06T11:00:00Z"));
        assertThat(windowsOn(hours, "2026-12-07")).containsExactly(range("2026-12-07T09:00:00Z", "2026-12-07T12:00:00Z"));
    }

    @Test
    void a_day_of_time_off_drops_the_weekly_windows_but_keeps_extra_hours_set_for_that_date() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        OfficeHours hours = new OfficeHours(LONDON, List.of(window(DayOfWeek.MONDAY, 9, 12)), List.of(TimeOff.on(monday)),
                List.of(new ExtraHours(monday, LocalTime.of(14, 0), LocalTime.of(15, 0))));

        assertThat(windowsOn(hours, "2026-12-07")).containsExactly(range("2026-12-07T14:00:00Z", "2026-12-07T15:00:00Z"));
        assertThat(windowsOn(hours, "2026-12-14")).containsExactly(range("2026-12-14T09:00:00Z", "2026-12-14T12:00:00Z"));
    }

    @Test
    void a_window_ending_at_00_00_runs_until_midnight_of_its_own_day() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(22, 0),
                LocalTime.MIDNIGHT)));

        assertThat(windowsOn(hours, "2026-12-11")).containsExactly(range("2026-12-11T22:00:00Z", "2026-12-12T00:00:00Z"));
    }

    @Test
    void extra_hours_are_added_to_the_weekly_windows_of_their_date() {
        OfficeHours hours = new OfficeHours(LONDON, List.of(window(DayOfWeek.MONDAY, 9, 12)), List.of(),
                List.of(new ExtraHours(LocalDate.of(2026, 12, 7), LocalTime.of(14, 0), LocalTime.of(15, 30))));

        assertThat(windowsOn(hours, "2026-12-07")).containsExactly(
                range("2026-12-07T09:00:00Z", "2026-12-07T12:00:00Z"),
                range("2026-12-07T14:00:00Z", "2026-12-07T15:30:00Z"));
    }

    @Test
    void touching_and_overlapping_windows_become_one_window() {
        OfficeHours hours = new OfficeHours(LONDON,
                List.of(window(DayOfWeek.MONDAY, 9, 10), window(DayOfWeek.MONDAY, 10, 11)), List.of(),
                List.of(new ExtraHours(LocalDate.of(2026, 12, 7), LocalTime.of(10, 30), LocalTime.of(12, 0))));

        assertThat(windowsOn(hours, "2026-12-07")).containsExactly(range("2026-12-07T09:00:00Z", "2026-12-07T12:00:00Z"));
    }

    @Test
    void windows_are_clipped_to_the_instants_asked_for() {
        OfficeHours hours = OfficeHours.weekly(LONDON, List.of(window(DayOfWeek.MONDAY, 9, 12)));

        assertThat(hours.windowsBetween(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-14T09:30:00Z")))
                .containsExactly(range("2026-12-07T10:00:00Z", "2026-12-07T12:00:00Z"),
                        range("2026-12-14T09:00:00Z", "2026-12-14T09:30:00Z"));
        assertThat(hours.windowsBetween(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:00:00Z")))
                .isEmpty();
    }

    @Test
    void a_window_in_the_spring_forward_gap_starts_when_the_clocks_have_moved_on() {
        OfficeHours hours = OfficeHours.weekly(LOS_ANGELES, List.of(window(DayOfWeek.SUNDAY, 2, 4)));

        // 02:00 does not exist on 8 March 2026; it moves forward to 03:00 PDT (10:00Z), so one hour remains.
        assertThat(windowsOn(hours, "2026-03-08")).containsExactly(range("2026-03-08T10:00:00Z", "2026-03-08T11:00:00Z"));
    }

    @Test
    void a_window_in_the_fall_back_overlap_starts_at_the_earlier_offset() {
        OfficeHours hours = OfficeHours.weekly(LOS_ANGELES, List.of(window(DayOfWeek.SUNDAY, 1, 3)));

        // 01:00 happens twice on 1 November 2026; the first (PDT, 08:00Z) counts, so the window lasts three hours.
        assertThat(windowsOn(hours, "2026-11-01")).containsExactly(range("2026-11-01T08:00:00Z", "2026-11-01T11:00:00Z"));
    }

    @Test
    void a_call_is_covered_only_when_it_lies_wholly_inside_one_merged_window() {
        OfficeHours hours = OfficeHours.weekly(LONDON,
                List.of(window(DayOfWeek.MONDAY, 9, 10), window(DayOfWeek.MONDAY, 10, 11), window(DayOfWeek.MONDAY, 14, 15)));

        assertThat(hours.covers(range("2026-12-07T09:30:00Z", "2026-12-07T10:30:00Z"))).isTrue();
        assertThat(hours.covers(range("2026-12-07T10:00:00Z", "2026-12-07T11:00:00Z"))).isTrue();
        assertThat(hours.covers(range("2026-12-07T10:30:00Z", "2026-12-07T11:30:00Z"))).isFalse();
        assertThat(hours.covers(range("2026-12-07T10:30:00Z", "2026-12-07T14:30:00Z"))).isFalse();
        assertThat(hours.covers(range("2026-12-08T09:00:00Z", "2026-12-08T10:00:00Z"))).isFalse();
    }
}
