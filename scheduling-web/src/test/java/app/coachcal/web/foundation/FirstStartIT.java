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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first {@code ./coachcal} on a machine that never ran Coachcal: an empty temp directory, an
 * empty home, no {@code COACHCAL_*} setting, and the launcher's own small heap.
 */
class FirstStartIT {

    private static final Duration BOOT = Duration.ofMinutes(4);
    /** What ./coachcal gives the launcher JVM. */
    private static final List<String> COACHCAL_SCRIPT_JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @Test
    void the_first_start_with_an_empty_temp_dir_and_home_unpacks_postgres_and_serves_the_home_page() throws Exception {
        Path temp = emptyDirectory("bare-tmp");
        Path home = emptyDirectory("bare-home");
        int port = CoachcalServer.freePort();

        try (LauncherProcess launcher = LauncherProcess.start(Map.of("PORT", Integer.toString(port)), bareMachine(temp, home))) {
            assertThat(launcher.awaitOutput("coachcal: ready at", BOOT)).as(launcher.output()).isTrue();

            assertThat(statusOf(port, "/")).isEqualTo(200);
            assertThat(statusOf(port, "/health")).isEqualTo(200);
            assertThat(launcher.output()).contains("coachcal: embedded PostgreSQL 18.").doesNotContain("OutOfMemoryError");
            assertThat(home.resolve(".coachcal/data/postgres/PG_VERSION")).hasContent("18");
            launcher.terminate(Duration.ofSeconds(90));
        }
    }

    @Test
    void a_start_killed_while_unpacking_leaves_nothing_that_stops_the_next_start() throws Exception {
        Path temp = emptyDirectory("killed-tmp");
        Path home = emptyDirectory("killed-home");
        int port = CoachcalServer.freePort();
        Map<String, String> environment = Map.of("PORT", Integer.toString(port));
        // What the launcher of earlier builds left: zonky's half-unpacked directory, a dangling link in it.
        Path zonkyLeftover = Files.createDirectories(temp.resolve("embedded-pg/PG-0123456789abcdef/lib"));
        Files.createSymbolicLink(zonkyLeftover.resolve("libpq.so"), Path.of("libpq.so.5.14"));

        Path partial;
        try (LauncherProcess first = LauncherProcess.start(environment, bareMachine(temp, home))) {
            partial = awaitUnpackingUnder(temp.resolve("coachcal-postgres"), first);
            first.kill(Duration.ofSeconds(30));
        }
        // And a directory under the final name that is not complete (as a temp cleaner leaves it).
        Path finalName = partial.resolveSibling(partial.getFileName().toString().replaceFirst("\\.unpacking-\\d+$", ""));
        Files.createDirectories(finalName.resolve("bin"));
        Files.writeString(finalName.resolve(".exists"), "");

        try (LauncherProcess second = LauncherProcess.start(environment, bareMachine(temp, home))) {
            assertThat(second.awaitOutput("coachcal: ready at", BOOT)).as(second.output()).isTrue();

            assertThat(statusOf(port, "/health")).isEqualTo(200);
            assertThat(partial).doesNotExist();
            assertThat(finalName.resolve("bin/postgres")).isRegularFile();
            second.terminate(Duration.ofSeconds(90));
        }
    }

    @Test
    void a_temp_directory_that_cannot_be_written_is_one_line_and_exit_code_2() throws IOException {
        Path aFile = Files.createTempFile(Path.of("target"), "not-a-directory", ".txt").toAbsolutePath();
        Path temp = aFile.resolve("tmp");

        try (LauncherProcess launcher = LauncherProcess.start(
                Map.of("PORT", Integer.toString(CoachcalServer.freePort())),
                bareMachine(temp, emptyDirectory("unwritable-home")))) {

            assertThat(launcher.exitCode(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(launcher.output().strip().lines()).hasSize(1);
            assertThat(launcher.output().strip())
                    .startsWith("coachcal: cannot unpack the embedded PostgreSQL into " + temp.resolve("coachcal-postgres"))
                    .contains("point java.io.tmpdir to a writable directory")
                    .doesNotContain("Exception");
        }
    }

    private static List<String> bareMachine(Path temp, Path home) {
        return Stream.concat(COACHCAL_SCRIPT_JVM.stream(),
                Stream.of("-Djava.io.tmpdir=" + temp, "-Duser.home=" + home)).toList();
    }

    /** Waits until the launcher is unpacking (its private directory holds files); fails if it never is. */
    private static Path awaitUnpackingUnder(Path root, LauncherProcess launcher) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            Optional<Path> partial = partialIn(root);
            if (partial.isPresent() && Files.exists(partial.get().resolve("share"))) {
                return partial.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the launcher never started unpacking:\n" + launcher.output());
    }

    private static Optional<Path> partialIn(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(child -> child.getFileName().toString().contains(".unpacking-")).findFirst();
        }
    }

    private static Path emptyDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), prefix);
    }

    private static int statusOf(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
