package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moving and cancelling calls, their history, and what can never happen to a call. */
class AppointmentLifecycleIT extends SchemaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate MONDAY_AHEAD = Given.weekdayAhead(LONDON, 3, MONDAY);

    private Given.Relationship pair;

    @BeforeEach
    void londonCoachWithWeekdayHoursAndAClient() throws SQLException {
        pair = given.coachingPair("Europe/London", "Europe/London");
        given.weeklyHours(pair.coachId(), "09:00", "17:00", 1, 2, 3, 4, 5);
    }

    private static ZonedDateTime monday(int hour, int minute) {
        return MONDAY_AHEAD.atTime(hour, minute).atZone(LONDON);
    }

    private void moveBy(long call, Duration shift) throws SQLException {
        given.update("UPDATE appointment SET starts_at = starts_at + ?::interval, ends_at = ends_at + ?::interval"
                + " WHERE id = ?", shift.toMinutes() + " minutes", shift.toMinutes() + " minutes", call);
    }

    private List<String> history(long call) throws SQLException {
        List<String> entries = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT action || ' by ' || coalesce(actor_id::text, 'nobody') || coalesce(' because ' || reason, '')"
                        + " FROM appointment_history WHERE appointment_id = ? ORDER BY id")) {
            query.setLong(1, call);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(row.getString(1));
                }
            }
        }
        return entries;
    }

    @Test
    void cancelling_a_booked_call_is_accepted_and_recorded_with_who_and_why() throws SQLException {
        given.actor(pair.clientId());
        long call = given.call(pair, monday(10, 0));

        given.update("UPDATE appointment SET status = 'cancelled', cancel_reason = 'Feeling unwell' WHERE id = ?", call);

        assertThat(given.value(Long.class, "SELECT cancelled_by FROM appointment WHERE id = ?", call))
                .isEqualTo(pair.clientId());
        assertThat(given.value(Boolean.class, "SELECT cancelled_at = now() FROM appointment WHERE id = ?", call)).isTrue();
        assertThat(history(call)).containsExactly(
                "created by " + pair.clientId(),
                "cancelled by " + pair.clientId() + " because Feeling unwell");
    }

    @Test
    void moving_a_call_is_accepted_and_recorded_with_both_times() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        moveBy(call, Duration.ofMinutes(30));

        assertThat(history(call)).containsExactly("created by nobody", "moved by nobody");
        assertThat(given.value(Boolean.class, "SELECT upper(old_during) = lower(new_during) + interval '30 minutes'"
                + " FROM appointment_history WHERE appointment_id = ? AND action = 'moved'", call)).isTrue();
    }

    @Test
    void moving_a_call_is_checked_like_booking_one() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_inside_office_hours", () -> moveBy(call, Duration.ofHours(7)));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_on_granularity", () -> moveBy(call, Duration.ofMinutes(10)));
    }

    @Test
    void cancelled_call_cannot_be_booked_again_or_moved() throws SQLException {
        long call = given.call(pair, monday(10, 0));
        given.cancel(call);

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancelled_is_final",
                () -> given.update("UPDATE appointment SET status = 'booked', cancelled_at = NULL WHERE id = ?", call));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancelled_is_final", () -> moveBy(call, Duration.ofHours(1)));
    }

    @Test
    void cancelling_and_moving_in_one_update_is_refused() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancelled_is_final",
                () -> given.update("UPDATE appointment SET status = 'cancelled', starts_at = starts_at + interval '1 hour',"
                        + " ends_at = ends_at + interval '1 hour' WHERE id = ?", call));
    }

    @Test
    void cancel_reason_of_a_few_lines_is_accepted_but_an_overlong_or_garbled_one_is_refused() throws SQLException {
        long first = given.call(pair, monday(10, 0));
        long second = given.call(pair, monday(12, 0));
        String cancel = "UPDATE appointment SET status = 'cancelled', cancel_reason = ? WHERE id = ?";

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancel_reason_is_sane",
                () -> given.update(cancel, "x".repeat(501), first));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancel_reason_is_sane",
                () -> given.update(cancel, "Escape\u001b[31m", first));
        given.update(cancel, "Train cancelled.\nSorry!\tSee you next week.", second);
    }

    @Test
    void slot_of_a_cancelled_call_can_be_booked_again() throws SQLException {
        given.cancel(given.call(pair, monday(10, 0)));

        given.call(pair, monday(10, 0));
    }

    @Test
    void call_cannot_be_inserted_already_cancelled() throws SQLException {
        Instant start = monday(10, 0).toInstant();

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_is_created_booked",
                () -> given.update("INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at,"
                        + " status, cancelled_at) VALUES (?, ?, ?, ?, ?, 'cancelled', now())",
                        pair.id(), pair.coachId(), pair.clientId(), start, start.plus(Given.CALL_LENGTH)));
    }

    @Test
    void booked_call_with_cancellation_details_is_refused() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_cancel_details_match_status",
                () -> given.update("UPDATE appointment SET cancel_reason = 'Not really' WHERE id = ?", call));
    }

    @Test
    void call_cannot_be_handed_to_another_client() throws SQLException {
        long call = given.call(pair, monday(10, 0));
        Given.Relationship other = given.relationship(pair.coachId(), given.client("Europe/London"));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_identity_is_fixed",
                () -> given.update("UPDATE appointment SET relationship_id = ?, client_id = ? WHERE id = ?",
                        other.id(), other.clientId(), call));
    }

    @Test
    void call_cannot_be_deleted() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_is_never_deleted",
                () -> given.update("DELETE FROM appointment WHERE id = ?", call));
    }

    @Test
    void call_history_cannot_be_forged_edited_or_deleted() throws SQLException {
        long call = given.call(pair, monday(10, 0));

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_history_comes_from_appointments",
                () -> given.update("INSERT INTO appointment_history (appointment_id, action, old_during)"
                        + " SELECT id, 'cancelled', during FROM appointment WHERE id = ?", call));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_history_is_append_only",
                () -> given.update("UPDATE appointment_history SET reason = 'edited'"));
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_history_is_append_only",
                () -> given.update("DELETE FROM appointment_history"));
    }

    @Test
    void superuser_in_replica_mode_can_load_a_past_call_which_can_then_be_cancelled() throws SQLException {
        assumeThat(given.value(Boolean.class, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isTrue();
        Given.Relationship longStanding = given.relationship(given.coach("Europe/London"), given.client("Europe/London"),
                Instant.now().minus(Duration.ofDays(90)), null);
        Instant lastMonth = LocalDate.now(LONDON).minusWeeks(4).atTime(10, 0).atZone(LONDON).toInstant();

        given.update("SET LOCAL session_replication_role = replica");
        long call = given.value(Long.class,
                "INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at, blocked)"
                        + " VALUES (?, ?, ?, ?, ?, tstzrange(?, ?, '[)')) RETURNING id",
                longStanding.id(), longStanding.coachId(), longStanding.clientId(),
                lastMonth, lastMonth.plus(Given.CALL_LENGTH), lastMonth, lastMonth.plus(Given.CALL_LENGTH));
        given.update("SET LOCAL session_replication_role = origin");

        given.cancel(call);
        assertThat(given.value(String.class, "SELECT status::text FROM appointment WHERE id = ?", call)).isEqualTo("cancelled");
    }

    @Test
    void replica_mode_still_refuses_a_call_whose_blocked_time_does_not_cover_it() throws SQLException {
        assumeThat(given.value(Boolean.class, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).isTrue();
        Instant start = monday(10, 0).toInstant();

        given.update("SET LOCAL session_replication_role = replica");
        Refusal.expect(sql, CHECK_VIOLATION, "appointment_blocked_covers_the_call",
                () -> given.update("INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at, blocked)"
                        + " VALUES (?, ?, ?, ?, ?, tstzrange(?, ?, '[)'))",
                        pair.id(), pair.coachId(), pair.clientId(), start, start.plus(Given.CALL_LENGTH),
                        start, start.plus(Duration.ofMinutes(30))));
    }
}
