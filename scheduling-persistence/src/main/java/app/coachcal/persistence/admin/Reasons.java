package app.coachcal.persistence.admin;

/** The reason an admin gives for cancelling calls: required, one line, at most 500 characters. */
final class Reasons {

    private Reasons() {
    }

    static String checked(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldRefused("reason", "Enter a reason for cancelling; the clients will see it.");
        }
        String stripped = reason.strip();
        if (stripped.length() > 500 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new FieldRefused("reason", "The reason must be 500 characters or fewer, on one line.");
        }
        return stripped;
    }
}
