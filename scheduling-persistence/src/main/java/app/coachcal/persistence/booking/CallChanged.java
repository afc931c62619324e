package app.coachcal.persistence.booking;

/**
 * A client booked, moved or cancelled a call: fired as a CDI event inside the transaction, so that an
 * observer {@code during = TransactionPhase.AFTER_SUCCESS} (the metrics) counts only what was committed.
 */
public record CallChanged(Change change) {

    public enum Change { BOOKED, MOVED, CANCELLED }
}
