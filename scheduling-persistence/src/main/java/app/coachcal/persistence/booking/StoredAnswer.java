package app.coachcal.persistence.booking;

/**
 * The first answer to a request sent with an Idempotency-Key, replayed verbatim for every retry with that key
 * ({@code replayed} true), however the call has changed since: what is true now is at {@code location}.
 */
public record StoredAnswer(int status, String body, String location, boolean replayed) {

    /** A first answer, about to be stored. */
    public StoredAnswer(int status, String body, String location) {
        this(status, body, location, false);
    }

    StoredAnswer asReplay() {
        return new StoredAnswer(status, body, location, true);
    }
}
