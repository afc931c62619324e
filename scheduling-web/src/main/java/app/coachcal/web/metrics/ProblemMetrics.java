package app.coachcal.web.metrics;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code coachcal_problems_total{type="slot-taken"}}: every problem+json answer of the API by its type, the
 * refusals (4xx) and the failures (5xx) alike, whichever filter, resource or mapper produced it.
 */
@Provider
public class ProblemMetrics implements ContainerResponseFilter {

    private static final String TYPE_BASE = "https://coachcal.app/problems/";

    @Inject
    private MetricRegistry metrics;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getMediaType() == null || !"problem+json".equals(response.getMediaType().getSubtype())
                || !(response.getEntity() instanceof String body)) {
            return;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            String type = problem.getString("type", "");
            if (type.startsWith(TYPE_BASE)) {
                metrics.counter("coachcal.problems", new Tag("type", type.substring(TYPE_BASE.length()))).inc();
            }
        } catch (JsonException | ClassCastException e) {
            // Not one of our problems: nothing to count.
        }
    }
}
