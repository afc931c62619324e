package app.coachcal.persistence.people;

/** The roles of {@code user_role.role}: a client books, a coach takes calls, an admin runs the service. */
public enum Role {
    CLIENT, COACH, ADMIN;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
