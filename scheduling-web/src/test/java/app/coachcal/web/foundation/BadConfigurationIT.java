package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bad setting stops the start with one clear line and a non-zero exit, never a stack trace. */
class BadConfigurationIT {

    private static final Duration QUICKLY = Duration.ofSeconds(60);
    private static final int BAD_CONFIGURATION = 2;

    @Test
    void an_unreachable_database_is_named_by_host_and_port_but_its_password_is_never_shown() {
        try (LauncherProcess launcher = LauncherProcess.start(Map.of(
                "PORT", Integer.toString(CoachcalServer.freePort()),
                "COACHCAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/coachcal?password=hunter2",
                "COACHCAL_DB_PASSWORD", "s3cret-pw"))) {

            assertThat(launcher.exitCode(QUICKLY)).isEqualTo(BAD_CONFIGURATION);
            assertOneClearLine(launcher.output(), "coachcal: cannot reach the database at 127.0.0.1:1/coachcal");
            assertThat(launcher.output()).doesNotContain("hunter2").doesNotContain("s3cret-pw");
        }
    }

    @Test
    void a_port_already_taken_is_named() throws IOException {
        try (ServerSocket taken = new ServerSocket(0);
             LauncherProcess launcher = LauncherProcess.start(Map.of(
                     "PORT", Integer.toString(taken.getLocalPort()),
                     "COACHCAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/unused"))) {

            assertThat(launcher.exitCode(QUICKLY)).isEqualTo(BAD_CONFIGURATION);
            assertOneClearLine(launcher.output(), "coachcal: port " + taken.getLocalPort() + " is already taken");
        }
    }

    @Test
    void a_data_directory_that_cannot_be_created_is_named() throws IOException {
        Path aFile = Files.createTempFile(Path.of("target"), "not-a-directory", ".txt");
        Path impossible = aFile.resolve("data");
        try (LauncherProcess launcher = LauncherProcess.start(Map.of(
                "PORT", Integer.toString(CoachcalServer.freePort()),
                "COACHCAL_DATA_DIR", impossible.toString()))) {

            assertThat(launcher.exitCode(QUICKLY)).isEqualTo(BAD_CONFIGURATION);
            assertOneClearLine(launcher.output(),
                    "coachcal: the data directory " + impossible + " (COACHCAL_DATA_DIR) cannot be created or written to");
        }
    }

    @Test
    void a_port_that_is_not_a_number_is_refused() {
        try (LauncherProcess launcher = LauncherProcess.start(Map.of("PORT", "80a"))) {

            assertThat(launcher.exitCode(QUICKLY)).isEqualTo(BAD_CONFIGURATION);
            assertOneClearLine(launcher.output(), "coachcal: PORT must be a number from 1 to 65535, not \"80a\"");
        }
    }

    @Test
    void a_failing_migration_stops_the_start_with_the_reason() {
        try (FreshDatabase database = FreshDatabase.createEmpty()) {
            // Flyway's own table, made unusable: the migration cannot even record its start.
            database.execute("CREATE TABLE flyway_schema_history (nonsense integer)");
            try (LauncherProcess launcher = LauncherProcess.start(Map.of(
                    "PORT", Integer.toString(CoachcalServer.freePort()),
                    "COACHCAL_DB_URL", database.jdbcUrl(),
                    "COACHCAL_DB_USER", database.user(),
                    "COACHCAL_DB_PASSWORD", database.password()))) {

                assertThat(launcher.exitCode(Duration.ofMinutes(4))).isEqualTo(BAD_CONFIGURATION);
                assertThat(lastLine(launcher.output()))
                        .startsWith("coachcal: Coachcal did not start: the database migration failed:");
            }
        }
    }

    private static void assertOneClearLine(String output, String expectedStart) {
        assertThat(output.strip().lines()).hasSize(1);
        assertThat(output.strip()).startsWith(expectedStart).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String lastLine(String output) {
        return output.strip().lines().reduce((first, second) -> second).orElse("");
    }
}
