package app.coachcal.persistence.booking;

/** The same Idempotency-Key came with a different request: it cannot stand for both. */
public final class IdempotencyKeyReused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReused() {
        super("idempotency key reused for another request", null, false, false);
    }
}
