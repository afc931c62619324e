package app.coachcal.web.client;

import app.coachcal.domain.request.AppointmentIdField;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.CallChange;
import app.coachcal.persistence.people.Caller;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.UUID;

/**
 * The client's own booked call named by the request parameter {@code id}; empty when the id is missing,
 * malformed or not theirs, which a page answers with {@link NotFound} (not while it merely renders for
 * another form's postback, such as signing out).
 *
 * <pre>{@code
 * Optional<CallChange> call = OwnCall.of(faces, calendar, client.get());
 * if (call.isEmpty()) NotFound.send(faces);
 * }</pre>
 */
final class OwnCall {

    private OwnCall() {
    }

    static Optional<CallChange> of(FacesContext faces, CalendarQueries calendar, Caller client) {
        String raw = faces.getExternalContext().getRequestParameterMap().get("id");
        Optional<UUID> id = AppointmentIdField.parse(raw).fold(Optional::of, error -> Optional.empty());
        try {
            if (id.isPresent()) {
                return Optional.of(calendar.change(client, id.get()));
            }
        } catch (AppointmentNotFound e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether this request is a postback of some other form than the page's own (whose {@code h:form} id,
     * with {@code prependId="false"}, it posts as a parameter): the header's sign-out button, say.
     */
    static boolean postedByAnotherForm(FacesContext faces, String formId) {
        return faces.isPostback() && !faces.getExternalContext().getRequestParameterMap().containsKey(formId);
    }
}
