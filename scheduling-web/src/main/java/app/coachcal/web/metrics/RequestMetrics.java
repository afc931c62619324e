package app.coachcal.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code coachcal_requests_seconds{kind="api"|"page"|"static"}}: how long requests take, as a timer whose
 * histogram buckets are set in {@code microprofile-config.properties}.
 */
@ApplicationScoped
public class RequestMetrics {

    private static final Metadata REQUESTS = Metadata.builder().withName("coachcal.requests")
            .withDescription("Time to answer a request, by kind: the API, pages, static resources")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    private MetricRegistry metrics;

    public void served(HttpServletRequest request, long nanos) {
        metrics.timer(REQUESTS, new Tag("kind", kindOf(request))).update(Duration.ofNanos(nanos));
    }

    private static String kindOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return "api";
        }
        return path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/") ? "static" : "page";
    }
}
