package app.coachcal.domain.request;

import java.util.UUID;

/** The public id of a personal API token in a URL or form: a UUID in canonical lower-case form. */
public final class TokenIdField {

    public static final String FIELD = "id";

    private TokenIdField() {
    }

    public static Parsed<UUID> parse(String raw) {
        return PublicId.parse(raw).<Parsed<UUID>>map(Parsed::valid).orElseGet(() -> Parsed.invalid(FIELD,
                "The token id must be a lower-case UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
    }
}
