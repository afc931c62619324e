package app.coachcal.persistence.testsupport;

import app.coachcal.persistence.migration.DatabaseMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A brand-new database for one test class (or one test run), dropped on close.
 *
 * <p>It lives on the server named by {@code COACHCAL_TEST_DB_URL} when that is
 * set, otherwise on an embedded PostgreSQL started once for this JVM; never on
 * the developer's own data.
 * <pre>{@code
 * try (FreshDatabase db = FreshDatabase.create()) {        // created and migrated
 *     try (Connection c = db.connection()) { ... }
 * }
 * }</pre>
 */
public final class FreshDatabase implements AutoCloseable {

    private final TestDatabaseServer server;
    private final String name;

    private FreshDatabase(TestDatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** A new database with every migration applied. */
    public static FreshDatabase create() {
        FreshDatabase db = createEmpty();
        DatabaseMigration.migrate(db.dataSource());
        return db;
    }

    /** A new database with nothing in it, for code that migrates by itself. */
    public static FreshDatabase createEmpty() {
        TestDatabaseServer server = TestDatabaseServer.shared();
        String name = "coachcal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        server.execute("CREATE DATABASE " + name);
        return new FreshDatabase(server, name);
    }

    public String jdbcUrl() {
        return server.urlOf(name);
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(user());
        dataSource.setPassword(password());
        return dataSource;
    }

    /** Runs statements on this database, in autocommit. */
    public void execute(String... sql) {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Simulates an outage: refuses new connections and ends the open ones. */
    public void refuseConnections() {
        server.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        server.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** Ends an outage started by {@link #refuseConnections()}. */
    public void allowConnections() {
        server.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    @Override
    public void close() {
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
