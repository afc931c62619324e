package app.coachcal.domain.request;

import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header of a changing request: 1 to 64 of the characters A-Z, a-z, 0-9, _ and -. */
public final class IdempotencyKeyField {

    public static final String FIELD = "Idempotency-Key";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private IdempotencyKeyField() {
    }

    public static Parsed<String> parse(String raw) {
        if (raw == null || !SHAPE.matcher(raw).matches()) {
            return Parsed.invalid(FIELD,
                    "Idempotency-Key must be 1 to 64 characters, each a letter, a digit, '_' or '-'");
        }
        return Parsed.valid(raw);
    }
}
