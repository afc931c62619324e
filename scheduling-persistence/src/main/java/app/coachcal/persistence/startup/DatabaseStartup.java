package app.coachcal.persistence.startup;

import app.coachcal.persistence.migration.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import app.coachcal.persistence.demo.DemoData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the database before Coachcal serves its first request.
 *
 * <p>A failed migration fails the deployment: Coachcal never runs on a schema
 * it does not know. The reason is logged as one line that starts with
 * {@value #FAILURE_PREFIX}, which the launcher looks for.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    public static final String FAILURE_PREFIX = "COACHCAL-START-FAILED:";
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = CoachcalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DemoData demoData;

    @Inject
    @ConfigProperty(name = "coachcal.demo", defaultValue = "false")
    private String demo;

    @Inject
    @ConfigProperty(name = "coachcal.db.url")
    private String url;

    /** COACHCAL_DB_OWNER: the schema's owner, who migrates; unset when the application's user does. */
    @Inject
    @ConfigProperty(name = "coachcal.db.owner")
    private Optional<String> owner;

    /** Optional, not a "" default: MicroProfile Config treats an empty default as no value at all. */
    @Inject
    @ConfigProperty(name = "coachcal.db.owner.password")
    private Optional<String> ownerPassword;

    @PostConstruct
    void migrateThenLoadDemoData() {
        DataSource asOwner = MigrationDataSource.choose(owner, ownerPassword.orElse(""), url, dataSource);
        try {
            MigrateResult result = DatabaseMigration.migrate(asOwner);
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + version
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
        } catch (FlywayException e) {
            String reason = FAILURE_PREFIX + " the database migration failed: " + oneLine(e.getMessage());
            LOG.log(Level.SEVERE, reason);
            throw new IllegalStateException(reason);
        }
        demoData.load(asOwner, demo);
    }

    private static String oneLine(String message) {
        return message == null ? "no reason given" : message.strip().replaceAll("\\s*\\R\\s*", " | ");
    }
}
