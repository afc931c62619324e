package app.coachcal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL that needs no install: binaries from Maven Central, data in
 * {@code COACHCAL_DATA_DIR/postgres}, kept across restarts.
 *
 * <pre>{@code
 * try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory)) {
 *     DatabaseTarget target = db.target();
 * }
 * }</pre>
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final String DATABASE = "coachcal";

    private final EmbeddedPostgres postgres;
    private final boolean createdNow;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean createdNow) {
        this.postgres = postgres;
        this.createdNow = createdNow;
    }

    static EmbeddedDatabase start(Path dataDirectory) throws LaunchFailure {
        Path pgData = writableDirectory(dataDirectory).resolve("postgres");
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new LaunchFailure("cannot start the embedded PostgreSQL in " + pgData + ": " + e.getMessage());
        }
        try {
            return new EmbeddedDatabase(postgres, createDatabaseIfMissing(postgres));
        } catch (SQLException e) {
            stopQuietly(postgres);
            throw new LaunchFailure("the embedded PostgreSQL in " + pgData + " does not answer: " + e.getMessage());
        }
    }

    private static Path writableDirectory(Path directory) throws LaunchFailure {
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

    private static boolean createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery(
                     "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (found.next()) {
                return false;
            }
            statement.execute("CREATE DATABASE " + DATABASE);
            return true;
        }
    }

    DatabaseTarget target() {
        return new DatabaseTarget(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "");
    }

    /** True on the very first start, when the database was just created empty. */
    boolean createdNow() {
        return createdNow;
    }

    @Override
    public void close() {
        stopQuietly(postgres);
    }

    private static void stopQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("coachcal: the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
