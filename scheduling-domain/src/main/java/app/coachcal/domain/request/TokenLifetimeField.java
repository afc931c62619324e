package app.coachcal.domain.request;

import java.util.regex.Pattern;

/**
 * For how many days a new personal API token is valid ({@code expiresInDays}): a whole number from 1 to
 * {@value #MAX_DAYS}, plain decimal digits without a leading zero; {@value #DEFAULT_DAYS} when not given.
 * The database holds the same bound ({@code api_token_lives_at_most_a_year}).
 */
public final class TokenLifetimeField {

    public static final String FIELD = "expiresInDays";
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{0,2}");

    private TokenLifetimeField() {
    }

    /** An absent value (null or blank) means the default. */
    public static Parsed<Integer> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.valid(DEFAULT_DAYS);
        }
        if (!SHAPE.matcher(raw).matches() || Integer.parseInt(raw) > MAX_DAYS) {
            return Parsed.invalid(FIELD, "Enter the number of days as a whole number from 1 to " + MAX_DAYS);
        }
        return Parsed.valid(Integer.parseInt(raw));
    }
}
