package app.coachcal.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this build expects, with the Flyway SQL
 * migrations under {@code db/migration}.
 *
 * <p>The one place that configures Flyway: the application runs it at start-up
 * and the tests run it on each fresh database, so both see the same schema.
 * <pre>{@code
 * MigrateResult result = DatabaseMigration.migrate(dataSource);
 * }</pre>
 */
public final class DatabaseMigration {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigration() {
    }

    /**
     * Applies every pending migration in one go.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails;
     *         Flyway has then rolled that migration back
     */
    public static MigrateResult migrate(DataSource dataSource) {
        return configured(dataSource).load().migrate();
    }

    /**
     * Applies the migrations up to and including {@code version} only: the schema a backup
     * was taken from, so that its rows fit (the launcher's restore and upgrade use it).
     */
    public static MigrateResult migrateTo(DataSource dataSource, String version) {
        return configured(dataSource).target(version).load().migrate();
    }

    private static FluentConfiguration configured(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // A landed migration is never edited: refuse to start when one was.
                .validateOnMigrate(true)
                .cleanDisabled(true);
    }
}
