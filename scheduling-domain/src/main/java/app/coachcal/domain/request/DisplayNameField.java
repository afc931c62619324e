package app.coachcal.domain.request;

/**
 * A person's display name, trimmed of spaces of any kind (no-break spaces too): 1 to 100 characters
 * (code points), with no hidden characters ({@link PlainText}).
 */
public final class DisplayNameField {

    public static final String FIELD = "displayName";
    private static final int MAX_LENGTH = 100;

    private DisplayNameField() {
    }

    public static Parsed<String> parse(String raw) {
        String name = PlainText.trimmed(raw);
        if (name.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a name");
        }
        if (PlainText.length(name) > MAX_LENGTH) {
            return Parsed.invalid(FIELD, "Name must be " + MAX_LENGTH + " characters or fewer");
        }
        if (PlainText.hasHidden(name)) {
            return Parsed.invalid(FIELD, "Name must not contain line breaks, tabs or other hidden characters");
        }
        return Parsed.valid(name);
    }
}
