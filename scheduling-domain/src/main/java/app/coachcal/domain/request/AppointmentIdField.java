package app.coachcal.domain.request;

import java.util.UUID;

/** The id of an appointment in a URL or form: a UUID in canonical lower-case form. */
public final class AppointmentIdField {

    public static final String FIELD = "id";

    private AppointmentIdField() {
    }

    public static Parsed<UUID> parse(String raw) {
        return PublicId.parse(raw).<Parsed<UUID>>map(Parsed::valid).orElseGet(() -> Parsed.invalid(FIELD,
                "The appointment id must be a lower-case UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    }
}
