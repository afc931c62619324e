package app.coachcal.persistence.admin;

import java.util.Optional;
import org.postgresql.util.PSQLException;

/** The name of the constraint (or rule-named trigger) that refused a write, read from PostgreSQL's error. */
final class Constraints {

    private Constraints() {
    }

    static Optional<String> nameOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
                return Optional.ofNullable(psql.getServerErrorMessage().getConstraint());
            }
        }
        return Optional.empty();
    }
}
