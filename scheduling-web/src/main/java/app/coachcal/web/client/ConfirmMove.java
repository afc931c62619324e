package app.coachcal.web.client;

import app.coachcal.domain.booking.Refusal;
import app.coachcal.persistence.booking.BookingRefused;
import app.coachcal.persistence.booking.BookingService;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.CallChange;
import app.coachcal.persistence.booking.Retries;
import app.coachcal.persistence.booking.TransientConflict;
import app.coachcal.persistence.people.Caller;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /calls/move-to?id=...&start=...}: the call, its new time, and the button that moves it (same call,
 * history kept), then back to My calls.
 */
@Named("client.move")
@RequestScoped
public class ConfirmMove {

    @Inject
    private SignedInClient client;
    @Inject
    private BookingService booking;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private FacesContext faces;

    private ChosenStart chosen;
    private Optional<CallChange> call;

    /**
     * View action, on every request: 404 for an id that is not the client's, on a first visit and when the
     * move form itself is posted with another client's id (before anything renders or is written); another
     * form's postback (signing out) is left alone. A first visit also reports a bad start or a call too late
     * to move (a postback of the form leaves that to {@link #move()}).
     */
    public void load() {
        if (OwnCall.postedByAnotherForm(faces, "move")) {
            return;
        }
        if (call().isEmpty()) {
            NotFound.send(faces);
        } else if (!faces.isPostback()) {
            chosen();
            if (!call.get().stillPossible()) {
                Pages.error(faces, "call", TooLate.message(call.get(), client.get().zone(), "move"));
            }
        }
    }

    public String move() {
        Caller caller = client.get();
        if (call().isEmpty()) {
            NotFound.send(faces);
            return null;
        }
        if (chosen().start().isEmpty()) {
            return null;
        }
        UUID id = call.get().call().id();
        try {
            Retries.onTransientConflict(() -> booking.move(caller, id, chosen.start().get(), null));
            return "/calls/index?faces-redirect=true&moved=" + id;
        } catch (BookingRefused refused) {
            if (refused.refusal() == Refusal.CHANGE_TOO_LATE) {
                Pages.error(faces, "call", TooLate.message(call.get(), caller.zone(), "move"));
            } else {
                chosen.refused(faces, refused, calendar, caller, "Move to");
            }
        } catch (TransientConflict conflict) {
            ChosenStart.failed(faces, conflict);
        }
        return null;
    }

    private ChosenStart chosen() {
        if (chosen == null) {
            chosen = ChosenStart.of(faces);
        }
        return chosen;
    }

    private Optional<CallChange> call() {
        if (call == null) {
            call = OwnCall.of(faces, calendar, client.get());
        }
        return call;
    }

    public boolean isPossible() {
        return call().map(CallChange::stillPossible).orElse(false) && chosen().start().isPresent();
    }

    public CallLine getCall() {
        return call().map(change -> CallLine.of(change.call(), client.get().zone())).orElse(null);
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
        if (getCall() == null) {
            return faces.getExternalContext().getRequestContextPath() + "/calls/";
        }
        String base = faces.getExternalContext().getRequestContextPath() + "/calls/move?id=" + getCall().id();
        return chosen().start().map(at -> base + "&from=" + java.time.LocalDate.ofInstant(at, client.get().zone()))
                .orElse(base);
    }
}
