package app.coachcal.domain.request;

import java.util.regex.Pattern;

/**
 * What a short name typed by a person may look like, shared by the name fields: spaces of any kind
 * (no-break spaces too) are trimmed, and hidden characters are refused: control characters, line or
 * paragraph separators, lone surrogates, unassigned code points, bidirectional overrides and isolates.
 *
 * <pre>{@code
 * String name = PlainText.trimmed(raw);
 * if (PlainText.hasHidden(name)) { ... }
 * }</pre>
 */
final class PlainText {

    /** Spaces of any kind, including no-break spaces, at either end. */
    private static final Pattern OUTER_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");

    private PlainText() {
    }

    /** {@code raw} without outer spaces; empty for null. */
    static String trimmed(String raw) {
        return raw == null ? "" : OUTER_SPACE.matcher(raw).replaceAll("");
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    static boolean hasHidden(String text) {
        return text.codePoints().anyMatch(PlainText::isHidden);
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || type == Character.UNASSIGNED
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
