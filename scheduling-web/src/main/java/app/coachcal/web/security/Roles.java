package app.coachcal.web.security;

/** The role names of the security constraints, as stored in {@code user_role.role}. */
public final class Roles {

    public static final String CLIENT = "client";
    public static final String COACH = "coach";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
