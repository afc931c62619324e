package app.coachcal.persistence.admin;

import app.coachcal.domain.request.Parsed;
import app.coachcal.domain.request.TimeZoneField;
import app.coachcal.domain.request.ZoneNames;
import java.time.ZoneId;
import java.util.List;

/**
 * The time zone of a new account, in the words of the admin form: only the names {@link ZoneNames} lists,
 * and for a near miss the names meant ("There is no time zone “london”. Did you mean Europe/London?").
 */
final class NewAccountZone {

    static final String FIELD = "zone";

    private NewAccountZone() {
    }

    static Parsed<ZoneId> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.invalid(FIELD, "Enter a time zone, like Europe/London");
        }
        Parsed<ZoneId> parsed = TimeZoneField.parse(raw);
        if (parsed.isValid()) {
            return parsed;
        }
        List<String> near = ZoneNames.nearest(raw);
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return Parsed.invalid(FIELD, "There is no time zone “" + shown + "”. "
                + (near.isEmpty() ? "Enter a name from the list, as Area/City, like Europe/London or America/New_York."
                        : "Did you mean " + String.join(" or ", near) + "?"));
    }
}
