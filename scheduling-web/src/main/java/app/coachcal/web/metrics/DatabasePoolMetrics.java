package app.coachcal.web.metrics;

import app.coachcal.persistence.startup.CoachcalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code coachcal_database_connections{state="open"|"busy"}}: the pool's connections as PostgreSQL sees them
 * (application name {@code coachcal}, this database; the one asking is not counted), against
 * {@code coachcal_database_connections_max}. Payara's own pool metrics cover only its built-in pools, not one
 * defined by the application; PostgreSQL's view is exact and needs no monitoring switched on. While the
 * database is down both read -1.
 */
@ApplicationScoped
public class DatabasePoolMetrics {

    /** maxPoolSize of CoachcalDataSourceDefinition. */
    static final int MAX_POOL_SIZE = 40;

    private static final String CONNECTIONS = """
            SELECT count(*) FILTER (WHERE state IS NOT NULL) AS open,
                   count(*) FILTER (WHERE state NOT IN ('idle')) AS busy
              FROM pg_stat_activity
             WHERE datname = current_database() AND application_name = 'coachcal' AND pid <> pg_backend_pid()
            """;

    @Resource(lookup = CoachcalDataSource.JNDI_NAME)
    private DataSource dataSource;
    @Inject
    private MetricRegistry metrics;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Metadata connections = Metadata.builder().withName("coachcal.database.connections")
                .withDescription("Connections of the pool to PostgreSQL: open, and busy in a query or transaction")
                .build();
        metrics.gauge(connections, () -> count("open"), new Tag("state", "open"));
        metrics.gauge(connections, () -> count("busy"), new Tag("state", "busy"));
        metrics.gauge(Metadata.builder().withName("coachcal.database.connections.max")
                .withDescription("Most connections the pool opens").build(), () -> MAX_POOL_SIZE);
    }

    private long count(String column) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(CONNECTIONS);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(column);
        } catch (SQLException e) {
            return -1;
        }
    }
}
