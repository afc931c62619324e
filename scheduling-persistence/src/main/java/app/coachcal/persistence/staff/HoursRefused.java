package app.coachcal.persistence.staff;

/** A change to office hours that is not allowed, with the form field it is about and a message for the coach. */
public final class HoursRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public HoursRefused(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
