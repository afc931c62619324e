package app.coachcal.web.health;

import app.coachcal.persistence.startup.CoachcalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether PostgreSQL answers right now. Asked by the health check, and after an unexpected failure to tell an
 * outage (503, try again shortly) from a fault of Coachcal (500): whatever shape the failure took on its way
 * up (pool, JPA, transaction), the database either answers or it does not.
 */
@ApplicationScoped
public class DatabaseReachability {

    private static final Logger LOG = Logger.getLogger(DatabaseReachability.class.getName());
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = CoachcalDataSource.JNDI_NAME)
    private DataSource dataSource;

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            // The reason stays in the server log: a health endpoint is public.
            LOG.log(Level.WARNING, "The database does not answer: {0}", e.getMessage());
            return false;
        }
    }
}
