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
import java.util.Optional;
import java.util.UUID;

/** {@code /calls/cancel?id=...}: the call and the button that cancels it; too late says until when it was possible. */
@Named("client.cancel")
@RequestScoped
public class CancelCall {

    @Inject
    private SignedInClient client;
    @Inject
    private BookingService booking;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private FacesContext faces;

    private Optional<CallChange> call;

    /**
     * View action, on every request: 404 for an id that is not the client's, on a first visit and when the
     * cancel form itself is posted with another client's id (before anything renders or is written); another
     * form's postback (signing out) is left alone. A first visit says at once when it is too late (a postback
     * of the form leaves that to {@link #cancel()}).
     */
    public void load() {
        if (OwnCall.postedByAnotherForm(faces, "cancel")) {
            return;
        }
        if (call().isEmpty()) {
            NotFound.send(faces);
            return;
        }
        call().filter(change -> !faces.isPostback() && !change.stillPossible())
                .ifPresent(change -> Pages.error(faces, "call", TooLate.message(change, client.get().zone(), "cancel")));
    }

    public String cancel() {
        Caller caller = client.get();
        if (call().isEmpty()) {
            NotFound.send(faces);
            return null;
        }
        UUID id = call.get().call().id();
        try {
            Retries.onTransientConflict(() -> {
                booking.cancel(caller, id);
                return id;
            });
            return "/calls/index?faces-redirect=true&cancelled=" + id;
        } catch (BookingRefused refused) {
            String message = refused.refusal() == Refusal.CHANGE_TOO_LATE
                    ? TooLate.message(call.get(), caller.zone(), "cancel") : refused.refusal().message();
            Pages.error(faces, "call", message);
        } catch (TransientConflict conflict) {
            Pages.error(faces, "call", ChosenStart.TRY_AGAIN);
        }
        return null;
    }

    private Optional<CallChange> call() {
        if (call == null) {
            call = OwnCall.of(faces, calendar, client.get());
        }
        return call;
    }

    public boolean isPossible() {
        return call().map(CallChange::stillPossible).orElse(false);
    }

    public CallLine getCall() {
        return call().map(change -> CallLine.of(change.call(), client.get().zone())).orElse(null);
    }

    public String getUntil() {
        return call().map(change -> CallTimes.moment(change.changeUntil(), client.get().zone())).orElse("");
    }

    public String getZone() {
        return client.get().zone().getId();
    }
}
