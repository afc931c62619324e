package app.coachcal.persistence.tokens;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it: never its secret. {@code lastUsedAt} is null until first used. */
public record ApiToken(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
}
