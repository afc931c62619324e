package app.coachcal.domain.request;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased: a plain {@code local@domain.tld} with ASCII letters, digits
 * and {@code . _ % + ' -} before the {@code @}, dot-separated host labels after it, 254 characters at most.
 */
public final class EmailField {

    public static final String FIELD = "email";
    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9_%+'-]+(\\.[a-z0-9_%+'-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private EmailField() {
    }

    public static Parsed<String> parse(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter an email address");
        }
        if (email.length() > MAX_LENGTH) {
            return Parsed.invalid(FIELD, "Email address must be " + MAX_LENGTH + " characters or fewer");
        }
        if (!SHAPE.matcher(email).matches() || email.indexOf('@') > MAX_LOCAL_LENGTH) {
            return Parsed.invalid(FIELD, "Enter an email address in the correct format, like name@example.com");
        }
        return Parsed.valid(email);
    }
}
