package app.coachcal.domain.request;

import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A time zone: an IANA name of the form Area/Location (Area one of the geographic areas, e.g.
 * {@code Europe/London}, {@code America/Argentina/Salta}) known to this JVM, or exactly {@code UTC}.
 * Abbreviations ({@code EST}), offsets ({@code +03:00}, {@code GMT+3}, {@code Etc/GMT-3}) and legacy
 * names ({@code SystemV/...}, {@code US/Pacific}) are refused.
 */
public final class TimeZoneField {

    public static final String FIELD = "timeZone";
    private static final Pattern AREA_LOCATION = Pattern.compile(
            "(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)(/[A-Za-z][A-Za-z0-9_+-]*)+");
    private static final int MAX_LENGTH = 64;

    private TimeZoneField() {
    }

    public static Parsed<ZoneId> parse(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Parsed.invalid(FIELD, "Choose a time zone");
        }
        boolean known = raw.equals("UTC") || raw.length() <= MAX_LENGTH && AREA_LOCATION.matcher(raw).matches()
                && ZoneId.getAvailableZoneIds().contains(raw);
        if (!known) {
            return Parsed.invalid(FIELD, "Choose a time zone from the list, like Europe/London");
        }
        return Parsed.valid(ZoneId.of(raw));
    }
}
