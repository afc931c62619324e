package app.coachcal.persistence.admin;

import java.util.List;
import java.util.UUID;

/** A person as the People page lists them, with each role they hold and whether it is active. */
public record PersonRow(UUID id, String name, String email, String zone, boolean mustChangePassword,
                        List<Membership> memberships) {

    public record Membership(String role, boolean active) {
    }
}
