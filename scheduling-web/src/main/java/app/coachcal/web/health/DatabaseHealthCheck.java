package app.coachcal.web.health;

import app.coachcal.persistence.startup.CoachcalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Coachcal is up when PostgreSQL answers: without it nothing can be shown or
 * booked. {@code GET /health} then says UP (200), otherwise DOWN (503).
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = CoachcalDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean answers = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named(NAME).status(answers).build();
        } catch (SQLException e) {
            // The reason stays in the server log: a health endpoint is public.
            return HealthCheckResponse.down(NAME);
        }
    }
}
