package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.EXCLUSION_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class OfficeHoursIT extends SchemaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY_AHEAD = Given.weekdayAhead(LONDON, 3, MONDAY);

    private long londonCoachWithMorningHours() throws SQLException {
        long coach = given.coach("Europe/London");
        given.weeklyHours(coach, "09:00", "12:00", 1, 2, 3, 4, 5);
        return coach;
    }

    private boolean available(long coach, LocalDate day, String from, String to) throws SQLException {
        return available(coach, day, from, day, to);
    }

    private boolean available(long coach, LocalDate startDay, String from, LocalDate endDay, String to)
            throws SQLException {
        ZonedDateTime start = startDay.atTime(LocalTime.parse(from)).atZone(LONDON);
        ZonedDateTime end = endDay.atTime(LocalTime.parse(to)).atZone(LONDON);
        return given.value(Boolean.class, "SELECT coach_is_available(?, tstzrange(?, ?, '[)'))", coach, start, end);
    }

    /** Sunday 22:00-24:00 and Monday 00:00-02:00: one stretch from Sunday night into Monday morning. */
    private long londonCoachWorkingAcrossMidnight() throws SQLException {
        long coach = given.coach("Europe/London");
        given.weeklyHours(coach, "22:00", "24:00", 7);
        given.weeklyHours(coach, "00:00", "02:00", 1);
        return coach;
    }

    @Test
    void call_wholly_inside_a_weekly_window_is_available() throws SQLException {
        long coach = londonCoachWithMorningHours();

        assertThat(available(coach, MONDAY_AHEAD, "09:00", "10:00")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "11:00", "12:00")).isTrue();
    }

    @Test
    void call_before_after_or_across_the_edge_of_a_window_is_not_available() throws SQLException {
        long coach = londonCoachWithMorningHours();

        assertThat(available(coach, MONDAY_AHEAD, "08:00", "09:00")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD, "11:30", "12:30")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD, "12:00", "13:00")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD.with(SATURDAY), "09:00", "10:00")).isFalse();
    }

    @Test
    void touching_windows_merge_so_a_call_may_run_from_one_into_the_next_as_in_the_domain() throws SQLException {
        long coach = londonCoachWithMorningHours();
        given.weeklyHours(coach, "12:00", "15:00", 1);
        given.extraHours(coach, MONDAY_AHEAD, "15:00", "16:00");

        assertThat(available(coach, MONDAY_AHEAD, "12:00", "13:00")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "11:30", "12:30")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "14:30", "15:30")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "15:30", "16:30")).isFalse();
    }

    @Test
    void touching_windows_of_two_days_merge_so_a_call_may_run_across_midnight_as_in_the_domain() throws SQLException {
        long coach = londonCoachWorkingAcrossMidnight();
        LocalDate sunday = MONDAY_AHEAD.minusDays(1);

        assertThat(available(coach, sunday, "23:30", MONDAY_AHEAD, "00:30")).isTrue();
        assertThat(available(coach, sunday, "23:00", MONDAY_AHEAD, "01:00")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "01:30", MONDAY_AHEAD, "02:30")).isFalse();
    }

    @Test
    void the_trigger_books_a_call_across_midnight_between_touching_windows() throws SQLException {
        long coach = londonCoachWorkingAcrossMidnight();
        Given.Relationship pair = given.relationship(coach, given.client("Europe/London"));

        long call = given.call(pair, MONDAY_AHEAD.minusDays(1).atTime(23, 30).atZone(LONDON));

        assertThat(given.value(String.class, "SELECT status::text FROM appointment WHERE id = ?", call)).isEqualTo("booked");
    }

    @Test
    void time_off_on_the_second_day_cuts_the_stretch_at_midnight_but_its_extra_hours_join_it() throws SQLException {
        long coach = londonCoachWorkingAcrossMidnight();
        LocalDate sunday = MONDAY_AHEAD.minusDays(1);
        given.timeOff(coach, MONDAY_AHEAD, MONDAY_AHEAD);

        assertThat(available(coach, sunday, "23:30", MONDAY_AHEAD, "00:30")).isFalse();
        assertThat(available(coach, sunday, "23:00", MONDAY_AHEAD, "00:00")).isTrue();

        given.extraHours(coach, MONDAY_AHEAD, "00:00", "01:00");
        assertThat(available(coach, sunday, "23:30", MONDAY_AHEAD, "00:30")).isTrue();
        assertThat(available(coach, MONDAY_AHEAD, "00:30", MONDAY_AHEAD, "01:30")).isFalse();
    }

    @Test
    void windows_that_do_not_touch_stay_apart_across_midnight() throws SQLException {
        long coach = given.coach("Europe/London");
        given.weeklyHours(coach, "22:00", "23:30", 7);
        given.weeklyHours(coach, "00:00", "02:00", 1);

        assertThat(available(coach, MONDAY_AHEAD.minusDays(1), "23:30", MONDAY_AHEAD, "00:30")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD.minusDays(1), "22:30", "23:30")).isTrue();
    }

    @Test
    void window_until_midnight_takes_the_last_call_of_the_day() throws SQLException {
        long coach = given.coach("Europe/London");
        given.weeklyHours(coach, "20:00", "24:00", 1);

        assertThat(available(coach, MONDAY_AHEAD, "23:00", "23:59")).isTrue();
    }

    @Test
    void overlapping_weekly_windows_of_a_coach_are_refused() throws SQLException {
        long coach = londonCoachWithMorningHours();

        Refusal.expect(sql, EXCLUSION_VIOLATION, "office_hours_no_overlap",
                () -> given.weeklyHours(coach, "11:00", "13:00", 3));
    }

    @Test
    void same_window_for_two_coaches_is_accepted() throws SQLException {
        londonCoachWithMorningHours();
        londonCoachWithMorningHours();

        assertThat(given.value(Long.class, "SELECT count(*) FROM office_hours")).isEqualTo(10L);
    }

    @Test
    void empty_window_is_refused() throws SQLException {
        long coach = given.coach("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "office_hours_window_is_not_empty",
                () -> given.weeklyHours(coach, "09:00", "09:00", 1));
    }

    @Test
    void window_that_includes_its_end_is_refused() throws SQLException {
        long coach = given.coach("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "office_hours_window_is_half_open",
                () -> given.update("INSERT INTO office_hours (coach_id, weekday, hours)"
                        + " VALUES (?, 1, timerange('09:00', '12:00', '[]'))", coach));
    }

    @Test
    void weekday_outside_iso_1_to_7_is_refused() throws SQLException {
        long coach = given.coach("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "office_hours_weekday_is_iso",
                () -> given.weeklyHours(coach, "09:00", "12:00", 0));
        Refusal.expect(sql, CHECK_VIOLATION, "office_hours_weekday_is_iso",
                () -> given.weeklyHours(coach, "09:00", "12:00", 8));
    }

    @Test
    void office_hours_time_off_and_extra_hours_of_someone_who_is_not_an_active_coach_are_refused() throws SQLException {
        long client = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "office_hours_coach_is_active_coach",
                () -> given.weeklyHours(client, "09:00", "12:00", 1));
        Refusal.expect(sql, CHECK_VIOLATION, "time_off_coach_is_active_coach",
                () -> given.timeOff(client, MONDAY_AHEAD, MONDAY_AHEAD));
        Refusal.expect(sql, CHECK_VIOLATION, "extra_hours_coach_is_active_coach",
                () -> given.extraHours(client, MONDAY_AHEAD, "09:00", "12:00"));
    }

    @Test
    void weekly_hours_do_not_apply_during_time_off() throws SQLException {
        long coach = londonCoachWithMorningHours();
        given.timeOff(coach, MONDAY_AHEAD, MONDAY_AHEAD.plusDays(1));

        assertThat(available(coach, MONDAY_AHEAD, "09:00", "10:00")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD.plusDays(1), "09:00", "10:00")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD.plusDays(2), "09:00", "10:00")).isTrue();
    }

    @Test
    void extra_hours_apply_on_their_date_even_during_time_off() throws SQLException {
        long coach = londonCoachWithMorningHours();
        LocalDate saturday = MONDAY_AHEAD.with(SATURDAY);
        given.extraHours(coach, saturday, "14:00", "16:00");
        given.timeOff(coach, MONDAY_AHEAD, MONDAY_AHEAD);
        given.extraHours(coach, MONDAY_AHEAD, "17:00", "18:00");

        assertThat(available(coach, saturday, "14:00", "15:00")).isTrue();
        assertThat(available(coach, saturday.plusWeeks(1), "14:00", "15:00")).isFalse();
        assertThat(available(coach, MONDAY_AHEAD, "17:00", "18:00")).isTrue();
    }

    @Test
    void overlapping_extra_hours_on_one_date_are_refused() throws SQLException {
        long coach = given.coach("UTC");
        given.extraHours(coach, MONDAY_AHEAD, "14:00", "16:00");

        Refusal.expect(sql, EXCLUSION_VIOLATION, "extra_hours_no_overlap",
                () -> given.extraHours(coach, MONDAY_AHEAD, "15:00", "17:00"));
        given.extraHours(coach, MONDAY_AHEAD.plusDays(1), "15:00", "17:00");
    }

    @Test
    void extra_hours_window_that_is_empty_is_refused() throws SQLException {
        long coach = given.coach("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "extra_hours_window_is_not_empty",
                () -> given.extraHours(coach, MONDAY_AHEAD, "14:00", "14:00"));
    }

    @Test
    void overlapping_time_off_is_refused() throws SQLException {
        long coach = given.coach("UTC");
        given.timeOff(coach, MONDAY_AHEAD, MONDAY_AHEAD.plusDays(4));

        Refusal.expect(sql, EXCLUSION_VIOLATION, "time_off_no_overlap",
                () -> given.timeOff(coach, MONDAY_AHEAD.plusDays(4), MONDAY_AHEAD.plusDays(8)));
        given.timeOff(coach, MONDAY_AHEAD.plusDays(5), MONDAY_AHEAD.plusDays(8));
    }

    @Test
    void time_off_of_no_days_or_with_an_overlong_reason_is_refused() throws SQLException {
        long coach = given.coach("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "time_off_days_not_empty",
                () -> given.update("INSERT INTO time_off (coach_id, days) VALUES (?, daterange(?, ?))",
                        coach, MONDAY_AHEAD, MONDAY_AHEAD));
        Refusal.expect(sql, CHECK_VIOLATION, "time_off_reason_is_sane",
                () -> given.update("INSERT INTO time_off (coach_id, days, reason) VALUES (?, daterange(?, ?), ?)",
                        coach, MONDAY_AHEAD, MONDAY_AHEAD.plusDays(1), "x".repeat(201)));
    }
}
