package app.coachcal.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Placeholder until the upgrade lands. */
final class DataDirectoryUpgrade {

    static final String UNFINISHED_MARKER = "upgrade-in-progress";

    private DataDirectoryUpgrade() {
    }

    static void refuseUnfinished(Path dataDirectory) throws LaunchFailure {
        if (Files.exists(dataDirectory.resolve(UNFINISHED_MARKER))) {
            throw new LaunchFailure("an upgrade of the embedded database in " + dataDirectory
                    + " was interrupted: run ./coachcal upgrade-database again to finish it");
        }
    }
}
