package app.coachcal.web.metrics;

import app.coachcal.persistence.booking.CallChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * {@code coachcal_bookings_total}, {@code coachcal_moves_total}, {@code coachcal_cancellations_total}: calls
 * booked, moved and cancelled by clients (pages and API alike), counted once their transaction committed.
 */
@ApplicationScoped
public class CallMetrics {

    @Inject
    private MetricRegistry metrics;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged changed) {
        String name = switch (changed.change()) {
            case BOOKED -> "coachcal.bookings";
            case MOVED -> "coachcal.moves";
            case CANCELLED -> "coachcal.cancellations";
        };
        metrics.counter(name).inc();
    }
}
