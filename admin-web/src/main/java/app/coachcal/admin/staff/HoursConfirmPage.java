package app.coachcal.admin.staff;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.UuidParam;
import app.coachcal.admin.Times;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.HoursChange;
import app.coachcal.persistence.staff.HoursRefused;
import app.coachcal.persistence.staff.OfficeHoursEditor;
import app.coachcal.persistence.staff.StaffCall;
import app.coachcal.persistence.staff.StrandedCalls;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Confirming a change to office hours that leaves booked calls outside the hours
 * ({@code /staff/hours-confirm?kind=...}): the calls are listed, and the coach keeps them or cancels them
 * with a reason; the change and the cancellations are one transaction. If the calls changed meanwhile,
 * the page shows them again.
 */
@Named("staff.hoursConfirm")
@RequestScoped
public class HoursConfirmPage {

    /** A call the change affects. */
    public record Affected(String when, String client) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private OfficeHoursEditor editor;
    @Inject
    private FacesContext faces;

    private Caller coach;
    private HoursChange change;
    private List<StaffCall> calls = List.of();
    private String shown;
    private String reason;

    /** f:viewAction: the change from the query string (parameters kept in the form on postback). */
    private boolean loaded;

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    public void load() {
        loaded = true;
        coach = signedIn.as(Role.COACH).orElse(null);
        if (coach == null) {
            return;
        }
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        change = HoursForm.fromQuery(params).orElse(null);
        if (change == null) {
            signedIn.send(404);
            return;
        }
        try {
            calls = editor.stranded(coach, change);
        } catch (HoursRefused refused) {
            Pages.error(faces, "", refused.getMessage());
            change = null;
        }
    }

    public String keep() {
        return apply(OfficeHoursEditor.Decision.KEEP);
    }

    public String cancelCalls() {
        return apply(OfficeHoursEditor.Decision.CANCEL);
    }

    private String apply(OfficeHoursEditor.Decision decision) {
        load();
        if (coach == null || change == null) {
            return null;
        }
        shown = faces.getExternalContext().getRequestParameterMap().get("shown");
        Set<UUID> seen = UuidParam.set(shown);
        try {
            editor.change(coach, change, decision, reason, seen);
            return Redirects.to(faces, "/staff/hours?done=" + (decision == OfficeHoursEditor.Decision.CANCEL
                    && !seen.isEmpty() ? "saved-calls-cancelled" : "saved-calls-kept"));
        } catch (StrandedCalls stranded) {
            calls = stranded.calls();
            Pages.error(faces, "", "The calls affected by this change have changed meanwhile; check the list again.");
            return null;
        } catch (HoursRefused refused) {
            Pages.error(faces, "reason".equals(refused.field()) ? "cancel-reason" : refused.field(), refused.getMessage());
            return null;
        }
    }

    public String getDescription() {
        ensureLoaded();
        return HoursDescriptions.of(change);
    }

    /** The query parameters that name the change, repeated as hidden fields so that a postback keeps them. */
    public Map<String, String> getChangeParameters() {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (change != null) {
            for (String pair : HoursForm.query(change).split("&")) {
                String[] parts = pair.split("=", 2);
                params.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    public List<Map.Entry<String, String>> getChangeParameterList() {
        ensureLoaded();
        return List.copyOf(getChangeParameters().entrySet());
    }

    public boolean isReady() {
        ensureLoaded();
        return change != null;
    }

    public List<Affected> getAffected() {
        ensureLoaded();
        return calls.stream().map(call -> new Affected(Times.dateTime(call.start(), coach.zone()) + "–"
                + Times.clock(call.end(), coach.zone()), call.clientName())).toList();
    }

    /** The ids of the calls on the page, posted back so that the save checks they are still the same. */
    public String getShownIds() {
        ensureLoaded();
        return calls.stream().map(call -> call.id().toString()).collect(Collectors.joining(","));
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = shown;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The signed-in person's zone, named wherever the page gives times "in your zone". */
    public String getZone() {
        return coach == null ? "" : coach.zone().getId();
    }
}
