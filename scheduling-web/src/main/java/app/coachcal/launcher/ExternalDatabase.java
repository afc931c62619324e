package app.coachcal.launcher;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** Checks, before anything starts, that the configured PostgreSQL answers. */
final class ExternalDatabase {

    private static final int TIMEOUT_SECONDS = 5;

    private ExternalDatabase() {
    }

    static DatabaseTarget check(DatabaseTarget target) throws LaunchFailure {
        if (!target.isPostgresUrl()) {
            throw new LaunchFailure("COACHCAL_DB_URL must start with jdbc:postgresql://");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setUrl(target.jdbcUrl());
        } catch (IllegalArgumentException e) {
            throw new LaunchFailure("COACHCAL_DB_URL is not a valid PostgreSQL JDBC URL: " + target.describe());
        }
        dataSource.setUser(target.user());
        dataSource.setPassword(target.password());
        dataSource.setConnectTimeout(TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(TIMEOUT_SECONDS);
        try (Connection ignored = dataSource.getConnection()) {
            return target;
        } catch (SQLException e) {
            throw new LaunchFailure("cannot reach the database at " + target.describe()
                    + " (COACHCAL_DB_URL): " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        return message.lines().findFirst().orElse("").strip();
    }
}
