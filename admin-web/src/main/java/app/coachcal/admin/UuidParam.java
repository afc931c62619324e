package app.coachcal.admin;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Public ids from request parameters: a bad one is simply absent, never an exception.
 *
 * <pre>{@code
 * Optional<UUID> person = UuidParam.of(params.get("id"));
 * Set<UUID> shown = UuidParam.set("1b4e...,9f0c...");
 * }</pre>
 */
public final class UuidParam {

    private UuidParam() {
    }

    public static Optional<UUID> of(String raw) {
        if (raw == null || raw.strip().length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(raw.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A comma-separated list of ids (the calls a confirmation page showed). */
    public static Set<UUID> set(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(raw.split(",")).map(UuidParam::of).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
