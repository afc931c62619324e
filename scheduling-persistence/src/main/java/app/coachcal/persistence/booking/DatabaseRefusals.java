package app.coachcal.persistence.booking;

import app.coachcal.domain.booking.Refusal;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a rule the database enforced into the refusal the domain names, by the
 * constraint's name (see {@code db/CONVENTIONS.md}). The database is the last
 * word: when two requests race, the Java checks both pass and one insert fails
 * here, and the caller still gets a clear 409 or 422, never a 500.
 */
final class DatabaseRefusals {

    private static final Map<String, Refusal> BY_CONSTRAINT = Map.of(
            "appointment_no_coach_overlap", Refusal.SLOT_TAKEN,
            "appointment_no_client_overlap", Refusal.SLOT_TAKEN,
            "appointment_in_the_future", Refusal.IN_THE_PAST,
            "appointment_has_call_length", Refusal.WRONG_LENGTH,
            "appointment_on_granularity", Refusal.OFF_GRANULARITY,
            "appointment_inside_office_hours", Refusal.OUTSIDE_OFFICE_HOURS,
            "appointment_within_monthly_limit", Refusal.MONTHLY_LIMIT_REACHED,
            "appointment_relationship_is_current", Refusal.NO_CURRENT_COACH);

    /** deadlock_detected, serialization_failure. */
    private static final java.util.Set<String> TRANSIENT_STATES = java.util.Set.of("40P01", "40001");

    private DatabaseRefusals() {
    }

    /** Whether the failure is a deadlock or a serialization failure: nothing was wrong, try again. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The refusal behind this exception (anywhere in its causes), if it is a rule the database enforced. */
    static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return Optional.ofNullable(message.getConstraint()).map(BY_CONSTRAINT::get);
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null) {
                Optional<Refusal> next = of(sql.getNextException());
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }
}
