package app.coachcal.persistence.booking;

import app.coachcal.domain.booking.Refusal;

/**
 * A request about a call broke a rule; the transaction is rolled back and
 * nothing is written. {@code field} names the request field at fault, if any.
 */
public final class BookingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;
    private final String field;

    public BookingRefused(Refusal refusal, String field) {
        super(refusal.slug(), null, false, false);
        this.refusal = refusal;
        this.field = field;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The request field at fault ({@code start}, {@code from}), or null when it is not one field. */
    public String field() {
        return field;
    }
}
