package app.coachcal.web.security;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import java.util.Set;
import java.util.stream.Collectors;

/** The role names of the security constraints, as stored in {@code user_role.role}. */
public final class Roles {

    public static final String CLIENT = "client";
    public static final String COACH = "coach";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** The container's groups of a caller: their active roles. */
    static Set<String> groupsOf(Caller caller) {
        return caller.activeRoles().stream().map(Role::dbName).collect(Collectors.toSet());
    }
}
