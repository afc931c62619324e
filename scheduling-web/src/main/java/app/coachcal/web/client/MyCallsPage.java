package app.coachcal.web.client;

import app.coachcal.domain.request.AppointmentIdField;
import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.MyCalls;
import app.coachcal.persistence.people.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /calls/}, the client's start page: their calls to come (each with Move and Cancel), calls their
 * coach cancelled with the reason, and their recent past; after a change, a notice saying what was done.
 */
@Named("client.calls")
@RequestScoped
public class MyCallsPage {

    @Inject
    private SignedInClient client;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private FacesContext faces;

    private MyCalls calls;
    private String notice;

    public void load() {
        Caller caller = client.get();
        calls();
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        notice = done(caller, params.get("booked"), "Your call is booked: ")
                .or(() -> done(caller, params.get("moved"), "Your call has been moved to "))
                .or(() -> done(caller, params.get("cancelled"), "Your call has been cancelled: "))
                .orElse(null);
    }

    private Optional<String> done(Caller caller, String id, String what) {
        Optional<AppointmentView> call = AppointmentIdField.parse(id).fold(Optional::of, error -> Optional.<java.util.UUID>empty())
                .flatMap(uuid -> {
                    try {
                        return Optional.of(calendar.one(caller, uuid));
                    } catch (AppointmentNotFound e) {
                        return Optional.empty();
                    }
                });
        return call.map(view -> what + CallTimes.call(view.start(), view.end(), caller.zone())
                + " (" + caller.zone().getId() + ").");
    }

    public String getNotice() {
        return notice;
    }

    public String getZone() {
        return client.get().zone().getId();
    }

    private MyCalls calls() {
        if (calls == null) {
            calls = calendar.myCalls(client.get());
        }
        return calls;
    }

    public List<CallLine> getUpcoming() {
        return lines(calls().upcoming());
    }

    public List<CallLine> getCancelledByCoach() {
        return lines(calls().cancelledByCoach());
    }

    public List<CallLine> getPast() {
        return lines(calls().past());
    }

    private List<CallLine> lines(List<AppointmentView> views) {
        return views.stream().map(view -> CallLine.of(view, client.get().zone())).toList();
    }
}
