package app.coachcal.web.health;

import app.coachcal.persistence.time.TimeZoneAgreement.Disagreement;
import app.coachcal.persistence.time.TimeZoneCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code timezones}: UP when Java and PostgreSQL agreed, at start-up, on the UTC offsets of every zone of an
 * active user over the booking horizon; DOWN with the first zone and instant where they differ, because Java
 * would then offer slots that the database refuses (or the other way round). Nothing here is secret: zone
 * names and tz data versions are public facts.
 */
@Readiness
@ApplicationScoped
public class TimeZonesHealthCheck implements HealthCheck {

    static final String NAME = "timezones";

    @Inject
    private TimeZoneCheck check;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("javaTzdata", TimeZoneCheck.javaTzdataVersion());
        if (check.failure() != null) {
            return response.down().withData("reason", "the comparison could not be made at start-up").build();
        }
        List<Disagreement> found = check.disagreements();
        if (found.isEmpty()) {
            return response.up().build();
        }
        Disagreement first = found.get(0);
        return response.down().withData("zone", first.zone()).withData("from", first.at().toString())
                .withData("javaOffset", first.java().getId()).withData("databaseOffset", String.valueOf(first.database()))
                .withData("zonesDiffering", found.size()).build();
    }
}
