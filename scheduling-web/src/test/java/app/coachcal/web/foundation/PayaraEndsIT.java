package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When Payara Micro dies under the launcher (killed, out of memory), the launcher says so in one line,
 * stops the embedded PostgreSQL and exits non-zero, instead of leaving a database without an application;
 * Payara runs with the JVM options of COACHCAL_JAVA_OPTS.
 */
class PayaraEndsIT {

    private static final Duration BOOT = Duration.ofMinutes(4);

    @Test
    void a_killed_payara_is_reported_in_one_line_and_the_embedded_database_stops_too() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "payara-ends");
        try (LauncherProcess launcher = LauncherProcess.start(Map.of(
                "PORT", Integer.toString(CoachcalServer.freePort()),
                "COACHCAL_DATA_DIR", dataDirectory.toString(),
                "COACHCAL_JAVA_OPTS", "-Xmx448m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"))) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();
            ProcessHandle payara = payaraUnder(launcher.pid());
            assertThat(payara.info().commandLine().orElse("")).contains(" -XX:+ExitOnOutOfMemoryError -Xmx448m ");

            payara.destroyForcibly(); // SIGKILL, as the kernel's out-of-memory killer would

            assertThat(launcher.exitCode(Duration.ofSeconds(90))).isEqualTo(1);
            assertThat(launcher.output().lines().filter(line -> line.startsWith("coachcal: Payara Micro stopped")))
                    .containsExactly("coachcal: Payara Micro stopped unexpectedly: killed (signal 9); stopping");
            assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
            assertThat(processesMentioning(dataDirectory)).isZero();
        }
    }

    @Test
    void a_payara_out_of_memory_while_starting_is_named_with_the_setting_to_change() {
        try (FreshDatabase database = FreshDatabase.createEmpty();
             LauncherProcess launcher = LauncherProcess.start(Map.of(
                "PORT", Integer.toString(CoachcalServer.freePort()),
                "COACHCAL_DB_URL", database.jdbcUrl(),
                "COACHCAL_DB_USER", database.user(),
                "COACHCAL_DB_PASSWORD", database.password(),
                "COACHCAL_JAVA_OPTS", "-Xmx24m"))) {

            assertThat(launcher.exitCode(BOOT)).isEqualTo(2);
            assertThat(launcher.output().strip().lines().reduce((first, second) -> second).orElse(""))
                    .startsWith("coachcal: Payara Micro stopped while starting: out of memory")
                    .contains("COACHCAL_JAVA_OPTS");
        }
    }

    private static ProcessHandle payaraUnder(long launcherPid) {
        return ProcessHandle.of(launcherPid).orElseThrow().children()
                .filter(child -> child.info().commandLine().orElse("").contains("payara-micro"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro under the launcher"));
    }

    private static long processesMentioning(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains(dataDirectory.toString()))
                .count();
    }
}
