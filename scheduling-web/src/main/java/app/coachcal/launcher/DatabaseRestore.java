package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Summary;
import app.coachcal.launcher.BackupFormat.Table;
import app.coachcal.persistence.migration.DatabaseMigration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

/**
 * Puts a backup file (see {@link BackupFormat}) into the embedded server as the coachcal
 * database: into a database of its own first, schema rebuilt by the migrations up to the
 * backup's version, every row copied back with triggers off (history is restored, not written
 * again), each table's count checked; only then does it replace coachcal. A failure leaves
 * coachcal as it was.
 *
 * <pre>{@code
 * Summary restored = DatabaseRestore.replace(database, Path.of("coachcal.backup"));
 * }</pre>
 */
final class DatabaseRestore {

    private static final String STAGING = "coachcal_restoring";
    /** Flyway reports each migration through java.util.logging; the command says what matters in one line. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(Level.WARNING);
    }

    private DatabaseRestore() {
    }

    static Summary replace(EmbeddedDatabase database, Path file) throws LaunchFailure {
        try (BufferedReader backup = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String schemaVersion = BackupReader.header(backup);
            execute(database, "DROP DATABASE IF EXISTS " + STAGING);
            execute(database, "CREATE DATABASE " + STAGING + " OWNER " + ClusterRoles.OWNER);
            Summary restored;
            try {
                // As the owner, so that the restored schema is the owner's whoever owned the one backed up.
                DatabaseMigration.migrateTo(database.databaseAsOwner(STAGING), schemaVersion);
                restored = load(database, backup, schemaVersion);
            } catch (LaunchFailure | RuntimeException e) {
                execute(database, "DROP DATABASE IF EXISTS " + STAGING);
                throw e;
            }
            execute(database, "DROP DATABASE IF EXISTS " + EmbeddedDatabase.DATABASE);
            execute(database, "ALTER DATABASE " + STAGING + " RENAME TO " + EmbeddedDatabase.DATABASE);
            return restored;
        } catch (IOException e) {
            throw new LaunchFailure("cannot read the backup " + file + ": " + UnpackLeftovers.reason(e));
        } catch (RuntimeException e) {
            throw new LaunchFailure("cannot restore " + file + ": " + firstLine(e.getMessage()));
        }
    }

    private static Summary load(EmbeddedDatabase database, BufferedReader backup, String schemaVersion)
            throws LaunchFailure, IOException {
        try (Connection connection = database.database(STAGING).getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Replica mode: no trigger fires (history is copied, not written again; rules were
                // checked when the rows were first written), and foreign keys wait for every table.
                statement.execute("SET LOCAL session_replication_role = replica");
            }
            BackupReader reader = new BackupReader(backup, connection);
            int tables = 0;
            long rows = 0;
            for (Table table = reader.nextTable(); table != null; table = reader.nextTable()) {
                rows += reader.copyRows(table);
                tables++;
            }
            reader.restoreSequencesUntilEnd();
            connection.commit();
            return new Summary(schemaVersion, tables, rows);
        } catch (SQLException e) {
            throw new LaunchFailure("the backup does not fit the schema it names: " + firstLine(e.getMessage()));
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws LaunchFailure {
        try (Connection connection = database.maintenance().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new LaunchFailure("cannot prepare the database for the restore (" + sql + "): " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }
}
