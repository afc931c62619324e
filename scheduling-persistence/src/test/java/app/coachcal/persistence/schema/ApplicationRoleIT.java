package app.coachcal.persistence.schema;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

/**
 * The application's role (V13) can do what the application does and nothing that would let SQL it is tricked
 * into switch rules off or rewrite history: tested through a login role that is a member of coachcal_app.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationRoleIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /** Every table and what the application may do with it; a new table must be decided here. */
    private static final Map<String, String> GRANTED = new TreeMap<>(Map.ofEntries(
            Map.entry("app_user", "SELECT, INSERT, UPDATE"),
            Map.entry("user_role", "SELECT, INSERT, UPDATE"),
            Map.entry("coaching_relationship", "SELECT, INSERT, UPDATE"),
            Map.entry("appointment", "SELECT, INSERT, UPDATE"),
            Map.entry("office_hours", "SELECT, INSERT, UPDATE, DELETE"),
            Map.entry("time_off", "SELECT, INSERT, UPDATE, DELETE"),
            Map.entry("extra_hours", "SELECT, INSERT, UPDATE, DELETE"),
            Map.entry("idempotent_request", "SELECT, INSERT, DELETE"),
            Map.entry("sign_in_failure", "SELECT, INSERT, UPDATE, DELETE"),
            Map.entry("business_rule", "SELECT, UPDATE"),
            Map.entry("appointment_history", "SELECT, INSERT"),
            Map.entry("business_rule_change", "SELECT, INSERT"),
            Map.entry("rule_guard", "SELECT, UPDATE"),
            // UPDATE of last_used_at and revoked_at only: column privileges, which has_table_privilege does not show.
            Map.entry("api_token", "SELECT, INSERT")));

    private FreshDatabase database;
    private final String login = "coachcal_app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeAll
    void createDatabaseAndLogin() {
        database = FreshDatabase.create();
        database.execute("CREATE ROLE " + login + " LOGIN PASSWORD 'not-a-secret' IN ROLE coachcal_app");
    }

    @AfterAll
    void dropLoginAndDatabase() {
        database.execute("DROP ROLE IF EXISTS " + login);
        database.close();
    }

    private Connection asTheApplication() throws SQLException {
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), login, "not-a-secret");
        connection.createStatement().execute("SET ROLE coachcal_app");
        connection.setAutoCommit(false);
        return connection;
    }

    private static SQLException refusal(Connection connection, Refusal.Sql work) throws SQLException {
        PSQLException refused = Refusal.refusalOf(connection, work);
        assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        return refused;
    }

    @Test
    void the_application_books_and_cancels_a_call_with_its_history_written() throws SQLException {
        Given.Relationship pair;
        try (Connection owner = database.connection()) {
            Given given = new Given(owner);
            pair = given.coachingPair("UTC", "UTC");
            given.alwaysAvailable(pair.coachId());
        }
        try (Connection app = asTheApplication()) {
            Given given = new Given(app);
            given.actor(pair.clientId());
            long call = given.call(pair, Given.weekdayAhead(ZoneId.of("UTC"), 3, MONDAY).atTime(10, 0)
                    .atZone(ZoneId.of("UTC")));
            given.cancel(call);

            assertThat(given.value(Long.class, "SELECT count(*) FROM appointment_history WHERE appointment_id = ?",
                    call)).isEqualTo(2);
            app.rollback();
        }
    }

    @Test
    void row_level_security_hides_another_clients_call_but_the_rules_still_see_it() throws SQLException {
        Given.Relationship first;
        Given.Relationship second;
        ZonedDateTime start = Given.weekdayAhead(ZoneId.of("UTC"), 3, MONDAY).atTime(10, 0).atZone(ZoneId.of("UTC"));
        try (Connection owner = database.connection()) {
            Given given = new Given(owner);
            first = given.coachingPair("UTC", "UTC");
            second = given.relationship(first.coachId(), given.client("UTC"));
            given.alwaysAvailable(first.coachId());
            given.call(first, start);
        }
        try (Connection app = asTheApplication()) {
            Given given = new Given(app);
            given.actor(second.clientId());
            assertThat(given.value(Long.class, "SELECT count(*) FROM appointment WHERE coach_id = ?",
                    first.coachId())).isZero();
            Refusal.expect(app, "23P01", "appointment_no_coach_overlap", () -> given.call(second, start));
            app.rollback();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"appointment_history", "business_rule_change", "appointment", "app_user",
        "user_role", "coaching_relationship", "business_rule", "office_hours", "idempotent_request", "rule_guard",
        "api_token"})
    void the_application_cannot_truncate(String table) throws SQLException {
        try (Connection app = asTheApplication()) {
            refusal(app, () -> app.createStatement().execute("TRUNCATE " + table + " CASCADE"));
        }
    }

    @Test
    void the_application_cannot_change_or_delete_history_whatever_the_triggers_say() throws SQLException {
        try (Connection app = asTheApplication()) {
            refusal(app, () -> app.createStatement().execute("UPDATE appointment_history SET reason = 'x'"));
            refusal(app, () -> app.createStatement().execute("DELETE FROM appointment_history"));
            refusal(app, () -> app.createStatement().execute("DELETE FROM business_rule_change"));
            refusal(app, () -> app.createStatement().execute("DELETE FROM appointment"));
            refusal(app, () -> app.createStatement().execute("DELETE FROM coaching_relationship"));
        }
    }

    @Test
    void the_application_creates_uses_and_revokes_a_token_but_never_changes_its_secret_or_deletes_it()
            throws SQLException {
        long user;
        try (Connection owner = database.connection()) {
            user = new Given(owner).client("UTC");
        }
        try (Connection app = asTheApplication()) {
            Given given = new Given(app);
            long token = given.value(Long.class, "INSERT INTO api_token (user_id, name, secret_sha256, expires_at)"
                    + " VALUES (?, 'laptop', sha256('cc_x'::bytea), now() + interval '1 day') RETURNING id", user);
            given.update("UPDATE api_token SET last_used_at = now(), revoked_at = now() WHERE id = ?", token);

            refusal(app, () -> given.update("UPDATE api_token SET secret_sha256 = sha256('cc_y'::bytea)"));
            refusal(app, () -> given.update("UPDATE api_token SET user_id = user_id"));
            refusal(app, () -> given.update("DELETE FROM api_token"));
            app.rollback();
        }
    }

    @Test
    void the_application_cannot_switch_triggers_off_or_change_the_schema() throws SQLException {
        try (Connection app = asTheApplication()) {
            refusal(app, () -> app.createStatement().execute("SET session_replication_role = replica"));
            refusal(app, () -> app.createStatement().execute("ALTER TABLE appointment DISABLE TRIGGER USER"));
            refusal(app, () -> app.createStatement().execute("DROP TRIGGER appointment_is_never_truncated ON appointment"));
            refusal(app, () -> app.createStatement().execute("CREATE TABLE mine (x int)"));
        }
    }

    @Test
    void the_role_is_no_superuser_bypasses_no_row_security_and_owns_nothing() throws SQLException {
        try (Connection owner = database.connection()) {
            Given given = new Given(owner);
            assertThat(given.value(String.class, "SELECT concat_ws(',', rolsuper, rolbypassrls, rolcreatedb,"
                    + " rolcreaterole, rolcanlogin) FROM pg_roles WHERE rolname = 'coachcal_app'"))
                    .isEqualTo("f,f,f,f,f");
            assertThat(given.value(Long.class, "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                    + " WHERE r.rolname IN ('coachcal_app', ?)", login)).isZero();
        }
    }

    @Test
    void every_table_grants_the_application_exactly_what_it_needs() throws SQLException {
        Map<String, String> granted = new TreeMap<>();
        try (Connection owner = database.connection();
             PreparedStatement query = owner.prepareStatement("SELECT t.relname, (SELECT string_agg(p, ', ' ORDER BY"
                     + " array_position(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER'], p))"
                     + " FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p"
                     + " WHERE has_table_privilege('coachcal_app', t.oid, p))"
                     + " FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace"
                     + " WHERE t.relkind = 'r' AND n.nspname = current_schema() AND t.relname <> 'flyway_schema_history'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                granted.put(rows.getString(1), String.valueOf(rows.getString(2)));
            }
        }
        assertThat(granted).isEqualTo(GRANTED);
    }
}
