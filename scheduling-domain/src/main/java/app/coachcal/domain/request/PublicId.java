package app.coachcal.domain.request;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape of every public id in a URL or form: a UUID in canonical lower-case form, nothing else. */
final class PublicId {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private PublicId() {
    }

    static Optional<UUID> parse(String raw) {
        return raw != null && SHAPE.matcher(raw).matches() ? Optional.of(UUID.fromString(raw)) : Optional.empty();
    }
}
