package app.coachcal.persistence.admin;

import app.coachcal.domain.request.CancelReasonField;

/** The reason an admin gives for cancelling calls, by the one rule of {@link CancelReasonField}. */
final class Reasons {

    private Reasons() {
    }

    static String checked(String reason) {
        return CancelReasonField.parse(reason, "the clients").fold(text -> text, error -> {
            throw new FieldRefused(error.field(), error.message());
        });
    }
}
