package app.coachcal.admin.console;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.domain.request.ZoneNames;
import app.coachcal.persistence.account.PasswordRules;
import app.coachcal.persistence.admin.FieldRefused;
import app.coachcal.persistence.admin.NewAccount;
import app.coachcal.persistence.admin.PeopleDesk;
import app.coachcal.persistence.admin.PersonRow;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/** People ({@code /admin/people?q=}): search by name or e-mail, and create an account with a temporary password. */
@Named("admin.people")
@RequestScoped
public class PeoplePage {

    /** A person as a row of the results. */
    public record Row(String id, String name, String email, String zone, String roles) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private PeopleDesk desk;
    @Inject
    private FacesContext faces;

    private Caller admin;
    private String q;
    private String name;
    private String email;
    private String zone;
    private String role = "client";
    private String password;

    public void load() {
        admin = signedIn.as(Role.ADMIN).orElse(null);
    }

    public String create() {
        load();
        if (admin == null) {
            return null;
        }
        try {
            var id = desk.create(admin, new NewAccount(name, email == null ? null : email.strip(),
                    zone == null ? null : zone.strip(), role, password));
            return Redirects.to(faces, "/admin/person?done=created&id=" + id);
        } catch (FieldRefused refused) {
            refused.errors().forEach(error -> Pages.error(faces, error.field(), error.message()));
            password = null;
            return null;
        }
    }

    public List<Row> getResults() {
        return desk.search(q).stream().map(PeoplePage::row).toList();
    }

    static Row row(PersonRow person) {
        String roles = person.memberships().stream()
                .map(membership -> membership.role() + (membership.active() ? "" : " (inactive)"))
                .collect(Collectors.joining(", "));
        return new Row(person.id().toString(), person.name(), person.email(), person.zone(),
                roles.isEmpty() ? "none" : roles);
    }

    /** The time zones offered in the zone field's list (the only ones accepted). */
    public List<String> getZoneNames() {
        return ZoneNames.all();
    }

    public int getMinPassword() {
        return PeopleDesk.MIN_PASSWORD;
    }

    public int getMaxPassword() {
        return PasswordRules.MAX_LENGTH;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
