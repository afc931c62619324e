package app.coachcal.domain.request;

import java.util.Objects;

/** Why the value of one input field was not accepted, in words to show next to that field. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
