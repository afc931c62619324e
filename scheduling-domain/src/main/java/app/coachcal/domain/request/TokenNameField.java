package app.coachcal.domain.request;

/**
 * The name a person gives a personal API token ("laptop", "backup script"), so that they know which one to
 * revoke: trimmed, 1 to {@value #MAX_LENGTH} characters, no hidden characters ({@link PlainText}).
 */
public final class TokenNameField {

    public static final String FIELD = "name";
    public static final int MAX_LENGTH = 60;

    private TokenNameField() {
    }

    public static Parsed<String> parse(String raw) {
        String name = PlainText.trimmed(raw);
        if (name.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a name for the token, such as the device or script that will use it");
        }
        if (PlainText.length(name) > MAX_LENGTH) {
            return Parsed.invalid(FIELD, "The token's name must be " + MAX_LENGTH + " characters or fewer");
        }
        if (PlainText.hasHidden(name)) {
            return Parsed.invalid(FIELD, "The token's name must not contain line breaks, tabs or other hidden characters");
        }
        return Parsed.valid(name);
    }
}
