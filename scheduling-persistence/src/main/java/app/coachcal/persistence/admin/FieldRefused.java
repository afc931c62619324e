package app.coachcal.persistence.admin;

/** An admin request refused because of one form field (empty: the page as a whole). Nothing was saved. */
public final class FieldRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldRefused(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
