package app.coachcal.web.client;

import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.booking.BookingRefused;
import app.coachcal.persistence.booking.BookingService;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.Retries;
import app.coachcal.persistence.booking.TransientConflict;
import app.coachcal.persistence.people.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /book/confirm?start=...}: the chosen slot, and the button that books it (POST, then redirect to My calls). */
@Named("client.booking")
@RequestScoped
public class ConfirmBooking {

    @Inject
    private SignedInClient client;
    @Inject
    private BookingService booking;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private FacesContext faces;

    private ChosenStart chosen;

    private ChosenStart chosen() {
        if (chosen == null) {
            chosen = ChosenStart.of(faces);
        }
        return chosen;
    }

    /** View action: reports a missing or malformed start. */
    public void load() {
        chosen();
    }

    public String book() {
        Caller caller = client.get();
        if (chosen().start().isEmpty()) {
            return null;
        }
        try {
            AppointmentView call = Retries.onTransientConflict(() -> booking.book(caller, chosen().start().get(), null));
            return "/calls/index?faces-redirect=true&booked=" + call.id();
        } catch (BookingRefused refused) {
            chosen().refused(faces, refused, calendar, caller, "Book");
        } catch (TransientConflict conflict) {
            ChosenStart.failed(faces, conflict);
        }
        return null;
    }

    public boolean isValid() {
        return chosen().start().isPresent();
    }

    public String getWhen() {
        return chosen().when(client.get().zone());
    }

    public String getStart() {
        return chosen().iso(client.get().zone());
    }

    public String getZone() {
        return client.get().zone().getId();
    }

    public List<WeekView.SlotChoice> getNearest() {
        return chosen().nearest();
    }

    public String getWeekHref() {
        String base = faces.getExternalContext().getRequestContextPath() + "/book/";
        return chosen().start().map(at -> base + "?from=" + java.time.LocalDate.ofInstant(at, client.get().zone()))
                .orElse(base);
    }
}
