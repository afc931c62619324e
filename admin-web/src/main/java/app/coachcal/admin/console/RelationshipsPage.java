package app.coachcal.admin.console;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.UuidParam;
import app.coachcal.admin.Times;
import app.coachcal.persistence.admin.CallsPending;
import app.coachcal.persistence.admin.ClientCoach;
import app.coachcal.persistence.admin.FieldRefused;
import app.coachcal.persistence.admin.FutureCalls;
import app.coachcal.persistence.admin.RelationshipDesk;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * Relationships ({@code /admin/relationships}): every active client with their current coach, and a form
 * to assign or reassign a coach. Future calls with the old coach are listed first
 * ({@code ?client=&coach=}) and kept or cancelled as the admin chooses.
 */
@Named("admin.relationships")
@RequestScoped
public class RelationshipsPage {

    /** A choice of a select list. */
    public record Choice(String id, String name) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private RelationshipDesk desk;
    @Inject
    private FacesContext faces;

    private Caller admin;
    private String client;
    private String coach;
    private String reason;
    private List<FutureCalls.Call> pending = List.of();
    private boolean confirming;

    private boolean loaded;

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    /** f:viewAction: with {@code client} and {@code coach} parameters, the calls to decide about. */
    public void load() {
        loaded = true;
        admin = signedIn.as(Role.ADMIN).orElse(null);
        if (admin == null) {
            return;
        }
        var params = faces.getExternalContext().getRequestParameterMap();
        if (client == null) {
            client = params.get("client");
        }
        if (coach == null) {
            coach = params.get("coach");
        }
        confirming = "1".equals(params.get("confirm"));
        if (confirming) {
            pending = UuidParam.of(client).map(desk::callsWithCurrentCoach).orElse(List.of());
        }
    }

    public String assign() {
        return save(null);
    }

    public String keepCalls() {
        return save(RelationshipDesk.Decision.KEEP);
    }

    public String cancelCalls() {
        return save(RelationshipDesk.Decision.CANCEL);
    }

    private String save(RelationshipDesk.Decision decision) {
        load();
        if (admin == null) {
            return null;
        }
        UUID clientId = UuidParam.of(client).orElse(null);
        UUID coachId = UuidParam.of(coach).orElse(null);
        if (clientId == null) {
            Pages.error(faces, "client", "Choose a client.");
        }
        if (coachId == null) {
            Pages.error(faces, "coach", "Choose a coach.");
        }
        if (clientId == null || coachId == null) {
            return null;
        }
        try {
            var shown = decision == null ? null : UuidParam.set(faces.getExternalContext().getRequestParameterMap().get("shown"));
            desk.assign(admin, clientId, coachId, decision, reason, shown);
            return Redirects.to(faces, "/admin/relationships?done=" + (decision == RelationshipDesk.Decision.CANCEL
                    ? "calls-cancelled" : decision == RelationshipDesk.Decision.KEEP ? "calls-kept" : "assigned"));
        } catch (CallsPending calls) {
            if (decision != null) {
                pending = calls.calls();
                confirming = true;
                Pages.error(faces, "", "The future calls changed meanwhile; check the list again.");
                return null;
            }
            return Redirects.to(faces, "/admin/relationships?confirm=1&client=" + clientId + "&coach=" + coachId);
        } catch (FieldRefused refused) {
            Pages.error(faces, refused.field(), refused.getMessage());
            return null;
        }
    }

    public List<ClientCoach> getClients() {
        return desk.clients();
    }

    public List<Choice> getCoaches() {
        return desk.coaches().stream().map(coach -> new Choice(coach.id().toString(), coach.name())).toList();
    }

    public List<Choice> getClientChoices() {
        return desk.clients().stream().map(row -> new Choice(row.clientId().toString(),
                row.clientName() + " (" + row.clientEmail() + ")")).toList();
    }

    public boolean isConfirming() {
        ensureLoaded();
        return confirming;
    }

    public List<PersonPage.CallLine> getPending() {
        ensureLoaded();
        return pending.stream().map(call -> new PersonPage.CallLine(Times.dateTime(call.start(), admin.zone()),
                call.coachName(), call.clientName())).toList();
    }

    public String getShownIds() {
        ensureLoaded();
        return String.join(",", pending.stream().map(call -> call.id().toString()).toList());
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getCoach() {
        return coach;
    }

    public void setCoach(String coach) {
        this.coach = coach;
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
