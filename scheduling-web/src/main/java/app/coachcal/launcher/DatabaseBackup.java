package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Summary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code ./coachcal backup FILE} and {@code ./coachcal restore [--force] FILE}: the embedded
 * database to a file and back, with Coachcal stopped (the embedded PostgreSQL is started for
 * the purpose, on the data directory of {@code COACHCAL_DATA_DIR}).
 */
final class DatabaseBackup {

    private DatabaseBackup() {
    }

    static void backup(LaunchSettings settings, Path file, PrintStream out) throws LaunchFailure {
        refuseExternal(settings);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings.dataDirectory())) {
            Summary written = DatabaseDump.write(database.coachcal(), file);
            out.println("coachcal: backed up " + written.describe() + " to " + file);
        }
    }

    static void restore(LaunchSettings settings, Path file, boolean force, PrintStream out) throws LaunchFailure {
        refuseExternal(settings);
        if (!Files.isRegularFile(file)) {
            throw new LaunchFailure("there is no backup file " + file);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(settings.dataDirectory())) {
            if (!force && holdsData(database)) {
                throw new LaunchFailure("the embedded database in " + settings.dataDirectory()
                        + " is not empty; to replace everything in it with the backup, run ./coachcal restore --force " + file);
            }
            Summary restored = DatabaseRestore.replace(database, file);
            out.println("coachcal: restored " + restored.describe() + " from " + file);
        }
    }

    private static boolean holdsData(EmbeddedDatabase database) throws LaunchFailure {
        try (Connection connection = database.coachcal().getConnection()) {
            return !new SchemaCatalog(connection).tables().isEmpty();
        } catch (SQLException e) {
            throw new LaunchFailure("cannot look into the embedded database: " + DatabaseRestore.firstLine(e.getMessage()));
        }
    }

    private static void refuseExternal(LaunchSettings settings) throws LaunchFailure {
        if (settings.databaseUrl().isPresent()) {
            throw new LaunchFailure("backup and restore are for the embedded database; COACHCAL_DB_URL names your own"
                    + " PostgreSQL: use its pg_dump and pg_restore");
        }
    }
}
