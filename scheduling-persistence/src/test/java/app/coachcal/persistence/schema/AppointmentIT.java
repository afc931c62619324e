package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.EXCLUSION_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The booking rules the database enforces on every new or moved booked call. */
class AppointmentIT extends SchemaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY_AHEAD = Given.weekdayAhead(LONDON, 3, MONDAY);

    private Given.Relationship pair;

    @BeforeEach
    void londonCoachWithWeekdayHoursAndAClient() throws SQLException {
        pair = given.coachingPair("Europe/London", "Europe/London");
        given.weeklyHours(pair.coachId(), "09:00", "17:00", 1, 2, 3, 4, 5);
    }

    private Given.Relationship roundTheClockPair() throws SQLException {
        Given.Relationship roundTheClock = given.coachingPair("Europe/London", "Europe/London");
        given.alwaysAvailable(roundTheClock.coachId());
        return roundTheClock;
    }

    private static ZonedDateTime monday(int hour, int minute) {
        return MONDAY_AHEAD.atTime(hour, minute).atZone(LONDON);
    }

    @Test
    void booking_inside_office_hours_is_accepted() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        assertThat(given.value(String.class, "SELECT status::text FROM appointment WHERE id = ?", call)).isEqualTo("booked");
        assertThat(given.value(Boolean.class, "SELECT blocked = during FROM appointment WHERE id = ?", call)).isTrue();
    }

    @Test
    void booking_outside_office_hours_is_refused_by_the_database() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_inside_office_hours", () -> given.call(pair, monday(8, 0)));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_inside_office_hours", () -> given.call(pair, monday(16, 30)));
    }

    @Test
    void booking_after_the_relationship_has_ended_is_refused() throws SQLException {
        Given.Relationship ended = given.relationship(given.coach("Europe/London"), given.client("Europe/London"),
                Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(7)));
        given.weeklyHours(ended.coachId(), "09:00", "17:00", 1, 2, 3, 4, 5);

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_relationship_is_current", () -> given.call(ended, monday(10, 0)));
    }

    @Test
    void booking_for_a_relationship_with_another_coach_is_refused() throws SQLException {
        long otherCoach = given.coach("Europe/London");
        Given.Relationship mismatched = new Given.Relationship(pair.id(), otherCoach, pair.clientId());

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_relationship_is_current",
                () -> given.call(mismatched, monday(10, 0)));
    }

    @Test
    void booking_in_the_past_is_refused() throws SQLException {
        Given.Relationship longStanding = given.relationship(given.coach("Europe/London"), given.client("Europe/London"),
                Instant.now().minus(Duration.ofDays(90)), null);
        given.alwaysAvailable(longStanding.coachId());
        ZonedDateTime lastMonth = LocalDate.now(LONDON).minusWeeks(4).atTime(10, 0).atZone(LONDON);

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_in_the_future", () -> given.call(longStanding, lastMonth));
    }

    @Test
    void booking_of_the_wrong_length_is_refused() throws SQLException {
        Instant start = monday(10, 0).toInstant();

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_has_call_length",
                () -> given.call(pair, start, start.plus(Duration.ofMinutes(45))));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_has_call_length",
                () -> given.call(pair, start, start.minus(Duration.ofMinutes(60))));
    }

    @Test
    void booking_of_the_call_length_set_by_staff_is_accepted() throws SQLException {
        given.rule("call_length", 45);
        Instant start = monday(10, 0).toInstant();

        given.call(pair, start, start.plus(Duration.ofMinutes(45)));
    }

    @Test
    void booking_off_the_granularity_grid_is_refused() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_on_granularity", () -> given.call(pair, monday(10, 15)));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_on_granularity",
                () -> given.call(pair, monday(10, 0).plusSeconds(30)));

        given.call(pair, monday(10, 30));
    }

    @Test
    void granularity_counts_minutes_from_midnight_in_the_coachs_zone() throws SQLException {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Given.Relationship indian = given.coachingPair(kolkata.getId(), kolkata.getId());
        given.alwaysAvailable(indian.coachId());
        given.rule("slot_granularity", 60);
        LocalDate day = Given.weekdayAhead(kolkata, 3, MONDAY);

        given.call(indian, day.atTime(9, 0).atZone(kolkata));
        // 11:30 in Kolkata is 06:00 UTC, on the hour there, which does not count.
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_on_granularity",
                () -> given.call(indian, day.atTime(11, 30).atZone(kolkata)));
    }

    @Test
    void third_booked_call_in_a_calendar_month_is_refused() throws SQLException {
        Given.Relationship client = roundTheClockPair();
        LocalDate month = LocalDate.now(LONDON).plusMonths(2).withDayOfMonth(1);
        given.call(client, month.plusDays(4).atTime(10, 0).atZone(LONDON));
        given.call(client, month.plusDays(11).atTime(10, 0).atZone(LONDON));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_within_monthly_limit",
                () -> given.call(client, month.plusDays(18).atTime(10, 0).atZone(LONDON)));
        given.call(client, month.plusMonths(1).atTime(10, 0).atZone(LONDON));
    }

    @Test
    void cancelled_calls_do_not_count_toward_the_monthly_limit() throws SQLException {
        Given.Relationship client = roundTheClockPair();
        LocalDate month = LocalDate.now(LONDON).plusMonths(2).withDayOfMonth(1);
        given.call(client, month.plusDays(4).atTime(10, 0).atZone(LONDON));
        given.cancel(given.call(client, month.plusDays(11).atTime(10, 0).atZone(LONDON)));

        given.call(client, month.plusDays(18).atTime(10, 0).atZone(LONDON));
    }

    @Test
    void monthly_limit_counts_calendar_months_in_the_clients_zone() throws SQLException {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        Given.Relationship kiwi = given.coachingPair("UTC", auckland.getId());
        given.alwaysAvailable(kiwi.coachId());
        LocalDate month = LocalDate.now(auckland).plusMonths(2).withDayOfMonth(1);
        given.call(kiwi, month.plusDays(9).atTime(10, 0).atZone(auckland));
        given.call(kiwi, month.plusDays(14).atTime(10, 0).atZone(auckland));

        // Still this month in UTC, already next month in Auckland: allowed.
        ZonedDateTime lastEveningUtc = month.plusMonths(1).minusDays(1).atTime(20, 0).atZone(ZoneId.of("UTC"));
        given.call(kiwi, lastEveningUtc);
        // Still last month in UTC, already this month in Auckland: one too many.
        ZonedDateTime firstMorningAuckland = month.atTime(2, 0).atZone(auckland);
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_within_monthly_limit",
                () -> given.call(kiwi, firstMorningAuckland));
    }

    @Test
    void second_booking_of_the_same_slot_with_the_same_coach_is_refused() throws SQLException {
        given.call(pair, monday(10, 0));
        Given.Relationship sameCoach = given.relationship(pair.coachId(), given.client("Europe/London"));

        Refusal.expect(sql, EXCLUSION_VIOLATION, "appointment_no_coach_overlap", () -> given.call(sameCoach, monday(10, 0)));
        Refusal.expect(sql, EXCLUSION_VIOLATION, "appointment_no_coach_overlap", () -> given.call(sameCoach, monday(10, 30)));
    }

    @Test
    void back_to_back_calls_are_accepted_when_there_is_no_buffer() throws SQLException {
        given.call(pair, monday(10, 0));
        Given.Relationship sameCoach = given.relationship(pair.coachId(), given.client("Europe/London"));

        given.call(sameCoach, monday(11, 0));
        given.call(sameCoach, monday(9, 0));
    }

    @Test
    void buffer_keeps_the_coach_free_after_each_call_whichever_was_booked_first() throws SQLException {
        given.rule("buffer", 30);
        long first = given.call(pair, monday(10, 0));
        Given.Relationship sameCoach = given.relationship(pair.coachId(), given.client("Europe/London"));

        Refusal.expect(sql, EXCLUSION_VIOLATION, "appointment_no_coach_overlap", () -> given.call(sameCoach, monday(11, 0)));
        Refusal.expect(sql, EXCLUSION_VIOLATION, "appointment_no_coach_overlap", () -> given.call(sameCoach, monday(9, 0)));
        given.call(sameCoach, monday(11, 30));

        assertThat(given.value(Boolean.class,
                "SELECT upper(blocked) = ends_at + interval '30 minutes' FROM appointment WHERE id = ?", first)).isTrue();
    }

    @Test
    void client_cannot_have_two_calls_at_overlapping_times() throws SQLException {
        long client = given.client("UTC");
        ZonedDateTime switchAt = Given.weekdayAhead(ZoneId.of("UTC"), 3, MONDAY).atTime(10, 0).atZone(ZoneId.of("UTC"));
        Given.Relationship before = given.relationship(given.coach("UTC"), client,
                Instant.now().minus(Duration.ofDays(1)), switchAt.toInstant());
        Given.Relationship after = given.relationship(given.coach("UTC"), client, switchAt.toInstant(), null);
        given.alwaysAvailable(before.coachId());
        given.alwaysAvailable(after.coachId());
        given.call(before, switchAt.minusMinutes(30));

        Refusal.expect(sql, EXCLUSION_VIOLATION, "appointment_no_client_overlap", () -> given.call(after, switchAt));
        given.call(after, switchAt.plusMinutes(30));
    }
}
