package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no database configured, the run command starts an embedded PostgreSQL
 * whose data survives a stop and a start, and SIGTERM leaves no process behind.
 */
class EmbeddedDatabaseLifecycleIT {

    private static final Duration BOOT = Duration.ofMinutes(4);

    @Test
    void the_embedded_database_keeps_its_data_across_restarts_and_stops_with_the_app() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-data");
        int port = CoachcalServer.freePort();
        Map<String, String> environment = Map.of(
                "PORT", Integer.toString(port),
                "COACHCAL_DATA_DIR", dataDirectory.toString());

        String firstRun = runUntilReadyThenStop(environment, port, dataDirectory);
        assertThat(firstRun).containsPattern("Database schema at version \\d+ \\([1-9]\\d* migration\\(s\\) applied now\\)");

        String secondRun = runUntilReadyThenStop(environment, port, dataDirectory);
        assertThat(secondRun).containsPattern("Database schema at version \\d+ \\(0 migration\\(s\\) applied now\\)");
    }

    private static String runUntilReadyThenStop(Map<String, String> environment, int port, Path dataDirectory)
            throws IOException, InterruptedException {
        try (LauncherProcess launcher = LauncherProcess.start(environment)) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            assertThat(healthStatus(port)).isEqualTo(200);

            launcher.terminate(Duration.ofSeconds(90));

            assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
            assertThat(processesMentioning(dataDirectory)).isZero();
            return launcher.output();
        }
    }

    private static int healthStatus(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long processesMentioning(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(dataDirectory.toString()))
                .count();
    }
}
