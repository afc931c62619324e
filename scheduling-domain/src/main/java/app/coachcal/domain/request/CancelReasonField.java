package app.coachcal.domain.request;

/**
 * The reason given for cancelling a call, as the client will read it: required here, and then the rule the
 * database holds as {@code appointment_cancel_reason_is_sane} (V6), in the same words: at most 500
 * characters (code points, as {@code char_length}); line breaks and tabs allowed, other control characters
 * not. Spaces and line breaks at either end are trimmed.
 * <pre>{@code
 * Parsed<String> reason = CancelReasonField.parse(raw, "the clients");
 * }</pre>
 */
public final class CancelReasonField {

    public static final String FIELD = "reason";
    public static final int MAX_LENGTH = 500;

    private CancelReasonField() {
    }

    /** The trimmed reason, or why it is refused; {@code reader} says who will see it ("Ann Lee", "the clients"). */
    public static Parsed<String> parse(String raw, String reader) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a reason for cancelling; " + reader + " will see it.");
        }
        if (reason.codePointCount(0, reason.length()) > MAX_LENGTH) {
            return Parsed.invalid(FIELD, "The reason must be " + MAX_LENGTH + " characters or fewer.");
        }
        if (!isSane(reason)) {
            return Parsed.invalid(FIELD, "The reason may have line breaks and tabs, but no other control characters.");
        }
        return Parsed.valid(reason);
    }

    /** Whether the database's CHECK accepts {@code reason} as it stands (NULL is accepted: no reason). */
    public static boolean isSane(String reason) {
        return reason == null || (reason.codePointCount(0, reason.length()) <= MAX_LENGTH
                && reason.codePoints().noneMatch(CancelReasonField::isRefusedControl));
    }

    /** C0 and C1 control characters except tab, line feed and carriage return; NUL too, which text cannot hold. */
    private static boolean isRefusedControl(int codePoint) {
        return Character.isISOControl(codePoint) && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
    }
}
