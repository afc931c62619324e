package app.coachcal.domain.request;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of an appointment in a URL or form: a UUID in canonical lower-case form. */
public final class AppointmentIdField {

    public static final String FIELD = "id";
    private static final Pattern SHAPE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private AppointmentIdField() {
    }

    public static Parsed<UUID> parse(String raw) {
        if (raw == null || !SHAPE.matcher(raw).matches()) {
            return Parsed.invalid(FIELD,
                    "The appointment id must be a lower-case UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        }
        return Parsed.valid(UUID.fromString(raw));
    }
}
