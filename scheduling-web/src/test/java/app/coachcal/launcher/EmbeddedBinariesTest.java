package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBinariesTest {

    @TempDir
    Path root;

    @Test
    void a_directory_is_complete_only_with_both_markers_and_every_listed_file() throws IOException {
        Path directory = Files.createDirectories(root.resolve("PG-abc/bin"));
        Files.writeString(directory.resolve("postgres"), "x");
        Path pg = directory.getParent();
        assertThat(EmbeddedBinaries.isComplete(pg)).isFalse();

        Files.write(pg.resolve(".coachcal-files"), java.util.List.of("bin/postgres", "bin/initdb"));
        Files.writeString(pg.resolve(".exists"), "");
        assertThat(EmbeddedBinaries.isComplete(pg)).as("bin/initdb is missing").isFalse();

        Files.writeString(directory.resolve("initdb"), "x");
        assertThat(EmbeddedBinaries.isComplete(pg)).isTrue();
    }

    @Test
    void leftovers_of_dead_starts_go_and_those_of_living_ones_stay() throws IOException {
        Path finalName = root.resolve("PG-abc");
        Path dead = Files.createDirectories(UnpackLeftovers.partialOf(finalName, deadPid()).resolve("share"));
        Path living = Files.createDirectories(UnpackLeftovers.partialOf(finalName, ProcessHandle.current().pid()));
        Files.createDirectories(finalName.resolve("lib"));
        Files.createSymbolicLink(finalName.resolve("lib/libpq.so"), Path.of("libpq.so.5.18"));

        UnpackLeftovers.remove(root, finalName);

        assertThat(dead.getParent()).doesNotExist();
        assertThat(finalName).doesNotExist();
        assertThat(living).isDirectory();
    }

    /** A pid no process has: past the ones in use, below the kernel's limit. */
    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid--;
        }
        return pid;
    }
}
