package app.coachcal.persistence.booking;

/**
 * Two changes to the same calls met in the database at the same moment (a
 * deadlock between racing bookings, which PostgreSQL resolves by aborting one).
 * Nothing was written; the same request may simply be sent again.
 */
public final class TransientConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransientConflict() {
        super("transient conflict with a concurrent change", null, false, false);
    }
}
