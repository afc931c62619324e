package app.coachcal.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code COACHCAL_DATA_DIR}: the embedded PostgreSQL's cluster lives in its {@code postgres} sub-directory. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path pgData(Path dataDirectory) {
        return dataDirectory.resolve("postgres");
    }

    /** The directory, created if needed, once a file could be written there; else one line naming the setting. */
    static Path writable(Path directory) throws LaunchFailure {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-test", "");
            Files.delete(probe);
            return directory;
        } catch (IOException | SecurityException e) {
            throw new LaunchFailure("the data directory " + directory
                    + " (COACHCAL_DATA_DIR) cannot be created or written to");
        }
    }
}
