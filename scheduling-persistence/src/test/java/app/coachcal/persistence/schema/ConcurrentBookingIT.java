package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two transactions at the same moment: the second waits for the first and
 * then sees what it committed, so neither the monthly limit nor the
 * deactivation rule can be slipped past by timing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentBookingIT {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZonedDateTime MONDAY_AHEAD = Given.weekdayAhead(UTC, 3, MONDAY).atTime(10, 0).atZone(UTC);

    private FreshDatabase database;

    @BeforeAll
    void createDatabase() {
        database = FreshDatabase.create();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private Given.Relationship committedPair() throws SQLException {
        try (Connection setup = database.connection()) {
            Given given = new Given(setup);
            Given.Relationship pair = given.coachingPair("UTC", "UTC");
            given.alwaysAvailable(pair.coachId());
            return pair;
        }
    }

    /** Runs {@code work} in its own transaction on another thread; it must be refused by {@code rule}. */
    private CompletableFuture<Void> refusedMeanwhile(String rule, WorkWith work) {
        return CompletableFuture.runAsync(() -> {
            try (Connection other = database.connection()) {
                other.setAutoCommit(false);
                Refusal.expect(other, CHECK_VIOLATION, rule, () -> work.run(new Given(other)));
                other.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void two_bookings_of_one_client_at_once_cannot_both_pass_the_monthly_limit() throws Exception {
        Given.Relationship pair = committedPair();
        try (Connection first = database.connection()) {
            first.setAutoCommit(false);
            Given given = new Given(first);
            given.rule("monthly_call_limit", 1);
            first.commit();
            given.call(pair, MONDAY_AHEAD);

            CompletableFuture<Void> second = refusedMeanwhile("appointment_within_monthly_limit",
                    other -> other.call(pair, MONDAY_AHEAD.plusDays(1)));
            Race.waitUntilSomeoneWaitsForALock(database);
            first.commit();

            second.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void coach_deactivated_while_a_call_is_being_booked_is_refused_once_the_call_is_committed() throws Exception {
        Given.Relationship pair = committedPair();
        try (Connection booking = database.connection()) {
            booking.setAutoCommit(false);
            new Given(booking).call(pair, MONDAY_AHEAD);

            CompletableFuture<Void> deactivation = refusedMeanwhile("role_deactivation_leaves_no_future_calls",
                    other -> other.deactivate(pair.coachId(), "coach"));
            Race.waitUntilSomeoneWaitsForALock(database);
            booking.commit();

            deactivation.get(10, TimeUnit.SECONDS);
        }
        try (Connection check = database.connection()) {
            assertThat(new Given(check).value(Boolean.class,
                    "SELECT active FROM user_role WHERE user_id = ? AND role = 'coach'", pair.coachId())).isTrue();
        }
    }

    /** Database work for another transaction. */
    @FunctionalInterface
    private interface WorkWith {
        void run(Given given) throws SQLException;
    }
}
