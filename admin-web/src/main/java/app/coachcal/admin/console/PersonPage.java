package app.coachcal.admin.console;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.UuidParam;
import app.coachcal.admin.Times;
import app.coachcal.persistence.admin.CallsPending;
import app.coachcal.persistence.admin.FieldRefused;
import app.coachcal.persistence.admin.FutureCalls;
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
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One person ({@code /admin/person?id=}): their memberships, each deactivated or reactivated with a
 * button. Deactivating a coach or client with future calls first shows those calls
 * ({@code &confirm=<role>}) and cancels them, with a reason, only when the admin confirms.
 */
@Named("admin.person")
@RequestScoped
public class PersonPage {

    /** A future call as a line of the confirmation list. */
    public record CallLine(String when, String coach, String client) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private PeopleDesk desk;
    @Inject
    private FacesContext faces;

    private Caller admin;
    private PersonRow person;
    private List<FutureCalls.Call> pending = List.of();
    private String reason;

    private boolean loaded;

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    public void load() {
        loaded = true;
        admin = signedIn.as(Role.ADMIN).orElse(null);
        if (admin == null) {
            return;
        }
        person = UuidParam.of(param("id")).flatMap(desk::person).orElse(null);
        if (person == null) {
            signedIn.send(404);
            return;
        }
        String confirm = getConfirm();
        if (!confirm.isEmpty() && person.memberships().stream().anyMatch(m -> m.role().equals(confirm) && m.active())) {
            pending = desk.futureCalls(person.id(), confirm);
        }
    }

    public String deactivate(String role) {
        return change(role, false, null, null);
    }

    public String reactivate(String role) {
        return change(role, true, null, null);
    }

    /** Deactivates after cancelling the calls the page showed (ids posted back in {@code shown}). */
    public String cancelAndDeactivate() {
        load();
        if (person == null) {
            return null;
        }
        return change(getConfirm(), false, reason, UuidParam.set(param("shown")));
    }

    private String change(String role, boolean active, String why, Set<UUID> shown) {
        if (person == null) {
            load();
        }
        if (person == null) {
            return null;
        }
        try {
            desk.setActive(admin, person.id(), role, active, why, shown);
            return Redirects.to(faces, "/admin/person?id=" + person.id() + "&done=" + (active ? "reactivated-" : "deactivated-") + role);
        } catch (CallsPending calls) {
            if (shown != null) {
                pending = calls.calls();
                Pages.error(faces, "", "The future calls changed meanwhile; check the list again.");
                return null;
            }
            return Redirects.to(faces, "/admin/person?id=" + person.id() + "&confirm=" + role);
        } catch (FieldRefused refused) {
            Pages.error(faces, refused.field(), refused.getMessage());
            return null;
        }
    }

    private String param(String name) {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        return params.getOrDefault(name, "");
    }

    public String getConfirm() {
        String role = param("confirm");
        return role.equals("coach") || role.equals("client") ? role : "";
    }

    public String getDone() {
        String done = param("done");
        return done.matches("(created|(de|re)activated-(client|coach|admin))") ? done : "";
    }

    public PersonRow getPerson() {
        ensureLoaded();
        return person;
    }

    public List<CallLine> getPending() {
        ensureLoaded();
        return pending.stream().map(call -> new CallLine(Times.dateTime(call.start(), admin.zone()), call.coachName(),
                call.clientName())).toList();
    }

    public String getShownIds() {
        ensureLoaded();
        return String.join(",", pending.stream().map(call -> call.id().toString()).toList());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The signed-in person's zone, named wherever the page gives times "in your zone". */
    public String getZone() {
        return admin == null ? "" : admin.zone().getId();
    }
}
