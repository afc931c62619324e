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

    /** Not a secret: the login exists only while this test database does. */
    private static final String APPLICATION_PASSWORD = "coachcal-it-application";

    private final TestDatabaseServer server;
    private final String name;
    private boolean applicationLoginCreated;

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

    /**
     * The application's login for this database, as the README has it on one's own PostgreSQL: a member of
     * {@code coachcal_app} and nothing else (not a superuser, not the owner), so that row-level security and
     * V13's privileges apply to it. Created on first use, idempotently for the shared {@code coachcal_app};
     * dropped with the database.
     */
    public synchronized String applicationLogin() {
        String login = name + "_app";
        if (!applicationLoginCreated) {
            server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN"
                    + " CREATE ROLE coachcal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT; END IF; END $$");
            server.execute("CREATE ROLE " + login + " LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '" + APPLICATION_PASSWORD
                    + "' IN ROLE coachcal_app");
            applicationLoginCreated = true;
        }
        return login;
    }

    public String applicationPassword() {
        return APPLICATION_PASSWORD;
    }

    /** A connection as {@link #applicationLogin()}. */
    public Connection applicationConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), applicationLogin(), APPLICATION_PASSWORD);
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
    public synchronized void close() {
        server.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        if (applicationLoginCreated) {
            server.execute("DROP ROLE IF EXISTS " + name + "_app");
        }
    }
}
