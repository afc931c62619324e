package app.coachcal.domain.request;

import java.util.regex.Pattern;

/**
 * A person's display name, trimmed of spaces of any kind (no-break spaces too): 1 to 100 characters
 * (code points), with no control characters, line or paragraph separators, lone surrogates, unassigned
 * code points, or bidirectional overrides and isolates.
 */
public final class DisplayNameField {

    public static final String FIELD = "displayName";
    private static final int MAX_LENGTH = 100;
    /** Spaces of any kind, including no-break spaces, at either end. */
    private static final Pattern OUTER_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private DisplayNameField() {
    }

    public static Parsed<String> parse(String raw) {
        String name = raw == null ? "" : OUTER_SPACE.matcher(raw).replaceAll("");
        if (name.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a name");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Parsed.invalid(FIELD, "Name must be " + MAX_LENGTH + " characters or fewer");
        }
        if (name.codePoints().anyMatch(DisplayNameField::isHidden)) {
            return Parsed.invalid(FIELD, "Name must not contain line breaks, tabs or other hidden characters");
        }
        return Parsed.valid(name);
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.UNASSIGNED
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
