package app.coachcal.persistence.people;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person a request acts for: who they are and which roles they
 * hold actively right now.
 */
public record Caller(long id, UUID publicId, String email, String displayName, ZoneId zone, Set<Role> activeRoles) {

    public Caller {
        activeRoles = Set.copyOf(activeRoles);
    }

    public boolean is(Role role) {
        return activeRoles.contains(role);
    }
}
