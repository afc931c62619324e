package app.coachcal.domain.officehours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OfficeHoursValuesTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Test
    void a_weekly_window_that_does_not_end_after_it_starts_is_refused() {
        assertThatThrownBy(() -> new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after they start");
        assertThatThrownBy(() -> new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_weekly_window_may_run_until_midnight_written_as_00_00_but_not_past_it() {
        assertThat(new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT).end())
                .isEqualTo(LocalTime.MIDNIGHT);
        assertThatThrownBy(() -> new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extra_hours_that_do_not_end_after_they_start_are_refused() {
        assertThatThrownBy(() -> new ExtraHours(DEC_1, LocalTime.of(18, 0), LocalTime.of(17, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Extra hours");
        assertThatThrownBy(() -> new ExtraHours(DEC_1, LocalTime.of(18, 0), LocalTime.of(18, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void time_off_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new TimeOff(DEC_1, DEC_1.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Time off");
    }

    @Test
    void time_off_covers_its_first_and_last_day_and_the_days_between() {
        TimeOff holiday = new TimeOff(DEC_1, DEC_1.plusDays(2));

        assertThat(holiday.covers(DEC_1)).isTrue();
        assertThat(holiday.covers(DEC_1.plusDays(1))).isTrue();
        assertThat(holiday.covers(DEC_1.plusDays(2))).isTrue();
        assertThat(holiday.covers(DEC_1.plusDays(3))).isFalse();
        assertThat(holiday.covers(DEC_1.minusDays(1))).isFalse();
        assertThat(TimeOff.on(DEC_1)).isEqualTo(new TimeOff(DEC_1, DEC_1));
    }
}
