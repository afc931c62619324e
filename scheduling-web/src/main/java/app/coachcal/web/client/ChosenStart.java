package app.coachcal.web.client;

import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.booking.Refusal;
import app.coachcal.domain.request.StartField;
import app.coachcal.persistence.booking.BookingRefused;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.TransientConflict;
import app.coachcal.persistence.people.Caller;
import app.coachcal.web.faces.Pages;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The slot a client chose (request parameter {@code start}, from the week's form or the confirmation
 * form's hidden field) and what a refused booking or move offers instead: a slot taken meanwhile shows
 * the nearest free slots as buttons.
 */
final class ChosenStart {

    static final int NEAREST = 3;
    static final String TRY_AGAIN = "Sorry, that did not work because of another change at the same moment."
            + " Nothing was changed. Please try again.";

    private final Optional<Instant> start;
    private List<WeekView.SlotChoice> nearest = List.of();

    private ChosenStart(Optional<Instant> start) {
        this.start = start;
    }

    /** The chosen start, or an error against the field {@code start} when it is missing or malformed. */
    static ChosenStart of(FacesContext faces) {
        String raw = faces.getExternalContext().getRequestParameterMap().get("start");
        return new ChosenStart(StartField.parse(raw).fold(Optional::of, error -> {
            Pages.error(faces, "start", "Choose a time from the week's free times.");
            return Optional.empty();
        }));
    }

    Optional<Instant> start() {
        return start;
    }

    String when(ZoneId zone) {
        return start.map(at -> CallTimes.slot(at, zone)).orElse("");
    }

    String iso(ZoneId zone) {
        return start.map(at -> CallTimes.iso(at, zone)).orElse("");
    }

    List<WeekView.SlotChoice> nearest() {
        return nearest;
    }

    /** Reports a refused booking or move; when the slot was taken, offers the nearest free ones as "verb ..." buttons. */
    void refused(FacesContext faces, BookingRefused refused, CalendarQueries calendar, Caller client, String verb) {
        String field = refused.refusal() == Refusal.CHANGE_TOO_LATE ? "call" : "start";
        Pages.error(faces, field, refused.refusal().message());
        if (refused.refusal() == Refusal.SLOT_TAKEN && start.isPresent()) {
            List<Slot> free = calendar.nearestFreeSlots(client, start.get(), NEAREST);
            nearest = free.stream().map(slot -> new WeekView.SlotChoice(CallTimes.iso(slot.start(), client.zone()),
                    verb + " " + CallTimes.slot(slot.start(), client.zone()))).toList();
        }
    }

    static void failed(FacesContext faces, TransientConflict conflict) {
        Pages.error(faces, "start", TRY_AGAIN);
    }
}
