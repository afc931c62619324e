package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.EXCLUSION_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.UNIQUE_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CoachingRelationshipIT extends SchemaTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void relationship_between_an_active_coach_and_an_active_client_is_accepted() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");

        assertThat(given.value(String.class, "SELECT upper_inf(period)::text FROM coaching_relationship WHERE id = ?",
                pair.id())).isEqualTo("true");
    }

    @Test
    void relationship_with_an_inactive_coach_is_refused() throws SQLException {
        long coach = given.coach("UTC");
        long client = given.client("UTC");
        given.deactivate(coach, "coach");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_members_are_active",
                () -> given.relationship(coach, client));
    }

    @Test
    void relationship_with_someone_who_is_not_a_client_is_refused() throws SQLException {
        long coach = given.coach("UTC");
        long admin = given.user("UTC", "admin");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_members_are_active",
                () -> given.relationship(coach, admin));
    }

    @Test
    void coach_cannot_coach_themselves() throws SQLException {
        long both = given.user("UTC", "coach", "client");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_coach_is_not_the_client",
                () -> given.relationship(both, both));
    }

    @Test
    void second_open_relationship_of_a_client_is_refused() throws SQLException {
        Given.Relationship first = given.coachingPair("UTC", "UTC");
        long otherCoach = given.coach("UTC");

        Refusal.expect(sql, UNIQUE_VIOLATION, "relationship_one_open_per_client",
                () -> given.relationship(otherCoach, first.clientId(), Instant.now().plus(DAY), null));
    }

    @Test
    void overlapping_relationships_of_a_client_are_refused() throws SQLException {
        long client = given.client("UTC");
        Instant now = Instant.now();
        given.relationship(given.coach("UTC"), client, now, now.plus(DAY.multipliedBy(30)));
        long otherCoach = given.coach("UTC");

        Refusal.expect(sql, EXCLUSION_VIOLATION, "relationship_one_coach_at_a_time",
                () -> given.relationship(otherCoach, client, now.plus(DAY.multipliedBy(10)), now.plus(DAY.multipliedBy(60))));
    }

    @Test
    void relationship_that_follows_the_previous_one_is_accepted() throws SQLException {
        long client = given.client("UTC");
        Instant switchAt = Instant.now().plus(DAY.multipliedBy(30));
        given.relationship(given.coach("UTC"), client, Instant.now().minus(DAY), switchAt);

        given.relationship(given.coach("UTC"), client, switchAt, null);

        assertThat(given.value(Long.class, "SELECT count(*) FROM coaching_relationship WHERE client_id = ?", client))
                .isEqualTo(2L);
    }

    @Test
    void relationship_that_ends_before_it_starts_is_refused() throws SQLException {
        long coach = given.coach("UTC");
        long client = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_does_not_end_before_it_starts",
                () -> given.relationship(coach, client, Instant.now(), Instant.now().minus(DAY)));
    }

    @Test
    void relationship_cannot_be_handed_to_another_client() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");
        long otherClient = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_parties_are_fixed",
                () -> given.update("UPDATE coaching_relationship SET client_id = ? WHERE id = ?", otherClient, pair.id()));
    }

    @Test
    void relationship_cannot_be_deleted_but_can_be_ended() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_is_never_deleted",
                () -> given.update("DELETE FROM coaching_relationship WHERE id = ?", pair.id()));

        assertThat(given.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", pair.id())).isEqualTo(1);
    }

    @Test
    void reopening_the_relationship_of_a_deactivated_client_is_refused() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");
        given.deactivate(pair.clientId(), "client");

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_members_are_active",
                () -> given.update("UPDATE coaching_relationship SET ends_at = NULL WHERE id = ?", pair.id()));
    }

    @Test
    void ending_a_relationship_before_its_booked_call_is_refused_until_the_call_is_cancelled() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");
        given.alwaysAvailable(pair.coachId());
        ZonedDateTime start = Given.weekdayAhead(ZoneId.of("UTC"), 3, MONDAY).atTime(10, 0).atZone(ZoneId.of("UTC"));
        long call = given.call(pair, start);

        Refusal.expect(sql, CHECK_VIOLATION, "relationship_period_covers_its_calls",
                () -> given.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", pair.id()));

        given.cancel(call);
        assertThat(given.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", pair.id())).isEqualTo(1);
    }
}
