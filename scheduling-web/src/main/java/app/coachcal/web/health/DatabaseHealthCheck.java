package app.coachcal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    private DatabaseReachability database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(database.answers()).build();
    }
}
