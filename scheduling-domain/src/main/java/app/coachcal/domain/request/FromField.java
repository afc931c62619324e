package app.coachcal.domain.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The {@code from} date of a listing: strictly {@code YYYY-MM-DD}, a real date between 2000 and 2100. */
public final class FromField {

    public static final String FIELD = "from";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private FromField() {
    }

    public static Parsed<LocalDate> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Parsed.invalid(FIELD, "Enter a date");
        }
        if (!SHAPE.matcher(raw).matches()) {
            return Parsed.invalid(FIELD, "Enter the date as YYYY-MM-DD, like 2026-12-01");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return Parsed.invalid(FIELD, "Enter a real date, like 2026-12-01");
        }
        if (!Years.allowed(from.getYear())) {
            return Parsed.invalid(FIELD, "Enter a date " + Years.RANGE);
        }
        return Parsed.valid(from);
    }
}
