package app.coachcal.persistence.admin;

import app.coachcal.domain.request.FieldError;
import java.util.List;

/**
 * An admin request refused because of one or more form fields (field "": the page as a whole), each with
 * its message, in the order of the form. Nothing was saved.
 */
public final class FieldRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public FieldRefused(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public FieldRefused(List<FieldError> errors) {
        super(errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The first field at fault. */
    public String field() {
        return errors.get(0).field();
    }

    /** Every field at fault, with its message. */
    public List<FieldError> errors() {
        return errors;
    }
}
