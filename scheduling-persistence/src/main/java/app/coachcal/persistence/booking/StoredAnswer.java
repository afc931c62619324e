package app.coachcal.persistence.booking;

/** The first answer to a request sent with an Idempotency-Key, replayed for every retry with that key. */
public record StoredAnswer(int status, String body, String location) {
}
