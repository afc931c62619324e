package app.coachcal.domain.request;

import java.util.regex.Pattern;

/**
 * How many {@code weeks} of availability to show: 1 to 99, plain decimal digits without a leading zero.
 * The caller then caps it with {@code BusinessRules.cappedLookaheadWeeks}.
 */
public final class WeeksField {

    public static final String FIELD = "weeks";
    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]?");

    private WeeksField() {
    }

    public static Parsed<Integer> parse(String raw) {
        if (raw == null || !SHAPE.matcher(raw).matches()) {
            return Parsed.invalid(FIELD, "Enter the number of weeks as a whole number from 1 to 99");
        }
        return Parsed.valid(Integer.parseInt(raw));
    }
}
