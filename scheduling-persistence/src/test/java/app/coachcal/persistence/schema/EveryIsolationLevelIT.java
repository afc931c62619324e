package app.coachcal.persistence.schema;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.util.PSQLException;

/**
 * Every rule a trigger holds by reading other rows holds when two transactions race, at each isolation level a
 * client may ask for: under READ COMMITTED the second waits and is refused by the rule's name; under REPEATABLE
 * READ and SERIALIZABLE it cannot see the first's rows, so it gets a serialization failure (40001) instead of
 * slipping past the rule. Afterwards the database holds no state the rule forbids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryIsolationLevelIT {

    /** The three levels PostgreSQL implements (READ UNCOMMITTED behaves as READ COMMITTED). */
    enum Level {
        READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
        REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
        SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

        final int jdbc;

        Level(int jdbc) {
            this.jdbc = jdbc;
        }
    }

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZonedDateTime MONDAY_AHEAD = Given.weekdayAhead(UTC, 3, MONDAY).atTime(10, 0).atZone(UTC);

    private FreshDatabase database;

    @BeforeAll
    void createDatabase() throws SQLException {
        database = FreshDatabase.create();
        try (Connection setup = database.connection()) {
            new Given(setup).rule("monthly_call_limit", 1);
        }
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private <T> T committed(SetUp<T> work) throws SQLException {
        try (Connection setup = database.connection()) {
            return work.run(new Given(setup));
        }
    }

    private Given.Relationship committedPair() throws SQLException {
        return committed(given -> {
            Given.Relationship pair = given.coachingPair("UTC", "UTC");
            given.alwaysAvailable(pair.coachId());
            return pair;
        });
    }

    private long count(String query, Object... parameters) throws SQLException {
        return committed(given -> given.value(Long.class, query, parameters));
    }

    /** READ COMMITTED: refused by this rule; the other levels: a serialization failure, to be retried. */
    private static void refused(Level level, Optional<SQLException> second, String rule) {
        assertThat(second).as("the second transaction must not commit").isPresent();
        SQLException refusal = second.get();
        if (level == Level.READ_COMMITTED) {
            assertThat(refusal.getSQLState()).as(refusal.getMessage()).isEqualTo(Refusal.CHECK_VIOLATION);
            assertThat(((PSQLException) refusal).getServerErrorMessage().getConstraint()).isEqualTo(rule);
        } else {
            assertThat(refusal.getSQLState()).as(refusal.getMessage()).isEqualTo("40001");
        }
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void two_bookings_of_one_client_in_one_month_never_pass_the_monthly_limit(Level level) throws Exception {
        Given.Relationship pair = committedPair();

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.call(pair, MONDAY_AHEAD), other -> other.call(pair, MONDAY_AHEAD.plusDays(1)));

        refused(level, second, "appointment_within_monthly_limit");
        assertThat(count("SELECT count(*) FROM appointment WHERE client_id = ? AND status = 'booked'",
                pair.clientId())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_client_deactivated_while_a_call_is_booked_keeps_no_call_as_an_inactive_client(Level level)
            throws Exception {
        Given.Relationship pair = committedPair();

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.call(pair, MONDAY_AHEAD), other -> other.deactivate(pair.clientId(), "client"));

        refused(level, second, "role_deactivation_leaves_no_future_calls");
        assertThat(count("SELECT count(*) FROM user_role WHERE user_id = ? AND active", pair.clientId()))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_call_booked_while_the_client_is_deactivated_is_refused(Level level) throws Exception {
        Given.Relationship pair = committedPair();

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.deactivate(pair.clientId(), "client"), other -> other.call(pair, MONDAY_AHEAD));

        refused(level, second, "appointment_relationship_is_current");
        assertThat(count("SELECT count(*) FROM appointment WHERE client_id = ?", pair.clientId())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_coach_deactivated_while_a_call_is_booked_keeps_no_call_as_an_inactive_coach(Level level)
            throws Exception {
        Given.Relationship pair = committedPair();

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.call(pair, MONDAY_AHEAD), other -> other.deactivate(pair.coachId(), "coach"));

        refused(level, second, "role_deactivation_leaves_no_future_calls");
        assertThat(count("SELECT count(*) FROM user_role WHERE user_id = ? AND active", pair.coachId()))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_relationship_made_while_its_client_is_deactivated_does_not_stay_open(Level level) throws Exception {
        long coach = committed(given -> given.coach("UTC"));
        long client = committed(given -> given.client("UTC"));

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.relationship(coach, client), other -> other.deactivate(client, "client"));

        if (level == Level.READ_COMMITTED) {
            assertThat(second).as("the deactivation sees the new relationship and ends it").isEmpty();
        } else {
            refused(level, second, null);
        }
        assertThat(count("SELECT count(*) FROM coaching_relationship r JOIN user_role m"
                + " ON m.user_id = r.client_id AND m.role = 'client' AND NOT m.active"
                + " WHERE r.client_id = ? AND (r.ends_at IS NULL OR r.ends_at > now())", client)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_relationship_with_a_client_being_deactivated_is_refused(Level level) throws Exception {
        long coach = committed(given -> given.coach("UTC"));
        long client = committed(given -> given.client("UTC"));

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.deactivate(client, "client"), other -> other.relationship(coach, client));

        refused(level, second, "relationship_members_are_active");
        assertThat(count("SELECT count(*) FROM coaching_relationship WHERE client_id = ?", client)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void a_call_is_not_booked_into_office_hours_that_a_concurrent_change_removes(Level level) throws Exception {
        Given.Relationship pair = committed(given -> {
            Given.Relationship made = given.coachingPair("UTC", "UTC");
            given.weeklyHours(made.coachId(), "09:00", "12:00", 1);
            return made;
        });

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.update("DELETE FROM office_hours WHERE coach_id = ?", pair.coachId()),
                other -> other.call(pair, MONDAY_AHEAD));

        refused(level, second, "appointment_inside_office_hours");
        assertThat(count("SELECT count(*) FROM appointment WHERE coach_id = ?", pair.coachId())).isZero();
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void two_admins_deactivating_each_other_at_once_leave_one_active_admin(Level level) throws Exception {
        long[] admins = committed(given -> {
            long one = given.user("UTC", "admin");
            long two = given.user("UTC", "admin");
            given.update("UPDATE user_role SET active = false WHERE role = 'admin' AND user_id NOT IN (?, ?)",
                    one, two);
            return new long[] {one, two};
        });

        Optional<SQLException> second = new Race(database, level.jdbc).run(
                first -> first.deactivate(admins[0], "admin"), other -> other.deactivate(admins[1], "admin"));

        refused(level, second, "admin_deactivation_leaves_an_active_admin");
        assertThat(count("SELECT count(*) FROM user_role WHERE role = 'admin' AND active")).isEqualTo(1);
    }

    /** Committed set-up work that answers something. */
    @FunctionalInterface
    private interface SetUp<T> {
        T run(Given given) throws SQLException;
    }
}
