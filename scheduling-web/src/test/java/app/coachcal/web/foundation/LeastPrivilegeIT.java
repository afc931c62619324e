package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The running application connects as a login that is a member of {@code coachcal_app} and not a superuser,
 * so that no SQL it runs can switch the triggers off, and the schema belongs to another role, so that
 * row-level security applies to it: on the embedded database of {@code ./coachcal} and on the tests' own.
 */
class LeastPrivilegeIT {

    private static final Duration BOOT = Duration.ofMinutes(4);

    @Test
    void the_embedded_database_runs_coachcal_as_an_application_login_and_migrates_as_a_non_superuser_owner()
            throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "least-privilege-data");
        int port = CoachcalServer.freePort();
        try (LauncherProcess launcher = LauncherProcess.start(Map.of("PORT", Integer.toString(port),
                "COACHCAL_DATA_DIR", data.toString()))) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            String url = "jdbc:postgresql://localhost:" + postgresPort(data) + "/coachcal";
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "")) {
                assertApplicationLoginsAreLeastPrivileged(superuser);
                assertThat(value(superuser, "SELECT r.rolname || ' ' || r.rolsuper FROM pg_class c"
                        + " JOIN pg_roles r ON r.oid = c.relowner WHERE c.relname = 'appointment'"))
                        .isEqualTo("coachcal_owner false");
            }
            launcher.terminate(Duration.ofSeconds(90));
        }
    }

    @Test
    void the_tests_coachcal_connects_as_an_application_login_that_cannot_switch_triggers_off() throws Exception {
        CoachcalServer server = CoachcalServer.shared();
        try (Connection superuser = server.database().connection()) {
            assertApplicationLoginsAreLeastPrivileged(superuser);
        }
    }

    /** Every connection of Coachcal's pool: not a superuser, a member of coachcal_app, refused replica mode. */
    private static void assertApplicationLoginsAreLeastPrivileged(Connection superuser) throws SQLException {
        List<String> logins = new ArrayList<>();
        try (Statement statement = superuser.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT a.usename, r.rolsuper, r.rolbypassrls,"
                     + " pg_has_role(a.usename, 'coachcal_app', 'MEMBER') FROM pg_stat_activity a"
                     + " JOIN pg_roles r ON r.rolname = a.usename"
                     + " WHERE a.datname = current_database() AND a.application_name = 'coachcal'")) {
            while (rows.next()) {
                logins.add(rows.getString(1));
                assertThat(rows.getBoolean(2)).as("superuser " + rows.getString(1)).isFalse();
                assertThat(rows.getBoolean(3)).as("bypasses RLS " + rows.getString(1)).isFalse();
                assertThat(rows.getBoolean(4)).as("member of coachcal_app " + rows.getString(1)).isTrue();
            }
        }
        assertThat(logins).hasSize(1);
        superuser.setAutoCommit(false);
        try (Statement statement = superuser.createStatement()) {
            statement.execute("SET LOCAL ROLE " + logins.get(0));
            assertThatThrownBy(() -> statement.execute("SET LOCAL session_replication_role = replica"))
                    .hasMessageContaining("permission denied");
        } finally {
            superuser.rollback();
        }
    }

    /** The embedded PostgreSQL's port: the fourth line of its postmaster.pid. */
    private static int postgresPort(Path data) throws Exception {
        return Integer.parseInt(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip());
    }

    private static String value(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
