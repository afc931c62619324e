package app.coachcal.persistence.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL server that test databases are created on: the one named by
 * {@code COACHCAL_TEST_DB_URL} (with {@code COACHCAL_TEST_DB_USER} and
 * {@code COACHCAL_TEST_DB_PASSWORD}), or else an embedded one in a temporary
 * directory, started once per JVM and stopped when the JVM exits.
 */
final class TestDatabaseServer {

    private static TestDatabaseServer shared;

    private final String adminUrl;
    private final String user;
    private final String password;

    private TestDatabaseServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static synchronized TestDatabaseServer shared() {
        if (shared == null) {
            shared = fromEnvironment(System.getenv());
        }
        return shared;
    }

    private static TestDatabaseServer fromEnvironment(Map<String, String> env) {
        String url = env.get("COACHCAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabaseServer(url, env.getOrDefault("COACHCAL_TEST_DB_USER", "postgres"),
                    env.getOrDefault("COACHCAL_TEST_DB_PASSWORD", ""));
        }
        return startEmbedded();
    }

    private static TestDatabaseServer startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("coachcal-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-pg-stop"));
            return new TestDatabaseServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary directory goes with it.
        }
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** The JDBC URL of another database on this server (same host, port and parameters). */
    String urlOf(String database) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String parameters = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + parameters;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on the test database server: " + sql, e);
        }
    }
}
