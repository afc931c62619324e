package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.launcher.CoachcalInstance;
import app.coachcal.launcher.LaunchSettings;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.DemoBookings;
import app.coachcal.web.testsupport.EmbeddedDataDirectory;
import app.coachcal.web.testsupport.LauncherProcess;
import app.coachcal.web.testsupport.TableFingerprints;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A data directory made by an earlier Coachcal (embedded PostgreSQL 14, as zonky 2.2.2 ran it
 * by default) is refused with one line naming {@code ./coachcal upgrade-database}; that command
 * moves it to the current major with every row, history included, and keeps the old directory.
 */
class DatabaseUpgradeIT {

    private static final Duration BOOT = Duration.ofMinutes(4);

    @Test
    void an_old_major_data_directory_is_refused_then_upgraded_with_every_row_and_served() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "upgrade-data");
        String keptCall;
        Map<String, String> before;
        try (EmbeddedPostgres postgres14 = EmbeddedDataDirectory.openWithPostgres14(data)) {
            keptCall = runCoachcalWithBookingsOn(postgres14);
            before = TableFingerprints.of(postgres14.getDatabase("postgres", "coachcal"));
        }
        assertThat(data.resolve("postgres/PG_VERSION")).hasContent("14");
        assertThat(TableFingerprints.rows(before, "public.appointment_history")).isGreaterThanOrEqualTo(4);
        int port = CoachcalServer.freePort();
        Map<String, String> environment = Map.of("PORT", Integer.toString(port), "COACHCAL_DATA_DIR", data.toString());

        try (LauncherProcess refused = LauncherProcess.start(environment)) {
            assertThat(refused.exitCode(Duration.ofMinutes(2))).isEqualTo(2);
            assertThat(refused.output().strip().lines()).hasSize(1);
            assertThat(refused.output()).startsWith("coachcal: the embedded database in " + data.resolve("postgres")
                    + " was made by PostgreSQL 14").contains("run ./coachcal upgrade-database");
        }
        assertThat(data.resolve("postgres/PG_VERSION")).hasContent("14");

        try (LauncherProcess upgrade = LauncherProcess.run(environment, List.of("-Xmx64m"), List.of("upgrade-database"))) {
            assertThat(upgrade.exitCode(Duration.ofMinutes(5))).as(upgrade.output()).isZero();
            assertThat(upgrade.output()).contains("coachcal: the embedded database now runs on PostgreSQL 18");
        }
        assertThat(data.resolve("postgres/PG_VERSION")).hasContent("18");
        assertThat(data.resolve("postgres-14-backup/PG_VERSION")).hasContent("14");
        try (EmbeddedPostgres upgraded = EmbeddedDataDirectory.open(data)) {
            assertThat(TableFingerprints.of(upgraded.getDatabase("postgres", "coachcal"))).isEqualTo(before);
        }

        try (LauncherProcess launcher = LauncherProcess.start(environment)) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            assertThat(launcher.output()).contains("coachcal: embedded PostgreSQL 18.");
            String call = DemoBookings.send(URI.create("http://localhost:" + port + "/"), "client1@example.com", "GET", keptCall, null).body();
            assertThat(call).contains("\"status\":\"booked\"");
            launcher.terminate(Duration.ofSeconds(90));
        }
    }

    /** What an earlier Coachcal did on its embedded PostgreSQL 14: migrate, load the demo, take calls. */
    private static String runCoachcalWithBookingsOn(EmbeddedPostgres postgres14) throws Exception {
        int port = CoachcalServer.freePort();
        LaunchSettings settings = new LaunchSettings(port, Optional.of(postgres14.getJdbcUrl("postgres", "coachcal")),
                "postgres", "", Optional.empty(), "", Path.of("target", "unused-data-dir"), Optional.of(true));
        try (var connection = postgres14.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE coachcal");
        }
        try (CoachcalInstance coachcal = CoachcalInstance.start(settings, CoachcalServer.artifacts(), CoachcalServer.log("payara-upgrade-it.log"))) {
            return DemoBookings.makeOn(coachcal.baseUri());
        }
    }
}
