package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deactivating a coach or client: refused while they have upcoming booked
 * calls; otherwise their running relationships end now, and are kept.
 */
class RoleDeactivationIT extends SchemaTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private Given.Relationship pair;
    private ZonedDateTime mondayAhead;

    @BeforeEach
    void coachAndClient() throws SQLException {
        pair = given.coachingPair("UTC", "UTC");
        given.alwaysAvailable(pair.coachId());
        mondayAhead = Given.weekdayAhead(UTC, 3, MONDAY).atTime(10, 0).atZone(UTC);
    }

    private boolean open(Given.Relationship relationship) throws SQLException {
        return given.value(Boolean.class, "SELECT upper(period) IS NULL OR upper(period) > now()"
                + " FROM coaching_relationship WHERE id = ?", relationship.id());
    }

    @Test
    void deactivating_a_coach_with_an_upcoming_booked_call_is_refused() throws SQLException {
        given.call(pair, mondayAhead);

        Refusal.expect(sql, CHECK_VIOLATION, "role_deactivation_leaves_no_future_calls",
                () -> given.deactivate(pair.coachId(), "coach"));
        assertThat(open(pair)).isTrue();
    }

    @Test
    void deactivating_a_client_with_an_upcoming_booked_call_is_refused() throws SQLException {
        given.call(pair, mondayAhead);

        Refusal.expect(sql, CHECK_VIOLATION, "role_deactivation_leaves_no_future_calls",
                () -> given.deactivate(pair.clientId(), "client"));
    }

    @Test
    void deleting_the_membership_of_a_client_with_an_upcoming_call_is_refused() throws SQLException {
        given.call(pair, mondayAhead);

        Refusal.expect(sql, CHECK_VIOLATION, "role_deactivation_leaves_no_future_calls",
                () -> given.update("DELETE FROM user_role WHERE user_id = ? AND role = 'client'", pair.clientId()));
    }

    @Test
    void deactivating_a_coach_whose_calls_are_cancelled_ends_all_their_relationships_now() throws SQLException {
        given.cancel(given.call(pair, mondayAhead));
        Given.Relationship second = given.relationship(pair.coachId(), given.client("UTC"));

        given.deactivate(pair.coachId(), "coach");

        assertThat(given.value(Long.class, "SELECT count(*) FROM coaching_relationship"
                + " WHERE coach_id = ? AND ends_at = now()", pair.coachId())).isEqualTo(2L);
        assertThat(open(pair)).isFalse();
        assertThat(open(second)).isFalse();
    }

    @Test
    void deactivating_a_client_ends_a_relationship_that_has_not_started_at_its_start() throws SQLException {
        long client = given.client("UTC");
        Instant later = Instant.now().plus(Duration.ofDays(10));
        Given.Relationship upcoming = given.relationship(given.coach("UTC"), client, later, null);

        given.deactivate(client, "client");

        assertThat(given.value(Boolean.class, "SELECT isempty(period) FROM coaching_relationship WHERE id = ?",
                upcoming.id())).isTrue();
    }

    @Test
    void deactivated_client_can_no_longer_book_and_can_be_reactivated() throws SQLException {
        given.deactivate(pair.clientId(), "client");

        Refusal.expect(sql, CHECK_VIOLATION, "appointment_relationship_is_current", () -> given.call(pair, mondayAhead));
        given.update("UPDATE user_role SET active = true WHERE user_id = ? AND role = 'client'", pair.clientId());
        assertThat(given.value(Boolean.class, "SELECT active FROM user_role WHERE user_id = ? AND role = 'client'",
                pair.clientId())).isTrue();
    }
}
