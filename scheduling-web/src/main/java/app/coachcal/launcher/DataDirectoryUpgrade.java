package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./coachcal upgrade-database}: moves an embedded database made by an older PostgreSQL
 * major to the major this build runs. The old server (its own binaries) is started on the old
 * data and dumped, a new cluster is made with the new binaries, the dump restored into it and
 * every table's row count checked; only then do the directories change places. The old data
 * stays beside it as {@code postgres-<major>-backup} until the user deletes it.
 *
 * <p>A marker file stands in the data directory while directories are being swapped; an
 * interrupted upgrade is put back to the old data and done again the next time.
 */
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

    static void run(LaunchSettings settings, PrintStream out) throws LaunchFailure {
        Path dataDirectory = DataDirectory.writable(settings.dataDirectory());
        Path pgData = DataDirectory.pgData(dataDirectory);
        EmbeddedBinaries binaries = EmbeddedBinaries.current();
        int major = PostgresMajor.major(PostgresMajor.ofBinaries(binaries.directory()));
        try {
            putBackUnfinished(dataDirectory, pgData, major);
            int found = PostgresMajor.ofDataDirectory(pgData).orElse(major);
            if (found == major) {
                out.println("coachcal: the embedded database in " + pgData + " already runs on PostgreSQL " + major
                        + "; nothing to upgrade");
                return;
            }
            if (found > major) {
                throw new LaunchFailure("the embedded database in " + pgData + " was made by PostgreSQL " + found
                        + ", newer than this Coachcal's " + major + "; it cannot be moved back");
            }
            Path dump = dataDirectory.resolve("upgrade-from-" + found + ".coachcal-backup");
            Summary before;
            try (EmbeddedDatabase old = EmbeddedDatabase.on(PreviousBinaries.forMajor(found), pgData)) {
                before = DatabaseDump.write(old.coachcal(), dump);
            }
            Path fresh = dataDirectory.resolve("postgres-" + major + "-new");
            UnpackLeftovers.deleteTree(fresh);
            Summary after;
            try (EmbeddedDatabase upgraded = EmbeddedDatabase.on(binaries, fresh)) {
                after = DatabaseRestore.replace(upgraded, dump);
            }
            if (before.rows() != after.rows() || before.tables() != after.tables()) {
                throw new LaunchFailure("the upgraded database holds " + after.describe() + " instead of "
                        + before.describe() + "; the old data in " + pgData + " is untouched");
            }
            Path backup = swap(dataDirectory, pgData, fresh, found);
            Files.delete(dump);
            out.println("coachcal: the embedded database now runs on PostgreSQL " + major + ", with " + after.describe()
                    + " as before; the PostgreSQL " + found + " data is kept in " + backup + ": delete it once you are content");
        } catch (IOException e) {
            throw new LaunchFailure("the upgrade of " + pgData + " failed (the old data is kept): " + UnpackLeftovers.reason(e));
        }
    }

    /** Old data aside, new data in place; the marker says a swap is under way until both moves are done. */
    private static Path swap(Path dataDirectory, Path pgData, Path fresh, int oldMajor) throws IOException {
        Path backup = dataDirectory.resolve("postgres-" + oldMajor + "-backup");
        for (int n = 2; Files.exists(backup); n++) {
            backup = dataDirectory.resolve("postgres-" + oldMajor + "-backup-" + n);
        }
        Path marker = dataDirectory.resolve(UNFINISHED_MARKER);
        Files.writeString(marker, backup.getFileName().toString());
        Files.move(pgData, backup);
        Files.move(fresh, pgData);
        Files.delete(marker);
        return backup;
    }

    /** After a crash in the middle of a swap: the old data back in place, the new attempt discarded. */
    private static void putBackUnfinished(Path dataDirectory, Path pgData, int major) throws IOException, LaunchFailure {
        Path marker = dataDirectory.resolve(UNFINISHED_MARKER);
        if (!Files.exists(marker)) {
            return;
        }
        Path backup = dataDirectory.resolve(Files.readString(marker).strip());
        if (!backup.getParent().equals(dataDirectory)) {
            throw new LaunchFailure(marker + " does not name a directory beside it; remove it after checking " + dataDirectory);
        }
        if (!Files.exists(pgData) && Files.isDirectory(backup)) {
            Files.move(backup, pgData);
        } else if (Files.exists(pgData) && PostgresMajor.ofDataDirectory(pgData).orElse(0) == major) {
            // Both moves were done; only the marker was left.
            Files.delete(marker);
            return;
        }
        UnpackLeftovers.deleteTree(dataDirectory.resolve("postgres-" + major + "-new"));
        Files.delete(marker);
    }
}
