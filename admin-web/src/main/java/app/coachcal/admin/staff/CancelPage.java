package app.coachcal.admin.staff;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.domain.request.CancelReasonField;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.CoachDesk;
import app.coachcal.persistence.staff.StaffCall;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;

/**
 * Cancel a client's call with a reason ({@code /staff/cancel?id=}); the client sees the reason and history
 * keeps it. A call of another coach's client is a 404, as if it did not exist.
 */
@Named("staff.cancel")
@RequestScoped
public class CancelPage {

    @Inject
    private SignedIn signedIn;
    @Inject
    private CoachDesk desk;
    @Inject
    private FacesContext faces;

    private String id;
    private String reason;
    private StaffCall call;
    private Caller coach;

    /** f:viewAction on GET and on postback: the call must be one of this coach's. */
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
        if (id == null) {
            id = faces.getExternalContext().getRequestParameterMap().get("id");
        }
        call = parse(id).flatMap(found -> desk.call(coach, found)).orElse(null);
        if (call == null) {
            signedIn.send(404);
        }
    }

    public String cancel() {
        load();
        if (call == null) {
            return null;
        }
        if (!call.isBooked()) {
            return weekOf("");
        }
        return CancelReasonField.parse(reason, call.clientName()).fold(this::cancelWith, error -> {
            Pages.error(faces, error.field(), error.message());
            return null;
        });
    }

    private String cancelWith(String why) {
        try {
            desk.cancel(coach, call.id(), why);
        } catch (AppointmentNotFound e) {
            signedIn.send(404);
            return null;
        }
        return weekOf("&done=cancelled");
    }

    private String weekOf(String extra) {
        return Redirects.to(faces, "/staff/?from=" + call.start().atZone(coach.zone()).toLocalDate() + extra);
    }

    private static Optional<UUID> parse(String raw) {
        try {
            return raw == null || raw.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getWhen() {
        ensureLoaded();
        return Times.dateTime(call.start(), coach.zone()) + "–" + Times.clock(call.end(), coach.zone());
    }

    public StaffCall getCall() {
        ensureLoaded();
        return call;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The longest reason the rule allows, for the page's hint and maxlength. */
    public int getMaxReason() {
        return CancelReasonField.MAX_LENGTH;
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
