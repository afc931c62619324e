package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.DemoBookings;
import app.coachcal.web.testsupport.EmbeddedDataDirectory;
import app.coachcal.web.testsupport.LauncherProcess;
import app.coachcal.web.testsupport.TableFingerprints;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@code ./coachcal backup FILE} and {@code ./coachcal restore [--force] FILE} of the embedded database. */
class BackupRestoreIT {

    private static final Duration BOOT = Duration.ofMinutes(4);
    private static final Duration COMMAND = Duration.ofMinutes(3);

    @Test
    void a_backup_restored_into_an_empty_data_directory_brings_back_every_row_and_coachcal_serves_it() throws Exception {
        Path original = directory("backup-original");
        String keptCall = runWithBookings(original);
        Map<String, String> before = fingerprints(original);
        Path file = original.resolveSibling(original.getFileName() + ".backup");

        LauncherProcess backup = command(original, "backup", file.toString());
        assertThat(backup.exitCode(COMMAND)).as(backup.output()).isZero();
        assertThat(backup.output()).contains("coachcal: backed up").contains("(schema version ");

        Path restored = directory("backup-restored");
        LauncherProcess restore = command(restored, "restore", file.toString());
        assertThat(restore.exitCode(COMMAND)).as(restore.output()).isZero();

        Map<String, String> after = fingerprints(restored);
        assertThat(after).isEqualTo(before);
        assertThat(TableFingerprints.rows(after, "public.appointment_history")).isGreaterThanOrEqualTo(4);
        assertThat(servedCall(restored, keptCall)).contains("\"status\":\"booked\"");
    }

    @Test
    void a_restore_over_a_database_that_holds_data_needs_force_and_then_replaces_it() throws Exception {
        Path data = directory("backup-force");
        runWithBookings(data);
        Map<String, String> before = fingerprints(data);
        Path file = data.resolveSibling(data.getFileName() + ".backup");
        assertThat(command(data, "backup", file.toString()).exitCode(COMMAND)).isZero();
        changeSomething(data);

        LauncherProcess refused = command(data, "restore", file.toString());
        assertThat(refused.exitCode(COMMAND)).isEqualTo(2);
        assertThat(refused.output().strip().lines()).hasSize(1);
        assertThat(refused.output()).startsWith("coachcal: the embedded database in " + data + " is not empty")
                .contains("./coachcal restore --force " + file);
        assertThat(fingerprints(data)).isNotEqualTo(before);

        LauncherProcess forced = command(data, "restore", "--force", file.toString());
        assertThat(forced.exitCode(COMMAND)).as(forced.output()).isZero();
        assertThat(fingerprints(data)).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_in_one_line() throws Exception {
        Path data = directory("backup-garbage");
        Path garbage = Files.writeString(data.resolveSibling(data.getFileName() + ".txt"), "not a backup\n");

        LauncherProcess refused = command(data, "restore", garbage.toString());

        assertThat(refused.exitCode(COMMAND)).isEqualTo(2);
        assertThat(refused.output().strip().lines()).hasSize(1);
        assertThat(refused.output()).startsWith("coachcal: cannot read the backup " + garbage);
    }

    @Test
    void a_backup_naming_a_table_the_schema_does_not_have_is_refused_and_no_sql_of_it_runs() throws Exception {
        Path data = directory("backup-crafted");
        Path crafted = data.resolveSibling(data.getFileName() + ".backup");
        try (Writer text = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(crafted)), StandardCharsets.UTF_8)) {
            text.write("coachcal-backup 1\nschema-version\t10\n"
                    + "table\tpublic.app_user; DROP TABLE public.appointment_history; --\tid\n\\.\nrows\t0\nend\n");
        }

        LauncherProcess refused = command(data, "restore", crafted.toString());

        assertThat(refused.exitCode(COMMAND)).isEqualTo(2);
        assertThat(refused.output().strip().lines()).hasSize(1);
        assertThat(refused.output()).startsWith("coachcal: the backup holds a table the schema does not have");
        try (EmbeddedPostgres postgres = EmbeddedDataDirectory.open(data);
             var connection = postgres.getDatabase("postgres", "postgres").getConnection();
             var statement = connection.createStatement();
             var staging = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'coachcal%'")) {
            staging.next();
            assertThat(staging.getInt(1)).as("only the (empty) coachcal database, no staging one left").isEqualTo(1);
        }
    }

    /** Starts Coachcal on the data directory (demo data loads), makes calls through the API, stops it. */
    private static String runWithBookings(Path data) throws Exception {
        int port = CoachcalServer.freePort();
        try (LauncherProcess launcher = LauncherProcess.start(environment(data, port))) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            String kept = DemoBookings.makeOn(URI.create("http://localhost:" + port + "/"));
            launcher.terminate(Duration.ofSeconds(90));
            return kept;
        }
    }

    private static String servedCall(Path data, String path) throws Exception {
        int port = CoachcalServer.freePort();
        try (LauncherProcess launcher = LauncherProcess.start(environment(data, port))) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            String body = DemoBookings.send(URI.create("http://localhost:" + port + "/"), "client1@example.com", "GET", path, null).body();
            launcher.terminate(Duration.ofSeconds(90));
            return body;
        }
    }

    private static void changeSomething(Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDataDirectory.open(data);
             var connection = postgres.getDatabase("postgres", "coachcal").getConnection();
             var statement = connection.createStatement()) {
            statement.execute("UPDATE app_user SET display_name = 'Changed after the backup' WHERE email = 'client3@example.com'");
        }
    }

    private static Map<String, String> fingerprints(Path data) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDataDirectory.open(data)) {
            return TableFingerprints.of(postgres.getDatabase("postgres", "coachcal"));
        }
    }

    private static LauncherProcess command(Path data, String... arguments) {
        return LauncherProcess.run(Map.of("COACHCAL_DATA_DIR", data.toString()), List.of("-Xmx64m"), List.of(arguments));
    }

    private static Map<String, String> environment(Path data, int port) {
        return Map.of("PORT", Integer.toString(port), "COACHCAL_DATA_DIR", data.toString());
    }

    private static Path directory(String prefix) throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
    }
}
