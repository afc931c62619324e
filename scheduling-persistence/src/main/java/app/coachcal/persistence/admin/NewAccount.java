package app.coachcal.persistence.admin;

/** What an admin enters to create an account; checked by {@link PeopleDesk#create}. */
public record NewAccount(String name, String email, String zone, String role, String password) {
}
