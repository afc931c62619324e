package app.coachcal.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A PostgreSQL that needs no install: binaries from Maven Central (unpacked by
 * {@link EmbeddedBinaries}), data in {@code COACHCAL_DATA_DIR/postgres}, kept across restarts.
 *
 * <pre>{@code
 * try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory)) {
 *     DatabaseTarget target = db.target();
 * }
 * }</pre>
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "coachcal";

    private final EmbeddedPostgres postgres;
    private final boolean createdNow;
    private final Path binaries;
    private final String owner;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean createdNow, Path binaries, String owner) {
        this.postgres = postgres;
        this.createdNow = createdNow;
        this.binaries = binaries;
        this.owner = owner;
    }

    /** The database of {@code COACHCAL_DATA_DIR} on this build's binaries; refuses data of another major. */
    static EmbeddedDatabase start(Path dataDirectory) throws LaunchFailure {
        Path pgData = DataDirectory.pgData(DataDirectory.writable(dataDirectory));
        DataDirectoryUpgrade.refuseUnfinished(dataDirectory);
        EmbeddedBinaries binaries = EmbeddedBinaries.current();
        PostgresMajor.refuseOtherThan(PostgresMajor.major(PostgresMajor.ofBinaries(binaries.directory())), pgData);
        return on(binaries, pgData);
    }

    /** Starts the given binaries on a cluster (made by initdb if there is none yet) with the coachcal database. */
    static EmbeddedDatabase on(EmbeddedBinaries binaries, Path pgData) throws LaunchFailure {
        EmbeddedPostgres postgres;
        try {
            postgres = binaries.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    // zonky's builder sets synchronous_commit=off (fine for throw-away test databases): a crash
                    // could then lose calls already confirmed to clients. Coachcal keeps real data here.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                // zonky holds a lock file in the data directory for as long as its server runs.
                throw new LaunchFailure("the embedded database in " + pgData + " is in use by a running Coachcal; stop it first");
            }
            throw new LaunchFailure("cannot start the embedded PostgreSQL in " + pgData + ": " + e.getMessage());
        }
        try {
            ClusterRoles.ensure(postgres.getPostgresDatabase());
            boolean createdNow = createDatabaseIfMissing(postgres);
            return new EmbeddedDatabase(postgres, createdNow, binaries.directory(), ClusterRoles.ownerOf(postgres.getPostgresDatabase(), DATABASE));
        } catch (SQLException e) {
            stopQuietly(postgres);
            throw new LaunchFailure("the embedded PostgreSQL in " + pgData + " does not answer: " + e.getMessage());
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
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + ClusterRoles.OWNER);
            return true;
        }
    }

    /** The application's least-privilege login; the owner migrates (see {@link ClusterRoles}). */
    DatabaseTarget target() {
        // Not zonky's URL: it names the superuser as a parameter, which could win over the user set beside it.
        return new DatabaseTarget("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                ClusterRoles.APPLICATION_LOGIN, "", Optional.of(owner), "");
    }

    /** The coachcal database, as its superuser (for backups and upgrades). */
    DataSource coachcal() {
        return database(DATABASE);
    }

    DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }

    /** A database as the schema's owner, who runs the migrations (a restore's, too). */
    DataSource databaseAsOwner(String name) {
        return postgres.getDatabase(ClusterRoles.OWNER, name);
    }

    /** The server's maintenance database, from which coachcal can be dropped and created. */
    DataSource maintenance() {
        return postgres.getPostgresDatabase();
    }

    /** {@code SELECT version()}: says which PostgreSQL runs, for the log. */
    String serverVersion() {
        try (Connection connection = coachcal().getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version()")) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
    }

    /**
     * One line for the log: which PostgreSQL runs, and where its binaries are, with the time-zone
     * data they bundle (PostgreSQL converts times with that copy, not the system's or Java's).
     */
    String describe() {
        return serverVersion() + "; binaries in " + binaries
                + ", time-zone data in " + binaries.resolve("share").resolve("postgresql").resolve("timezone");
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
